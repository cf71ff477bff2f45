#!/usr/bin/env python3
"""Reference values for TransformerBlockTest, computed independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/transformer_block.py
Writes compute/src/test/resources/reference/transformer_block.json.

A stack of pre-layer-norm transformer blocks at the curriculum's worked-example size (batch 2, sequence 16,
d_model 256, 8 heads, feed-forward 4 x 256 with the tanh form of GELU, no biases, layer norm without learned
scale/shift and eps 1e-5). Weights and input come from counter-based SplitMix64 on uint64 arrays, the generator
that dev.genaiplayground.compute.SeededStream implements in Java, so both sides start from bit-identical doubles:
value i of the stream is splitmix64(seed + (i + 1) * 0x9E3779B97F4A7C15), top 53 bits as u in [0, 1), then 2u - 1.
The input takes values 0..8191 (times sqrt(3)); block b takes W_Q, W_K, W_V, W_O (256x256), W_1 (256x1024) and
W_2 (1024x256) one after another from value 8192 + b * 786432, each times sqrt(3 / fan_in), W_O and W_2 also
times sqrt(0.5).
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
B, T, D, H, F = 2, 16, 256, 8, 1024
DH = D // H
BLOCK_WEIGHTS = 4 * D * D + 2 * D * F
BRANCH_GAIN = math.sqrt(0.5)  # extra factor on W_O and W_2, the matrices that write into the residual stream


def stream(seed, start, n):
    """Values start .. start+n-1 of the SplitMix64 stream for seed, uniform in [-1, 1)."""
    with np.errstate(over="ignore"):
        i = np.arange(start + 1, start + n + 1, dtype=np.uint64)
        z = np.uint64(seed % 2**64) + i * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return 2.0 * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53) - 1.0


def layer_norm(x):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-5)


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def stats(a):
    return [float(a.mean()), float(a.std()), float(a.min()), float(a.max())]


def block(seed, b, x, residual, norm, causal):
    """One block on x (B, T, D); returns its output and every stage's tensor."""
    offset = B * T * D + b * BLOCK_WEIGHTS

    def weight(rows, cols, gain=1.0):
        nonlocal offset
        w = stream(seed, offset, rows * cols).reshape(rows, cols) * (math.sqrt(3.0 / rows) * gain)
        offset += rows * cols
        return w

    wq, wk, wv, wo, w1, w2 = weight(D, D), weight(D, D), weight(D, D), weight(D, D, BRANCH_GAIN), weight(D, F), weight(F, D, BRANCH_GAIN)
    h = layer_norm(x) if norm else x

    def split(m):  # (B, T, D) -> (B, H, T, DH)
        return m.reshape(B, T, H, DH).transpose(0, 2, 1, 3)

    q, k, v = split(h @ wq), split(h @ wk), split(h @ wv)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(DH)
    if causal:
        scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    a = e / e.sum(axis=-1, keepdims=True)
    concat = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
    projected = concat @ wo
    x1 = x + projected if residual else projected
    h2 = layer_norm(x1) if norm else x1
    hidden = gelu(h2 @ w1)
    ff = hidden @ w2
    x2 = x1 + ff if residual else ff
    return x2, [x, h, q, k, v, a, concat, projected, x1, h2, hidden, ff, x2]


def run(seed, blocks, residual, norm, causal, shown, item, head):
    x = stream(seed, 0, B * T * D).reshape(B, T, D) * math.sqrt(3.0)
    case = {"seed": seed, "blocks": blocks, "residual": residual, "layerNorm": norm, "causal": causal,
            "block": shown, "item": item, "head": head, "blockStats": [], "tokenSpread": []}
    for b in range(blocks):
        x, stages = block(seed, b, x, residual, norm, causal)
        case["blockStats"].append(stats(x))
        case["tokenSpread"].append(float(x.std(axis=1).mean()))
        if b == shown - 1:
            case["stageShapes"] = [list(s.shape) for s in stages]
            case["stageStats"] = [stats(s) for s in stages]
            case["attention"] = stages[5][item - 1, head - 1].tolist()
    # A sample of the final output itself: every value of token 0 of item 1 and of token 15 of item 2.
    case["outputFirstToken"] = x[0, 0].tolist()
    case["outputLastToken"] = x[1, T - 1].tolist()
    return case


cases = [
    run(42, 1, True, True, False, 1, 1, 1),          # the worked example: one block
    run(42, 1, True, True, True, 1, 2, 8),           # causal
    run(7, 12, True, True, False, 12, 1, 3),         # the full stack
    run(7, 12, True, False, False, 6, 2, 5),         # no layer norm: activations grow
    run(7, 12, False, True, True, 3, 1, 1),          # no residuals: tokens collapse
    run(2147483647, 4, False, False, False, 4, 2, 2),  # neither: activations shrink
    run(-5, 2, True, True, True, 2, 2, 4),           # a negative seed
]
generator = {"seed": 42, "start": 0, "values": stream(42, 0, 8).tolist(),
             "seed2": -1, "start2": 123456789, "values2": stream(2**64 - 1, 123456789, 4).tolist()}
OUT.mkdir(parents=True, exist_ok=True)
(OUT / "transformer_block.json").write_text(
    json.dumps({"generator": generator, "cases": cases}, separators=(",", ":")) + "\n")
