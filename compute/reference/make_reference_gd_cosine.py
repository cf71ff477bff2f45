#!/usr/bin/env python3
"""Reference values for GradientDescentTest and CosineCompareTest, computed independently with NumPy (float64).

Run from the repository root:  python3 compute/reference/make_reference_gd_cosine.py
Writes compute/src/test/resources/reference/{gradient_descent,cosine_compare}.json.

Gradient descent with momentum: v <- mu*v - lr*grad, theta <- theta + v, from v = 0. A fit starts from theta = 0
and minimises the mean squared error of y = c + b*x (+ a*x^2); its gradient here is taken from the residuals,
(2/n) * Phi^T (Phi theta - y). A fit stops as diverged at the first step whose loss exceeds 100 times the starting
loss (or whose largest parameter exceeds 1e6); a surface walk stops at the first point with |x| or |y| > 10,
as "diverged" when it ended higher than it started and "escaped" when lower.
"""
import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference"
rng = np.random.default_rng(20261130)

SURFACES = {
    "BOWL": (lambda x, y: x ** 2 + y ** 2, lambda x, y: np.array([2 * x, 2 * y])),
    "VALLEY": (lambda x, y: 0.1 * x ** 2 + 2 * y ** 2, lambda x, y: np.array([0.2 * x, 4 * y])),
    "TWO_MINIMA": (lambda x, y: (x ** 2 - 1) ** 2 + 0.3 * x + y ** 2,
                   lambda x, y: np.array([4 * x ** 3 - 4 * x + 0.3, 2 * y])),
    "SADDLE": (lambda x, y: x ** 2 - y ** 2, lambda x, y: np.array([2 * x, -2 * y])),
}


def fit(points, model, lr, mu, steps):
    pts = np.asarray(points, dtype=np.float64)
    x, y = pts[:, 0], pts[:, 1]
    degree = 1 if model == "LINE" else 2
    phi = np.vander(x, degree + 1, increasing=True)  # columns 1, x, (x^2)
    theta = np.zeros(degree + 1)
    v = np.zeros_like(theta)

    def loss_of(t):
        return float(np.mean((phi @ t - y) ** 2))

    def grad_of(t):
        return 2.0 / len(y) * phi.T @ (phi @ t - y)

    path, losses = [theta.copy()], [loss_of(theta)]
    diverged = False
    for _ in range(steps):
        v = mu * v - lr * grad_of(theta)
        theta = theta + v
        path.append(theta.copy())
        losses.append(loss_of(theta))
        if (losses[-1] > 100 * losses[0] and losses[0] > 0) or np.max(np.abs(theta)) > 1e6:
            diverged = True
            break
    g = grad_of(theta)
    xs = np.linspace(-3, 3, 61)
    curve = np.polyval(theta[::-1], xs)
    return {"path": np.array(path).tolist(), "loss": losses, "gradient": g.tolist(),
            "gradientNorm": float(np.linalg.norm(g)), "diverged": int(diverged), "curveY": curve.tolist()}


def surface(name, start, lr, mu, steps):
    f, grad = SURFACES[name]
    p = np.array(start, dtype=np.float64)
    v = np.zeros(2)
    path, losses = [p.copy()], [float(f(*p))]
    off = False
    for _ in range(steps):
        v = mu * v - lr * grad(*p)
        p = p + v
        path.append(p.copy())
        losses.append(float(f(*p)))
        if np.max(np.abs(p)) > 10:
            off = True
            break
    g = grad(*p)
    uphill = off and losses[-1] > losses[0]
    xs = np.linspace(-3, 3, 41)
    gx, gy = np.meshgrid(xs, xs)
    return {"path": np.array(path).tolist(), "loss": losses, "gradient": g.tolist(),
            "gradientNorm": float(np.linalg.norm(g)), "diverged": int(uphill), "escaped": int(off and not uphill),
            "grid": f(gx, gy).tolist()}


