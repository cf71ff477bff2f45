package dev.genaiplayground.widget.gradientdescent;

import dev.genaiplayground.compute.GradientDescent;
import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.widget.PythonText;
import dev.genaiplayground.widget.gradientdescent.GradientDescentState.Mode;

/** The NumPy program that computes what the gradient descent widget shows for a state, and prints it as JSON. */
final class GradientDescentCode {

    private GradientDescentCode() {
    }

    static String numpy(GradientDescentState state) {
        return state.mode() == Mode.FIT ? fit(state) : surface(state);
    }

    private static String fit(GradientDescentState state) {
        boolean parabola = state.model() == Model.PARABOLA;
        return """
                import json
                import numpy as np

                points = %s  # rows x, y
                x, y = points[:, 0], points[:, 1]
                %s
                lr = %s  # learning rate
                momentum = %s
                steps = %d


                def loss(theta):
                    return float(np.mean((X @ theta - y) ** 2))  # mean squared error


                def gradient(theta):
                    return 2 / len(y) * X.T @ (X @ theta - y)


                theta = np.zeros(X.shape[1])  # every parameter starts at 0
                velocity = np.zeros_like(theta)
                path, losses = [theta.copy()], [loss(theta)]
                diverged = False
                for step in range(steps):
                    velocity = momentum * velocity - lr * gradient(theta)
                    theta = theta + velocity
                    path.append(theta.copy())
                    losses.append(loss(theta))
                    if (losses[-1] > %s * losses[0] and losses[0] > 0) or np.abs(theta).max() > %s:
                        diverged = True  # every step overshoots further: stop before the numbers overflow
                        break

                g = gradient(theta)
                norm = float(np.sqrt(g @ g))
                curve_x = -3 + 6 * np.arange(%d) / %d
                curve_y = %s

                print(json.dumps({"path": np.array(path).tolist(), "loss": losses, "gradient": g.tolist(),
                                  "gradientNorm": norm, "converged": int(norm < %s and not diverged),
                                  "diverged": int(diverged), "escaped": 0, "curveX": curve_x.tolist(),
                                  "curveY": curve_y.tolist(), "grid": []}))
                """.formatted(PythonText.matrix(state.points(), ""),
                parabola ? "X = np.column_stack([np.ones_like(x), x, x * x])  # y = c + b*x + a*x**2: theta = [c, b, a]"
                        : "X = np.column_stack([np.ones_like(x), x])  # y = c + b*x: theta = [c, b]",
                PythonText.number(state.lr()), PythonText.number(state.momentum()), state.steps(),
                PythonText.number(GradientDescent.DIVERGED_LOSS_RATIO),
                PythonText.number(GradientDescent.DIVERGED_PARAMETER), GradientDescent.CURVE_POINTS,
                GradientDescent.CURVE_POINTS - 1,
                parabola ? "theta[0] + theta[1] * curve_x + theta[2] * curve_x * curve_x"
                        : "theta[0] + theta[1] * curve_x",
                PythonText.number(GradientDescent.CONVERGED_GRADIENT));
    }

    private static String surface(GradientDescentState state) {
        String[] formulas = switch (state.surface()) {
            case BOWL -> new String[] {"x * x + y * y", "2 * x", "2 * y"};
            case VALLEY -> new String[] {"0.1 * x * x + 2 * y * y", "0.2 * x", "4 * y"};
            case TWO_MINIMA -> new String[] {"(x * x - 1) * (x * x - 1) + 0.3 * x + y * y", "4 * x * (x * x - 1) + 0.3",
                "2 * y"};
            case SADDLE -> new String[] {"x * x - y * y", "2 * x", "-2 * y"};
        };
        return """
                import json
                import math

                import numpy as np


                def f(x, y):  # the loss surface: %s
                    return %s


                def grad(x, y):
                    return %s, %s


                x, y = %s, %s  # start
                lr = %s  # learning rate
                momentum = %s
                steps = %d

                vx = vy = 0.0
                gx, gy = grad(x, y)
                path, losses = [[x, y]], [f(x, y)]
                off_map = False
                for step in range(steps):
                    vx = momentum * vx - lr * gx
                    vy = momentum * vy - lr * gy
                    x, y = x + vx, y + vy
                    path.append([x, y])
                    losses.append(f(x, y))
                    gx, gy = grad(x, y)
                    if abs(x) > %s or abs(y) > %s:
                        off_map = True  # far off the map: stop before the numbers overflow
                        break

                uphill = off_map and losses[-1] > losses[0]  # overshooting (too large a rate), not falling off an edge
                norm = math.sqrt(gx * gx + gy * gy)
                xs = -3 + 6 * np.arange(%d) / %d
                X, Y = np.meshgrid(xs, xs)  # grid[i][j] = f(xs[j], xs[i])

                print(json.dumps({"path": path, "loss": losses, "gradient": [gx, gy], "gradientNorm": norm,
                                  "converged": int(not off_map and norm < %s), "diverged": int(uphill),
                                  "escaped": int(off_map and not uphill), "curveX": [], "curveY": [],
                                  "grid": f(X, Y).tolist()}))
                """.formatted(state.surface().name().toLowerCase().replace('_', '-'), formulas[0], formulas[1],
                formulas[2], PythonText.number(state.start()[0]), PythonText.number(state.start()[1]),
                PythonText.number(state.lr()), PythonText.number(state.momentum()), state.steps(),
                PythonText.number(GradientDescent.MAP_LIMIT), PythonText.number(GradientDescent.MAP_LIMIT),
                GradientDescent.GRID_SIZE, GradientDescent.GRID_SIZE - 1,
                PythonText.number(GradientDescent.CONVERGED_GRADIENT));
    }
}
