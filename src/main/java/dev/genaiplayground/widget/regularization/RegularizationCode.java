package dev.genaiplayground.widget.regularization;

import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the regularisation widget shows for a state, and prints it as JSON. */
final class RegularizationCode {

    private RegularizationCode() {
    }

    static String numpy(RegularizationState state) {
        return """
                import json
                import numpy as np

                # the points, drawn as y = sin(2 pi x) + %s * noise (seed %d)
                x = %s
                y = %s
                degree = %d
                split = %s  # the first points train, the rest validate
                seed = %d  # also drives the jitter and the resamples
                l2, epochs, copies, jitter, models = %s, %d, %d, %s, %d
                L2, EARLY_STOPPING, AUGMENTATION, ENSEMBLE = 1, 2, 4, 8  # a combination is a sum of these
                current = %d  # the combination on show

                n_train = int(np.floor(split * len(x) + 0.5))
                x_train, y_train = x[:n_train], y[:n_train]
                x_val, y_val = x[n_train:], y[n_train:]

                class SplitMix64:
                    # a tiny generator, written the same way in the widget (Java), so both draw the same numbers
                    M = 2**64 - 1

                    def __init__(self, seed, stream):
                        self.s = (seed * 1000003 + stream) & self.M

                    def uniform(self):  # in [0, 1)
                        self.s = (self.s + 0x9E3779B97F4A7C15) & self.M
                        z = self.s
                        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.M
                        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.M
                        return ((z ^ (z >> 31)) >> 11) * 2.0**-53

                def design(x):
                    # Legendre polynomials P_0 .. P_degree of x mapped from [0, 1] to [-1, 1] (well-conditioned)
                    return np.polynomial.legendre.legvander(2 * x - 1, degree)

                def mse(w, x, y):
                    return float(np.mean((design(x) @ w - y) ** 2))

                def augment():
                    # the training points, then `copies` copies of each with x moved by up to +-jitter (kept in [0, 1])
                    rng = SplitMix64(seed, 1)
                    xs, ys = list(x_train), list(y_train)
                    for i in range(n_train):
                        for _ in range(copies):
                            xs.append(min(1.0, max(0.0, x_train[i] + jitter * (2 * rng.uniform() - 1))))
                            ys.append(y_train[i])
                    return np.array(xs), np.array(ys)

                def resample(xs, ys):
                    # one bootstrap resample per model: len(xs) points drawn with replacement
                    rng = SplitMix64(seed, 2)
                    picks = np.array([[int(rng.uniform() * len(xs)) for _ in xs] for _ in range(models)])
                    return [(xs[p], ys[p]) for p in picks]

                def ridge(xs, ys, lam):
                    # minimise mean((A w - y)^2) + lam |w|^2 as least squares on stacked rows (SVD, minimum norm)
                    n, p = len(xs), degree + 1
                    A, b = design(xs) / np.sqrt(n), ys / np.sqrt(n)
                    if lam > 0:
                        A, b = np.vstack([A, np.sqrt(lam) * np.eye(p)]), np.concatenate([b, np.zeros(p)])
                    return np.linalg.lstsq(A, b, rcond=1e-6)[0]

                def descend(sets, lam):
                    # gradient descent from w = 0 for every model at once; the ensemble is the average of the weights
                    G = np.array([2 / len(xs) * design(xs).T @ design(xs) for xs, _ in sets])
                    c = np.array([2 / len(xs) * design(xs).T @ ys for xs, ys in sets])
                    rate = 1 / max(2 / len(xs) * np.sum(design(xs) ** 2) + 2 * lam for xs, _ in sets)  # never diverges
                    W = np.zeros((len(sets), degree + 1))
                    A_train, A_val = design(x_train), design(x_val)
                    history, train_curve, val_curve = [], [], []
                    for epoch in range(epochs + 1):
                        if epoch > 0:
                            W = W - rate * (np.einsum('mjk,mk->mj', G, W) - c + 2 * lam * W)
                        w = W.mean(axis=0)
                        history.append(w)
                        train_curve.append(float(np.mean((A_train @ w - y_train) ** 2)))
                        val_curve.append(float(np.mean((A_val @ w - y_val) ** 2)))
                    # stop at the lowest validation error (the earliest epoch within one part in a billion of it)
                    stop = int(np.flatnonzero(np.array(val_curve) <= min(val_curve) * (1 + 1e-9))[0])
                    return history[stop], train_curve, val_curve, stop, rate

                aug_x, aug_y = augment()
                weights, combo_train, combo_val = [], [], []
                for combo in range(16):
                    xs, ys = (aug_x, aug_y) if combo & AUGMENTATION else (x_train, y_train)
                    sets = resample(xs, ys) if combo & ENSEMBLE else [(xs, ys)]
                    lam = l2 if combo & L2 else 0.0
                    if combo & EARLY_STOPPING:
                        w, train_curve, val_curve, stop, rate = result = descend(sets, lam)
                        if combo == current | EARLY_STOPPING:
                            curve = result
                    else:
                        w = np.mean([ridge(a, b, lam) for a, b in sets], axis=0)
                    weights.append(w)
                    combo_train.append(mse(w, x_train, y_train))
                    combo_val.append(mse(w, x_val, y_val))

                grid = np.linspace(0, 1, 101)
                copied = current & AUGMENTATION
                print(json.dumps({
                    "trainError": combo_train[current], "validationError": combo_val[current],
                    "comboTrainError": combo_train, "comboValidationError": combo_val,
                    "bestCombination": int(np.flatnonzero(np.array(combo_val) <= min(combo_val) * (1 + 1e-9))[0]),
                    "epochTrainError": curve[1], "epochValidationError": curve[2], "stopEpoch": curve[3],
                    "learningRate": curve[4], "gridX": grid.tolist(), "fitted": (design(grid) @ weights[current]).tolist(),
                    "plain": (design(grid) @ weights[0]).tolist(), "truth": np.sin(2 * np.pi * grid).tolist(),
                    "augmentedX": aug_x[n_train:].tolist() if copied else [],
                    "augmentedY": aug_y[n_train:].tolist() if copied else []}))
                """.formatted(PythonText.number(state.noise()), state.seed(), PythonText.array(state.x()),
                PythonText.array(state.y()), state.degree(), PythonText.number(state.split()), state.seed(),
                PythonText.number(state.l2()), state.epochs(), state.copies(), PythonText.number(state.jitter()),
                state.models(), state.combination());
    }
}