def compare(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    dot = float(a @ b)
    if na == 0 or nb == 0:
        return {"dot": dot, "normA": na, "normB": nb, "cosine": 0.0, "angleDegrees": 90.0, "defined": 0}
    cos = dot / (na * nb)
    # The angle from the chord between the unit vectors (|ua - ub| = 2 sin(angle / 2)), taken from whichever of
    # the two chords is shorter, where asin is well conditioned; the Java code uses atan2 instead.
    ua, ub = a / na, b / nb
    half_difference = float(np.linalg.norm(ua - ub)) / 2
    half_sum = float(np.linalg.norm(ua + ub)) / 2
    if half_difference <= half_sum:
        angle = 2 * math.asin(min(1.0, half_difference))
    else:
        angle = math.pi - 2 * math.asin(min(1.0, half_sum))
    return {"dot": dot, "normA": na, "normB": nb, "cosine": cos, "angleDegrees": math.degrees(angle), "defined": 1}


def write(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(cases, separators=(",", ":")) + "\n")


line_points = [[-2.5, -1.2], [-1.5, 0.1], [-0.5, 0.2], [0.5, 1.6], [1.5, 2.0], [2.5, 3.1]]
fit_cases = []
for model, lr, mu, steps in [("LINE", 0.05, 0.0, 0), ("LINE", 0.05, 0.0, 1), ("LINE", 0.05, 0.0, 50),
                             ("LINE", 0.1, 0.9, 100), ("LINE", 0.4, 0.0, 60), ("LINE", 0.01, 0.5, 200),
                             ("PARABOLA", 0.02, 0.0, 100), ("PARABOLA", 0.05, 0.0, 100),
                             ("PARABOLA", 0.2, 0.0, 50), ("PARABOLA", 0.01, 0.8, 300)]:
    fit_cases.append({"points": line_points, "model": model, "lr": lr, "momentum": mu, "steps": steps,
                      **fit(line_points, model, lr, mu, steps)})
for n in [2, 5, 12, 20]:
    pts = np.round(np.column_stack([rng.uniform(-3, 3, n), rng.uniform(-5, 5, n)]), 3).tolist()
    for model in ["LINE", "PARABOLA"]:
        lr, mu, steps = float(rng.choice([0.003, 0.01, 0.03])), float(rng.choice([0.0, 0.5, 0.9])), 120
        fit_cases.append({"points": pts, "model": model, "lr": lr, "momentum": mu, "steps": steps,
                          **fit(pts, model, lr, mu, steps)})
write("gradient_descent_fit.json", fit_cases)

surface_cases = []
for name, start, lr, mu, steps in [("BOWL", [-2.5, 2.0], 0.1, 0.0, 30), ("BOWL", [-2.5, 2.0], 0.9, 0.0, 20),
                                   ("BOWL", [-2.5, 2.0], 1.1, 0.0, 100), ("BOWL", [1.0, 1.0], 0.1, 0.9, 200),
                                   ("VALLEY", [-2.8, 1.5], 0.45, 0.0, 100), ("VALLEY", [-2.8, 1.5], 0.05, 0.9, 150),
                                   ("VALLEY", [-2.8, 1.5], 0.55, 0.0, 100),
                                   ("TWO_MINIMA", [2.5, 1.0], 0.02, 0.0, 200),
                                   ("TWO_MINIMA", [2.5, 1.0], 0.02, 0.9, 200),
                                   ("TWO_MINIMA", [0.0, 0.5], 0.05, 0.0, 0), ("TWO_MINIMA", [2.9, 2.9], 0.3, 0.0, 40),
                                   ("SADDLE", [2.0, 0.0], 0.1, 0.0, 100), ("SADDLE", [2.0, 0.01], 0.1, 0.0, 100),
                                   ("SADDLE", [2.0, 0.5], 1.2, 0.0, 100)]:
    case = {"surface": name, "start": start, "lr": lr, "momentum": mu, "steps": steps,
            **surface(name, start, lr, mu, steps)}
    if any(c["surface"] == name for c in surface_cases):
        del case["grid"]  # the height map depends on the surface alone: stored once per surface
    surface_cases.append(case)
write("gradient_descent_surface.json", surface_cases)

cos_inputs = [([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), ([3.0, 1.0], [1.0, 2.0]), ([1.0, 0.0], [0.0, 1.0]),
              ([1.0, 2.0], [-2.0, -4.0]), ([1.0, 2.0], [1.0, 2.0000001]), ([0.0, 0.0], [1.0, 2.0]),
              ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0]), ([5.0], [-3.0]), ([1e-5, 3e-5], [2e-5, -1e-5])]
for n in [2, 3, 8, 32]:
    cos_inputs.append((np.round(rng.normal(0, 3, n), 4).tolist(), np.round(rng.normal(0, 3, n), 4).tolist()))
write("cosine_compare.json", [{"a": a, "b": b, **compare(a, b)} for a, b in cos_inputs])
