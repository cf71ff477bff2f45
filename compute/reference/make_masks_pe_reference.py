#!/usr/bin/env python3
"""Reference values for AttentionMasks and PositionalEncoding, computed independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/make_masks_pe_reference.py
Writes compute/src/test/resources/reference/{attention_masks,positional_encoding,sinusoidal}.json.

The sinusoidal table follows the formula of Vaswani et al. (2017) literally, one np.sin / np.cos of
pos / 10000**(2i/d) per cell. Seeded values (word embeddings, the learned table, relative biases) follow the
recipe in SeededValues.java (FNV-1a of the UTF-8 name, plus seed times the golden-ratio constant, then SplitMix64),
re-implemented here with Python integers.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
M = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15


def seeded(name, seed, n):
    h = 0xcbf29ce484222325
    for b in name.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & M
    state = (h + seed * GOLDEN) & M
    out = []
    for _ in range(n):
        state = (state + GOLDEN) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        z ^= z >> 31
        out.append((z >> 11) / 2.0 ** 53 * 2 - 1)
    return np.array(out)


def embed(words, seed, d):
    return np.array([seeded("word " + w, seed, d) for w in words])


def attend(q, k, v, allowed=None, bias=None):
    s = q @ k.T / np.sqrt(q.shape[1])
    if bias is not None:
        s = s + bias
    if allowed is not None:
        s = np.where(allowed == 1, s, -np.inf)
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    return w, w @ v


def masks_case(architecture, sentence, target, seed):
    d = 8
    x = embed(sentence, seed, d)
    n = len(sentence)
    full = np.ones((n, n), dtype=int)
    causal = np.tril(full)
    if architecture != "ENCODER_DECODER":
        m = causal if architecture == "DECODER" else full
        w, _ = attend(x, x, x, m)
        res = dict(sentenceMask=m, sentenceWeights=w, targetMask=[], targetWeights=[], crossMask=[],
                   crossWeights=[])
    else:
        y = embed(target, seed, d)
        t = len(target)
        we, _ = attend(x, x, x, full)
        tm = np.tril(np.ones((t, t), dtype=int))
        wd, _ = attend(y, y, y, tm)
        cm = np.ones((t, n), dtype=int)
        wc, _ = attend(y, x, x, cm)
        res = dict(sentenceMask=full, sentenceWeights=we, targetMask=tm, targetWeights=wd, crossMask=cm,
                   crossWeights=wc)
    case = dict(architecture=architecture, sentence=sentence, target=target, seed=seed)
    case.update({k: np.asarray(v).tolist() for k, v in res.items()})
    return case


def sinusoidal(positions, dims):
    pe = np.zeros((positions, dims))
    for pos in range(positions):
        for i in range(dims // 2):
            angle = pos / np.power(10000.0, 2 * i / dims)
            pe[pos, 2 * i] = np.sin(angle)
            pe[pos, 2 * i + 1] = np.cos(angle)
    return pe


def relative_bias(q, k, seed):
    return np.array([[seeded("offset " + str(j - i), seed, 1)[0] for j in range(k)] for i in range(q)])


def pe_case(positions, dims, scheme, seed, words):
    if scheme == "SINUSOIDAL":
        table = sinusoidal(positions, dims)
    elif scheme == "LEARNED":
        table = np.array([seeded("position " + str(p), seed, dims) for p in range(positions)])
    else:
        table = np.zeros((0, dims))
    scores = relative_bias(positions, positions, seed) if scheme == "RELATIVE" else table @ table.T
    n = len(words)
    x = embed(words, seed, dims)
    xr = x[::-1]
    _, wo = attend(x, x, x)
    _, wr = attend(xr, xr, xr)
    if scheme == "RELATIVE":
        b = relative_bias(n, n, seed)
        _, po = attend(x, x, x, bias=b)
        _, pr = attend(xr, xr, xr, bias=b)
    else:
        p = table[:n]
        _, po = attend(x + p, x + p, x + p)
        _, pr = attend(xr + p, xr + p, xr + p)
    gap_without = np.linalg.norm(wo - wr[::-1], axis=1)
    gap_with = np.linalg.norm(po - pr[::-1], axis=1)
    return dict(positions=positions, dims=dims, scheme=scheme, seed=seed, words=words,
                table=table.tolist() if scheme != "RELATIVE" else [], positionScores=scores.tolist(),
                withoutOriginal=wo.tolist(), withoutReversed=wr.tolist(), withOriginal=po.tolist(),
                withReversed=pr.tolist(), gapWithout=gap_without.tolist(), gapWith=gap_with.tolist(),
                largestGapWithout=float(gap_without.max()), largestGapWith=float(gap_with.max()))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    masks = [
        masks_case("ENCODER", ["the", "dog", "bites", "the", "man"], [], 0),
        masks_case("DECODER", ["the", "dog", "bites", "the", "man"], [], 0),
        masks_case("DECODER", ["café", "😀", "日本", "x"], [], 12345),
        masks_case("ENCODER_DECODER", ["the", "dog", "bites", "the", "man"],
                   ["le", "chien", "mord", "l’homme"], 7),
        masks_case("ENCODER_DECODER", ["hi"], ["a", "b", "c"], 1),
    ]
    (OUT / "attention_masks.json").write_text(json.dumps(masks) + "\n")

    tables = [dict(positions=p, dims=d, table=sinusoidal(p, d).tolist())
              for p, d in [(1, 2), (4, 4), (10, 6), (64, 64), (200, 16), (12, 512)]]
    (OUT / "sinusoidal.json").write_text(json.dumps(tables) + "\n")

    cases = [pe_case(8, 8, s, 3, ["dog", "bites", "man"]) for s in ("SINUSOIDAL", "LEARNED", "RELATIVE")]
    cases.append(pe_case(12, 16, "SINUSOIDAL", 0, ["the", "cat", "saw", "the", "dog"]))
    cases.append(pe_case(5, 4, "RELATIVE", 99, ["a", "b", "c", "d", "é"]))
    (OUT / "positional_encoding.json").write_text(json.dumps(cases) + "\n")


if __name__ == "__main__":
    main()
