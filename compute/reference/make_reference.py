#!/usr/bin/env python3
"""Reference values for the compute/ tests, computed independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/make_reference.py
Writes compute/src/test/resources/reference/{softmax,cross_entropy,cosine,attention}.json.
Cosine uses exact decimal arithmetic (see cosine()). Inputs are rounded to 4 decimals so the files stay small; Python and Java parse them to the same doubles.
Masked attention scores are written as -Infinity (Jackson reads them with ALLOW_NON_NUMERIC_NUMBERS).
"""
import decimal
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261129)


def rand(*shape, scale=1.0):
    return np.round(rng.normal(0.0, scale, size=shape), 4)


def softmax(x, t):
    z = np.asarray(x, dtype=np.float64) / t
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy(x, t, target):
    z = np.asarray(x, dtype=np.float64) / t
    m = z.max()
    log_sum_exp = m + np.log(np.exp(z - m).sum())
    p = softmax(x, t)
    onehot = np.zeros_like(p)
    onehot[target] = 1.0
    return float(log_sum_exp - z[target]), (p - onehot) / t


def cosine(a, b):
    # Exact decimal arithmetic rather than float64: np.dot underflows to 0 for the 1e-200 case.
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        a, b = [decimal.Decimal(x) for x in a], [decimal.Decimal(x) for x in b]
        dot = sum(x * y for x, y in zip(a, b))
        return float(dot / (sum(x * x for x in a).sqrt() * sum(y * y for y in b).sqrt()))


def attention(q, k, v, heads, scaled, causal):
    tokens, d = q.shape
    dh = d // heads
    scores, scaled_scores, weights, outputs = [], [], [], []
    for h in range(heads):
        cols = slice(h * dh, (h + 1) * dh)
        s = q[:, cols] @ k[:, cols].T
        z = s / math.sqrt(dh) if scaled else s.copy()
        if causal:
            z[np.triu_indices(tokens, k=1)] = -np.inf
        w = softmax(z, 1.0)
        scores.append(s)
        scaled_scores.append(z)
        weights.append(w)
        outputs.append(w @ v[:, cols])
    return scores, scaled_scores, weights, np.concatenate(outputs, axis=1)


def lists(a):
    return np.asarray(a).tolist()


def write(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(cases, separators=(",", ":")) + "\n")


# Softmax: the worked example, huge logits, and random vectors of various lengths and temperatures.
softmax_inputs = [([2.0, 1.0, 0.1], 1.0), ([1000.0, 1001.0, 1002.0], 1.0), ([0.0, 1000.0], 1.0), ([3.5], 0.7)]
for n, t, scale in [(2, 1.0, 1), (5, 0.05, 1), (7, 10.0, 3), (10, 0.5, 2), (50, 2.0, 1), (100, 1.0, 5),
                    (300, 0.3, 1), (6, 1.0, 1e4), (6, 0.05, 500), (4, 7.3, 1e6)]:
    softmax_inputs.append((lists(rand(n, scale=scale)), t))
write("softmax.json", [{"logits": x, "temperature": t, "probabilities": lists(softmax(x, t))}
                       for x, t in softmax_inputs])

# Cross-entropy loss and gradient.
ce_inputs = [([2.0, 1.0, 0.1], 1.0, 0), ([0.0, 1000.0], 1.0, 0), ([1000.0, 1001.0, 1002.0], 1.0, 2),
             ([1.0, -2.0, 0.5, 3.0], 0.05, 1)]
for n, t, scale in [(2, 1.0, 1), (5, 0.5, 2), (10, 2.0, 1), (30, 1.0, 3), (8, 0.1, 50), (64, 9.0, 1)]:
    ce_inputs.append((lists(rand(n, scale=scale)), t, int(rng.integers(n))))
ce_cases = []
for x, t, target in ce_inputs:
    loss, grad = cross_entropy(x, t, target)
    ce_cases.append({"logits": x, "temperature": t, "target": target, "loss": loss, "gradient": lists(grad)})
write("cross_entropy.json", ce_cases)

# Cosine similarity.
cos_inputs = [([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), ([1.0, 0.0], [0.0, 1.0]), ([1.0, 2.0], [-2.0, -4.0]),
              ([1e-200, 3e-200], [2e-200, 1e-200]), ([1e90, -2e90, 5e89], [3e89, 1e90, -4e90])]
for n in [2, 3, 8, 32, 300]:
    cos_inputs.append((lists(rand(n)), lists(rand(n))))
write("cosine.json", [{"a": a, "b": b, "similarity": cosine(a, b)} for a, b in cos_inputs])

# Attention: small cases over every switch, and the curriculum's 8 tokens x 32 dims.
att_inputs = []
for tokens, d in [(1, 4), (3, 4), (5, 8)]:
    for heads in [1, 2, 4]:
        for scaled in [False, True]:
            for causal in [False, True]:
                if tokens == 1 and (heads, scaled) != (1, True):
                    continue
                att_inputs.append((tokens, d, heads, scaled, causal))
att_inputs += [(8, 32, 4, True, True), (8, 32, 1, False, False), (6, 12, 2, True, True)]
att_cases = []
for tokens, d, heads, scaled, causal in att_inputs:
    q, k, v = rand(tokens, d), rand(tokens, d), rand(tokens, d)
    s, z, w, out = attention(q, k, v, heads, scaled, causal)
    att_cases.append({"q": lists(q), "k": lists(k), "v": lists(v), "heads": heads, "scaled": scaled,
                      "causal": causal, "scores": lists(s), "scaledScores": lists(z), "weights": lists(w),
                      "output": lists(out)})
write("attention.json", att_cases)
