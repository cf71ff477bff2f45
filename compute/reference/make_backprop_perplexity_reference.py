#!/usr/bin/env python3
"""Reference values for BackpropTest and PerplexityTest, computed independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/make_backprop_perplexity_reference.py
Writes compute/src/test/resources/reference/{backprop,perplexity}.json.

Backprop: the 2-2-1 sigmoid network with loss 1/2 (y - t)^2, written as a general layer loop (not the Java code's
shape), its gradients by the chain rule, and separately by NumPy central differences over the flattened parameter
vector with step 1e-6. The tests compare the Java gradients with both.
Perplexity: exp(mean(-log p)), also via log-sum of log2 and via the geometric mean, which must agree.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261130)


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def unpack(theta):
    """theta = [W1 row-major (4), b1 (2), w2 (2), b2 (1)] -> list of (W, b) per layer."""
    w1 = theta[0:4].reshape(2, 2)
    b1 = theta[4:6]
    w2 = theta[6:8].reshape(1, 2)
    b2 = theta[8:9]
    return [(w1, b1), (w2, b2)]


def forward(theta, x, t):
    a = np.asarray(x, dtype=np.float64)
    sums, acts = [], [a]
    for w, b in unpack(theta):
        s = w @ a + b
        a = sigmoid(s)
        sums.append(s)
        acts.append(a)
    loss = 0.5 * float((a[0] - t) ** 2)
    return sums, acts, loss


def backward(theta, x, t):
    sums, acts, loss = forward(theta, x, t)
    layers = unpack(theta)
    grads = [None, None]
    node = {}
    delta_a = acts[-1] - t                               # dL/dy
    node["dOutput"] = float(delta_a[0])
    for k in (1, 0):
        slope = acts[k + 1] * (1 - acts[k + 1])         # sigma'(s)
        delta_s = delta_a * slope
        grads[k] = (np.outer(delta_s, acts[k]), delta_s.copy())
        if k == 1:
            node["outputSlope"] = float(slope[0])
            node["dOutputSum"] = float(delta_s[0])
        else:
            node["hiddenSlope"] = slope.tolist()
            node["dHiddenSum"] = delta_s.tolist()
        delta_a = layers[k][0].T @ delta_s
        if k == 1:
            node["dHidden"] = delta_a.tolist()
    return sums, acts, loss, grads, node


def numeric_parameter_gradient(theta, x, t, eps=1e-6):
    g = np.zeros_like(theta)
    for k in range(theta.size):
        up, down = theta.copy(), theta.copy()
        up[k] += eps
        down[k] -= eps
        g[k] = (forward(up, x, t)[2] - forward(down, x, t)[2]) / (2 * eps)
    return g


def backprop_case(x, t, w1, b1, w2, b2):
    theta = np.concatenate([np.ravel(w1), b1, w2, [b2]]).astype(np.float64)
    sums, acts, loss, grads, node = backward(theta, x, t)
    numeric = numeric_parameter_gradient(theta, x, t)
    return {
        "x": list(x), "target": t, "w1": [list(r) for r in w1], "b1": list(b1), "w2": list(w2), "b2": b2,
        "hiddenSum": sums[0].tolist(), "hidden": acts[1].tolist(), "outputSum": float(sums[1][0]),
        "output": float(acts[2][0]), "loss": loss,
        **node,
        "dW2": grads[1][0][0].tolist(), "dB2": float(grads[1][1][0]),
        "dW1": grads[0][0].tolist(), "dB1": grads[0][1].tolist(),
        "numericDW1": numeric[0:4].reshape(2, 2).tolist(), "numericDB1": numeric[4:6].tolist(),
        "numericDW2": numeric[6:8].tolist(), "numericDB2": float(numeric[8]),
    }


def r4(a):
    return np.round(a, 4).tolist()


backprop_cases = [
    # the widget's default network, the lesson's worked example
    backprop_case([1.0, 0.5], 1.0, [[0.5, -0.4], [0.3, 0.8]], [0.1, -0.2], [0.7, -0.5], 0.2),
    # all zeros: hidden units at 0.5, output 0.5
    backprop_case([0.0, 0.0], 0.0, [[0.0, 0.0], [0.0, 0.0]], [0.0, 0.0], [0.0, 0.0], 0.0),
    # saturated units at the widget's limits
    backprop_case([10.0, -10.0], 10.0, [[10.0, -10.0], [-10.0, 10.0]], [10.0, -10.0], [10.0, 10.0], -10.0),
    backprop_case([-3.0, 2.5], -1.0, [[-2.0, 1.5], [0.25, -0.75]], [0.0, 3.0], [-4.0, 2.0], 1.0),
]
for scale in (0.5, 1, 2, 3, 5):
    for _ in range(3):
        backprop_cases.append(backprop_case(r4(rng.normal(0, scale, 2)), float(np.round(rng.normal(0, 1), 4)),
                                            r4(rng.normal(0, scale, (2, 2))), r4(rng.normal(0, scale, 2)),
                                            r4(rng.normal(0, scale, 2)), float(np.round(rng.normal(0, scale), 4))))


def perplexity_case(probs):
    p = np.asarray(probs, dtype=np.float64)
    surprisal = -np.log(p)
    ce = float(surprisal.mean())
    ppl = float(np.exp(ce))
    # independent routes to the same numbers
    assert np.isclose(ppl, float(np.prod(p ** (-1.0 / p.size))), rtol=1e-9)
    assert np.isclose(ce / np.log(2), float(np.mean(-np.log2(p))), rtol=1e-12, atol=1e-12)
    return {"probs": list(probs), "surprisal": surprisal.tolist(), "surprisalBits": (-np.log2(p)).tolist(),
            "crossEntropy": ce, "crossEntropyBits": float(np.mean(-np.log2(p))), "perplexity": ppl,
            "geometricMean": float(np.exp(-ce)), "mostSurprising": int(np.argmax(surprisal))}


perplexity_cases = [
    perplexity_case([0.25, 0.25, 0.25, 0.25]),           # a fair guess among 4: perplexity 4
    perplexity_case([1.0, 1.0, 1.0]),                    # certain and right: perplexity 1
    perplexity_case([0.5]),
    perplexity_case([1 / 50000] * 5),                     # a uniform guess over 50,000 tokens
    perplexity_case([0.9, 0.8, 0.001, 0.7]),             # one bad surprise dominates
    perplexity_case([1e-300, 1.0]),
    perplexity_case([1e-300] * 3),
]
for n in (2, 5, 12, 40, 200):
    perplexity_cases.append(perplexity_case(np.round(rng.uniform(0.0001, 1.0, n), 4).tolist()))


def write(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(cases, separators=(",", ":")) + "\n")


write("backprop.json", backprop_cases)
write("perplexity.json", perplexity_cases)
print(len(backprop_cases), "backprop cases,", len(perplexity_cases), "perplexity cases")
print("default:", {k: backprop_cases[0][k] for k in ("hidden", "output", "loss", "dW1", "dW2")})
