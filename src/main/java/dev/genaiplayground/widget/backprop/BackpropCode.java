package dev.genaiplayground.widget.backprop;

import dev.genaiplayground.compute.Backprop;
import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the backpropagation widget shows for a state, and prints it as JSON. */
final class BackpropCode {

    private BackpropCode() {
    }

    static String numpy(BackpropState state) {
        return """
                import json
                import numpy as np

                x = %s  # inputs
                t = %s  # target
                W1 = %s  # hidden weights: row j feeds hidden unit j
                b1 = %s
                w2 = %s  # output weights
                b2 = %s
                step = %d  # how far the widget has stepped (%d = every gradient)

                def sigmoid(v):
                    return 1 / (1 + np.exp(-v))

                # forward pass
                z = W1 @ x + b1          # hidden sums
                h = sigmoid(z)           # hidden activations
                u = w2 @ h + b2          # output sum
                y = sigmoid(u)           # output
                L = 0.5 * (y - t) ** 2   # loss

                # backward pass: each gradient is the one before times one local factor
                dL_dy = y - t
                dy_du = y * (1 - y)
                dL_du = dL_dy * dy_du
                dL_dw2 = dL_du * h       # du/dw2 = h
                dL_db2 = dL_du
                dL_dh = dL_du * w2       # du/dh = w2
                dh_dz = h * (1 - h)
                dL_dz = dL_dh * dh_dz
                dL_dW1 = np.outer(dL_dz, x)  # dz_j/dW1[j, i] = x_i
                dL_db1 = dL_dz

                # finite differences: nudge one weight or node by +-eps and run the rest of the forward pass again
                eps = %s
                def loss(nudge):
                    n = lambda key: nudge.get(key, 0.0)
                    z = (W1 + n("W1")) @ x + b1 + n("b1") + n("z")
                    h = sigmoid(z) + n("h")
                    u = (w2 + n("w2")) @ h + b2 + n("b2") + n("u")
                    y = sigmoid(u) + n("y")
                    return 0.5 * (y - t) ** 2

                def slope(key, shape=None, index=None):
                    if shape is None:
                        return (loss({key: eps}) - loss({key: -eps})) / (2 * eps)
                    bump = np.zeros(shape)
                    bump[index] = eps
                    return (loss({key: bump}) - loss({key: -bump})) / (2 * eps)

                numeric = {
                    "numericDOutput": slope("y"), "numericDOutputSum": slope("u"),
                    "numericDW2": [slope("w2", 2, j) for j in range(2)], "numericDB2": slope("b2"),
                    "numericDHidden": [slope("h", 2, j) for j in range(2)],
                    "numericDHiddenSum": [slope("z", 2, j) for j in range(2)],
                    "numericDW1": [[slope("W1", (2, 2), (j, i)) for i in range(2)] for j in range(2)],
                    "numericDB1": [slope("b1", 2, j) for j in range(2)],
                }
                pairs = [(dL_dy, numeric["numericDOutput"]), (dL_du, numeric["numericDOutputSum"]),
                         (dL_db2, numeric["numericDB2"]), (dL_dw2, numeric["numericDW2"]),
                         (dL_dh, numeric["numericDHidden"]), (dL_dz, numeric["numericDHiddenSum"]),
                         (dL_db1, numeric["numericDB1"]), (dL_dW1, numeric["numericDW1"])]
                largest = max(float(np.max(np.abs(np.asarray(a) - np.asarray(b)))) for a, b in pairs)

                print(json.dumps({
                    "step": step, "hiddenSum": z.tolist(), "hidden": h.tolist(), "outputSum": float(u),
                    "output": float(y), "loss": float(L), "dOutput": float(dL_dy), "outputSlope": float(dy_du),
                    "dOutputSum": float(dL_du), "dW2": dL_dw2.tolist(), "dB2": float(dL_db2), "dHidden": dL_dh.tolist(),
                    "hiddenSlope": dh_dz.tolist(), "dHiddenSum": dL_dz.tolist(), "dW1": dL_dW1.tolist(),
                    "dB1": dL_db1.tolist(), "epsilon": eps, **numeric, "largestDifference": largest}))
                """.formatted(PythonText.array(state.inputs()), PythonText.number(state.target()),
                PythonText.matrix(state.w1(), "     "), PythonText.array(state.b1()), PythonText.array(state.w2()),
                PythonText.number(state.b2()), state.step(), Backprop.LAST_STEP, PythonText.number(Backprop.EPSILON));
    }
}
