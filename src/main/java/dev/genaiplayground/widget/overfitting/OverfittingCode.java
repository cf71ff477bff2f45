package dev.genaiplayground.widget.overfitting;

import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the overfitting widget shows for a state, and prints it as JSON. */
final class OverfittingCode {

    private OverfittingCode() {
    }

    static String numpy(OverfittingState state) {
        return """
                import json
                import numpy as np

                # the points, drawn as y = sin(2 pi x) + %s * noise (seed %d)
                x = %s
                y = %s
                degree = %d  # the curve on show
                split = %s  # the first points train, the rest test

                n_train = int(np.floor(split * len(x) + 0.5))
                x_train, y_train = x[:n_train], y[:n_train]
                x_test, y_test = x[n_train:], y[n_train:]

                def design(x, d):
                    # Legendre polynomials P_0 .. P_d of x mapped from [0, 1] to [-1, 1]: the same polynomials as
                    # powers of x, but nearly orthogonal columns, so degree 15 stays well-conditioned
                    return np.polynomial.legendre.legvander(2 * x - 1, d)

                def fit(d):
                    # least squares through the SVD; with fewer points than coefficients, the minimum-norm solution
                    w, *_ = np.linalg.lstsq(design(x_train, d), y_train, rcond=1e-6)
                    return w

                def mse(w, x, y):
                    return float(np.mean((design(x, len(w) - 1) @ w - y) ** 2))

                fits = [fit(d) for d in range(16)]
                train_error = [mse(w, x_train, y_train) for w in fits]
                test_error = [mse(w, x_test, y_test) for w in fits]
                # the lowest test error (the earliest degree within one part in a billion of it)
                best = int(np.flatnonzero(np.array(test_error) <= min(test_error) * (1 + 1e-9))[0])

                grid = np.linspace(0, 1, 101)
                print(json.dumps({"trainError": train_error, "testError": test_error, "bestDegree": best,
                                  "gridX": grid.tolist(), "fitted": (design(grid, degree) @ fits[degree]).tolist(),
                                  "truth": np.sin(2 * np.pi * grid).tolist()}))
                """.formatted(PythonText.number(state.noise()), state.seed(), PythonText.array(state.x()),
                PythonText.array(state.y()), state.degree(), PythonText.number(state.split()));
    }
}
