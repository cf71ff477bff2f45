#!/usr/bin/env python3
"""Reference values for MoeTest: mixture-of-experts routing written independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/make_moe_reference.py
Writes compute/src/test/resources/reference/moe.json and moe_linear.json.

Rules (the same ones dev.genaiplayground.compute.Moe documents):
- probabilities: softmax of each token's logits;
- top k by logit, equal logits to the smaller expert number (a stable sort);
- gates: the chosen probabilities divided by their sum;
- capacity = floor(capacity_factor * tokens * k / experts); first choices fill slots in token order, then second
  choices; an assignment finding its expert full is dropped;
- Switch Transformer load-balancing loss: E * sum_i f_i * P_i (f_i: fraction of tokens whose first choice is i,
  P_i: mean router probability of expert i);
- an expert is a two-matrix feed-forward network (2 * d_model * d_ff weights), the router d_model * E.
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261130)


def route(logits, k, cf, d_model, d_ff):
    logits = np.asarray(logits, dtype=np.float64)
    T, E = logits.shape
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    order = np.argsort(-logits, axis=1, kind="stable")[:, :k]
    chosen_p = np.take_along_axis(p, order, axis=1)
    gates = chosen_p / chosen_p.sum(axis=1, keepdims=True)
    load = np.bincount(order.ravel(), minlength=E)
    capacity = math.floor(cf * T * k / E)
    kept = np.zeros((T, k), dtype=int)
    used = np.zeros(E, dtype=int)
    for j in range(k):
        for t in range(T):
            if used[order[t, j]] < capacity:
                used[order[t, j]] += 1
                kept[t, j] = 1
    f = np.bincount(order[:, 0], minlength=E) / T
    P = p.mean(axis=0)
    expert = 2.0 * d_model * d_ff
    total = E * expert + d_model * E
    active = k * expert + d_model * E
    dense = E * expert
    return {
        "probabilities": p.tolist(), "chosen": order.tolist(), "gates": gates.tolist(), "load": load.tolist(),
        "capacity": capacity, "kept": kept.tolist(), "processed": used.tolist(),
        "droppedAssignments": int(T * k - kept.sum()), "droppedTokens": int((kept.sum(axis=1) == 0).sum()),
        "firstChoiceFraction": f.tolist(), "meanProbability": P.tolist(), "balanceLoss": float(E * (f * P).sum()),
        "totalParameters": total, "activeParameters": active, "moeFlopsPerToken": 2 * active,
        "denseParameters": dense, "denseFlopsPerToken": 2 * dense, "activeFraction": active / total,
    }


def case(name, router, k, cf, d_model=4096, d_ff=14336):
    c = {"name": name, "router": np.asarray(router, dtype=np.float64).tolist(), "k": k, "capacityFactor": cf,
         "dModel": d_model, "dFf": d_ff}
    c.update(route(router, k, cf, d_model, d_ff))
    return c


balanced = [[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 2]]
collapsed = [[3, 0, 0, 0]] * 6
cases = [
    case("balanced, k=1", balanced, 1, 1.0),
    case("balanced, k=2 (ties to the smaller expert)", balanced, 2, 1.0),
    case("all tokens to expert 0, capacity 1.0", collapsed, 1, 1.0),
    case("all tokens to expert 0, k=2, capacity 1.25", collapsed, 2, 1.25),
    case("uniform logits", [[0.5] * 8] * 8, 2, 2.0, 768, 3072),
    case("capacity 0", [[1, 0], [0, 1], [1, 0]], 1, 0.5, 8, 32),
]
for T, E, k, cf in [(8, 4, 1, 1.0), (8, 4, 2, 1.0), (16, 8, 2, 1.25), (12, 3, 2, 0.75), (5, 2, 1, 3.0),
                    (64, 64, 2, 1.0)]:
    cases.append(case(f"random {T}x{E}, k={k}, capacity {cf}", np.round(rng.normal(0, 2, size=(T, E)), 4), k, cf,
                      int(rng.integers(1, 8192)), int(rng.integers(1, 32768))))

x = np.round(rng.normal(0, 1, size=(6, 8)), 4)
w = np.round(rng.normal(0, 0.5, size=(8, 4)), 4)
linear = {"x": x.tolist(), "w": w.tolist(), "logits": (x @ w).tolist()}

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "moe.json").write_text(json.dumps(cases, separators=(",", ":")) + "\n")
(OUT / "moe_linear.json").write_text(json.dumps([linear], separators=(",", ":")) + "\n")
for c in cases:
    print(c["name"], "capacity", c["capacity"], "dropped", c["droppedAssignments"], "loss", round(c["balanceLoss"], 4))
