#!/usr/bin/env python3
"""Reference values for ClassificationMetricsTest and ScalingLawsTest, computed independently with NumPy.

Run from the repository root:  python3 compute/reference/make_metrics_scaling_reference.py
Writes compute/src/test/resources/reference/{classification_metrics,scaling_laws}.json.

Independence: the classification metrics are computed with boolean masks and broadcasting over every distinct
threshold at once (the Java code sorts and sweeps); the compute-optimal split is found by minimising the loss
numerically along the budget line (a dense grid in log N, then bisection on the slope's sign), not by the closed form
the Java code uses. Precision is None (JSON null) where nothing is predicted positive.
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261130)


def classification(scores, labels, threshold):
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    pred = s >= threshold
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    tn = int(np.sum(~pred & (y == 0)))
    precision = None if tp + fp == 0 else tp / (tp + fp)
    # every distinct score as a threshold, highest first: one row of predictions per threshold
    t = np.unique(s)[::-1]
    predicted = s[None, :] >= t[:, None]
    tps = (predicted & (y[None, :] == 1)).sum(axis=1)
    curve_precision = tps / predicted.sum(axis=1)
    curve_recall = tps / y.sum()
    ap = float(np.sum(np.diff(np.concatenate([[0.0], curve_recall])) * curve_precision))
    return {
        "scores": s.tolist(), "labels": y.tolist(), "threshold": threshold,
        "truePositives": tp, "falsePositives": fp, "falseNegatives": fn, "trueNegatives": tn,
        "accuracy": (tp + tn) / len(s), "precision": precision,
        "recall": tp / (tp + fn), "f1": 2 * tp / (2 * tp + fp + fn),
        "majorityAccuracy": max(y.mean(), 1 - y.mean()),
        "curveThresholds": t.tolist(), "curveRecall": curve_recall.tolist(),
        "curvePrecision": curve_precision.tolist(), "averagePrecision": ap,
    }


def classification_cases():
    cases = []
    # the widget's default: 20 examples, 4 positives
    default_scores = [0.92, 0.81, 0.74, 0.62, 0.55, 0.45, 0.40, 0.33, 0.31, 0.28,
                      0.22, 0.18, 0.15, 0.12, 0.10, 0.08, 0.06, 0.05, 0.03, 0.02]
    default_labels = [1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    for threshold in [0.5, 0.3, 0.95, 0.0, 1.0, 0.55]:
        cases.append(classification(default_scores, default_labels, threshold))
    # ties: equal scores enter the prediction together
    cases.append(classification([0.5, 0.5, 0.5, 0.2, 0.2, 0.9], [1, 0, 1, 0, 1, 0], 0.5))
    for n in [2, 7, 30, 200]:
        y = rng.integers(0, 2, size=n)
        y[0], y[1] = 0, 1
        s = np.round(np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1), 2)
        cases.append(classification(s.tolist(), y.tolist(), float(np.round(rng.uniform(0, 1), 3))))
    return cases


E, A, B, ALPHA, BETA = 1.69, 406.4, 410.7, 0.34, 0.28
MODELS = [(1.5e9, 10e9), (175e9, 300e9), (70e9, 1.4e12)]


def loss(n, d):
    return E + A / n ** ALPHA + B / d ** BETA


def optimum(c):
    """argmin over N of loss(N, C / (6N)), numerically: a grid in log10 N brackets the minimum, then bisection on
    the sign of the slope d loss / d ln N = -alpha A N^-alpha + beta B D^-beta (with D = C / (6N)), which pins it to
    the last bit where a search on the loss itself (flat at its minimum) stops at about 1e-8."""
    f = lambda log_n: loss(10.0 ** log_n, c / (6 * 10.0 ** log_n))
    slope = lambda log_n: (-ALPHA * A * (10.0 ** log_n) ** -ALPHA
                           + BETA * B * (c / (6 * 10.0 ** log_n)) ** -BETA)
    grid = np.linspace(-5, 35, 40001)
    i = int(np.argmin(f(grid)))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    assert slope(lo) < 0 < slope(hi)
    for _ in range(200):
        mid = (lo + hi) / 2
        if slope(mid) < 0:
            lo = mid
        else:
            hi = mid
    n = 10.0 ** ((lo + hi) / 2)
    return n, c / (6 * n)


def scaling(params, tokens, compute, k):
    n_opt, d_opt = optimum(compute)
    n_rule = math.sqrt(compute / 120)
    grid = 10.0 ** (15 + np.arange(53) / 4)
    frontier = np.array([loss(*optimum(c)) for c in grid])
    n = np.sqrt(grid / 120)
    rule_frontier = loss(n, 20 * n)
    acc = lambda l: np.exp(-(np.asarray(l) - E))
    model_loss = np.array([loss(n_, d_) for n_, d_ in MODELS])
    l = loss(params, tokens)
    return {
        "params": params, "tokens": tokens, "compute": compute, "answerTokens": k,
        "loss": l, "paramTerm": A / params ** ALPHA, "dataTerm": B / tokens ** BETA,
        "trainingCompute": 6 * params * tokens, "tokensPerParam": tokens / params,
        "optimalParams": n_opt, "optimalTokens": d_opt, "optimalLoss": loss(n_opt, d_opt),
        "optimalTokensPerParam": d_opt / n_opt,
        "ruleParams": n_rule, "ruleTokens": 20 * n_rule, "ruleLoss": loss(n_rule, 20 * n_rule),
        "gridCompute": grid.tolist(), "frontierLoss": frontier.tolist(), "ruleFrontierLoss": rule_frontier.tolist(),
        "modelCompute": [6 * n_ * d_ for n_, d_ in MODELS], "modelLoss": model_loss.tolist(),
        "tokenAccuracy": float(acc(l)), "exactMatch": float(acc(l) ** k),
        "frontierTokenAccuracy": acc(frontier).tolist(), "frontierExactMatch": (acc(frontier) ** k).tolist(),
        "modelExactMatch": (acc(model_loss) ** k).tolist(),
    }


def scaling_cases():
    return [scaling(70e9, 1.4e12, 5.88e23, 10),   # the widget's default: Chinchilla and its budget
            scaling(175e9, 300e9, 3.15e23, 5),    # GPT-3
            scaling(1.5e9, 10e9, 9e19, 1),        # GPT-2
            scaling(1e7, 1e8, 1e16, 30),
            scaling(1e13, 1e14, 1e28, 100),
            scaling(3.3e8, 2.5e10, 1e21, 20)]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, cases in [("classification_metrics", classification_cases()), ("scaling_laws", scaling_cases())]:
        (OUT / (name + ".json")).write_text(json.dumps(cases, indent=1) + "\n")
        print("wrote", name, len(cases), "cases")


if __name__ == "__main__":
    main()
