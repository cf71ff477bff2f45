#!/usr/bin/env python3
"""Reference values for PolynomialFit, Overfitting and Regularization, computed independently with NumPy.

Run from the repository root:  python3 compute/reference/make_polyfit_reference.py
Writes compute/src/test/resources/reference/{overfitting,regularization}.json.

Independent of the Java code's method: least squares from a singular value decomposition in 50-digit arithmetic
(mpmath) with the widget's definition (minimum norm in the Legendre basis, singular values below 1e-6 of the
largest treated as zero); ridge regression solves its normal equations
(A^T A / n + lam I) w = A^T y / n; gradient descent runs on the full design matrices, model by model.
Points are drawn with NumPy's own generator and rounded to 3 decimals, as the widgets store them.
"""
import json
import pathlib

import mpmath as mp
import numpy as np

mp.mp.dps = 50

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261130)
MAX_DEGREE = 15
RCOND = 1e-6  # singular values below this fraction of the largest count as zero, as in the widget


def points(n, noise):
    x = np.round(rng.uniform(0, 1, n), 3)
    y = np.round(np.sin(2 * np.pi * x) + noise * rng.normal(size=n), 3)
    return x, y


def legendre(x, d):
    return np.polynomial.legendre.legvander(2 * x - 1, d)


def predictor(x_train, y_train, d):
    """The least-squares polynomial of degree d through the training points, as a function of x: the minimum-norm
    solution in the Legendre basis from a singular value decomposition in 50-digit arithmetic (mpmath), with
    singular values below RCOND times the largest treated as zero, as the widget defines it."""
    a = mp.matrix(legendre(x_train, d).tolist())
    u, sigma, vt = mp.svd_r(a)
    largest = max(sigma[i] for i in range(len(sigma)))
    w = mp.matrix(d + 1, 1)
    y = mp.matrix(y_train.tolist())
    for j in range(len(sigma)):
        if sigma[j] > RCOND * largest:
            coordinate = sum(u[i, j] * y[i] for i in range(len(y_train))) / sigma[j]
            for k in range(d + 1):
                w[k] += coordinate * vt[j, k]
    return lambda x: np.array([float(sum(w[k] * v for k, v in enumerate(row))) for row in legendre(x, d)])


def mse(f, x, y):
    return float(np.mean((f(x) - y) ** 2))


def overfitting_case(n, noise, split, degree):
    x, y = points(n, noise)
    m = int(np.floor(split * n + 0.5))
    fits = [predictor(x[:m], y[:m], d) for d in range(MAX_DEGREE + 1)]
    train = [mse(f, x[:m], y[:m]) for f in fits]
    test = [mse(f, x[m:], y[m:]) for f in fits]
    grid = np.arange(101) / 100
    return {"x": x.tolist(), "y": y.tolist(), "trainCount": m, "degree": degree, "trainError": train,
            "testError": test, "bestDegree": int(np.argmin(test)), "fitted": fits[degree](grid).tolist()}


class SplitMix64:
    M = 2**64 - 1

    def __init__(self, seed, stream):
        self.state = (seed * 1000003 + stream) % 2**64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) % 2**64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) % 2**64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) % 2**64
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) / 2.0**53


def ridge(xs, ys, d, lam):
    a = legendre(xs, d)
    n = len(xs)
    if lam > 0:
        return np.linalg.solve(a.T @ a / n + lam * np.eye(d + 1), a.T @ ys / n)
    return np.linalg.pinv(a, rcond=RCOND) @ ys


def regularization_case(n, noise, split, degree, l2, epochs, copies, jitter, models, seed, current):
    x, y = points(n, noise)
    m = int(np.floor(split * n + 0.5))
    xt, yt, xv, yv = x[:m], y[:m], x[m:], y[m:]
    r = SplitMix64(seed, 1)
    ax, ay = list(xt), list(yt)
    for i in range(m):
        for _ in range(copies):
            ax.append(min(1.0, max(0.0, xt[i] + jitter * (2 * r.uniform() - 1))))
            ay.append(yt[i])
    ax, ay = np.array(ax), np.array(ay)

    def sets_for(xs, ys, ensemble):
        if not ensemble:
            return [(xs, ys)]
        r2 = SplitMix64(seed, 2)
        out = []
        for _ in range(models):
            idx = [int(r2.uniform() * len(xs)) for _ in range(len(xs))]
            out.append((xs[idx], ys[idx]))
        return out

    def err(w, xx, yy):
        return float(np.mean((legendre(xx, degree) @ w - yy) ** 2))

    def descend(sets, lam):
        designs = [(legendre(xs, degree), ys) for xs, ys in sets]
        rate = 1 / max(2 / len(ys) * np.trace(a.T @ a) + 2 * lam for a, ys in designs)
        ws = [np.zeros(degree + 1) for _ in sets]
        history, tc, vc = [], [], []
        for epoch in range(epochs + 1):
            if epoch:
                ws = [w - rate * (2 / len(ys) * a.T @ (a @ w - ys) + 2 * lam * w) for w, (a, ys) in zip(ws, designs)]
            mean = sum(ws) / len(ws)
            history.append(mean)
            tc.append(err(mean, xt, yt))
            vc.append(err(mean, xv, yv))
        lowest = min(vc)
        stop = next(i for i, v in enumerate(vc) if v <= lowest * (1 + 1e-9))
        return history[stop], tc, vc, stop, rate

    train, valid, curve = [], [], None
    for combo in range(16):
        xs, ys = (ax, ay) if combo & 4 else (xt, yt)
        sets = sets_for(xs, ys, combo & 8)
        lam = l2 if combo & 1 else 0.0
        if combo & 2:
            d = descend(sets, lam)
            w = d[0]
            if combo == current | 2:
                curve = d
        else:
            w = sum(ridge(a, b, degree, lam) for a, b in sets) / len(sets)
        train.append(err(w, xt, yt))
        valid.append(err(w, xv, yv))
    return {"x": x.tolist(), "y": y.tolist(), "trainCount": m, "degree": degree, "l2": l2, "epochs": epochs,
            "copies": copies, "jitter": jitter, "models": models, "seed": seed, "current": current,
            "comboTrainError": train, "comboValidationError": valid, "stopEpoch": curve[3],
            "learningRate": curve[4], "epochTrainError": curve[1], "epochValidationError": curve[2]}


def main():
    overfitting = [overfitting_case(20, 0.25, 0.5, 3), overfitting_case(12, 0.3, 0.7, 15),
                   overfitting_case(40, 0.1, 0.6, 9), overfitting_case(30, 0.5, 0.5, 5)]
    regularization = [regularization_case(20, 0.25, 0.5, 12, 1e-3, 300, 3, 0.05, 5, 1, 0),
                      regularization_case(24, 0.3, 0.5, 9, 1e-2, 200, 2, 0.03, 3, 7, 15),
                      regularization_case(16, 0.2, 0.75, 6, 0.1, 150, 1, 0.1, 4, 42, 6)]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "overfitting.json").write_text(json.dumps(overfitting, indent=1) + "\n")
    (OUT / "regularization.json").write_text(json.dumps(regularization) + "\n")


if __name__ == "__main__":
    main()
