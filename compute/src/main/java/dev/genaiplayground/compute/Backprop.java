package dev.genaiplayground.compute;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Backpropagation through a tiny network, by hand: two inputs, a hidden layer of two sigmoid units and one sigmoid
 * output, with squared-error loss against a target.
 *
 * <pre>
 *   z = W1·x + b1,   h = σ(z),   u = w2·h + b2,   y = σ(u),   L = ½ (y − t)²
 * </pre>
 *
 * <p>The forward pass and the chain rule run on ND4J (matrix–vector products, the outer product ∂L/∂z · xᵀ for the
 * hidden weights). Beside every gradient sits a central finite-difference estimate (L(v + ε) − L(v − ε)) / 2ε,
 * computed separately in plain Java by nudging that one weight or node and running the rest of the forward pass
 * again: an independent check that the chain rule was applied right.
 */
public final class Backprop {

    public static final int INPUTS = 2;
    public static final int HIDDEN = 2;
    /** The last step: every gradient computed. Step 0 shows nothing computed. */
    public static final int LAST_STEP = 11;
    /** The nudge of the finite differences: small enough for a tiny truncation error, big enough for rounding. */
    public static final double EPSILON = 1e-5;
    /** Largest |value| of any input, weight or target; beyond it nothing is taught, and sums stay far from overflow. */
    public static final double MAX_MAGNITUDE = 1000;

    static {
        if (BackpropStep.values().length != LAST_STEP + 1) {
            throw new IllegalStateException("LAST_STEP must be the last BackpropStep");
        }
    }

    private Backprop() {
    }

    /**
     * One forward and backward pass.
     *
     * @param x      the two inputs
     * @param target the target t of the output
     * @param w1     the hidden weights, one row per hidden unit: w1[j][i] connects input i to hidden unit j
     * @param b1     the hidden biases
     * @param w2     the output weights, one per hidden unit
     * @param b2     the output bias
     * @param step   the step on show, 0 to {@link #LAST_STEP}
     */
    public static BackpropResult compute(double[] x, double target, double[][] w1, double[] b1, double[] w2, double b2,
                                         int step) {
        check("x", x, INPUTS);
        check("b1", b1, HIDDEN);
        check("w2", w2, HIDDEN);
        InputCheck.matrix("W1", w1, HIDDEN, INPUTS);
        if (w1.length != HIDDEN || w1[0].length != INPUTS) {
            throw problem("W1 must have %d rows (one per hidden unit) of %d numbers (one per input), not %d × %d",
                    HIDDEN, INPUTS, w1.length, w1[0].length);
        }
        for (double[] row : w1) {
            check("W1", row, INPUTS);
        }
        checkValue("target", target);
        checkValue("b2", b2);
        if (step < 0 || step > LAST_STEP) {
            throw problem("step = %d is out of range; steps go from 0 (nothing computed) to %d (every gradient)",
                    step, LAST_STEP);
        }

        double[][] pass = Workspaces.run(() -> backward(x, target, w1, b1, w2, b2));
        double[] hiddenSum = pass[0];
        double[] hidden = pass[1];
        double outputSum = pass[2][0];
        double output = pass[2][1];
        double[] dHidden = pass[3];
        double[] hiddenSlope = pass[4];
        double[] dHiddenSum = pass[5];
        double[] dW2 = pass[6];
        double[][] dW1 = {{pass[7][0], pass[7][1]}, {pass[7][2], pass[7][3]}};

        double dOutput = output - target;
        double outputSlope = output * (1 - output);
        double dOutputSum = dOutput * outputSlope;
        double loss = 0.5 * dOutput * dOutput;

        Net net = new Net(x, target, w1, b1, w2, b2);
        double numericDOutput = net.slope(Nudge.Y, 0);
        double numericDOutputSum = net.slope(Nudge.U, 0);
        double[] numericDW2 = {net.slope(Nudge.W2, 0), net.slope(Nudge.W2, 1)};
        double numericDB2 = net.slope(Nudge.B2, 0);
        double[] numericDHidden = {net.slope(Nudge.H, 0), net.slope(Nudge.H, 1)};
        double[] numericDHiddenSum = {net.slope(Nudge.Z, 0), net.slope(Nudge.Z, 1)};
        double[][] numericDW1 = {{net.slope(Nudge.W1, 0), net.slope(Nudge.W1, 1)},
                {net.slope(Nudge.W1, 2), net.slope(Nudge.W1, 3)}};
        double[] numericDB1 = {net.slope(Nudge.B1, 0), net.slope(Nudge.B1, 1)};

        double largest = Math.max(Math.abs(dOutput - numericDOutput), Math.abs(dOutputSum - numericDOutputSum));
        largest = Math.max(largest, Math.abs(dOutputSum - numericDB2));
        for (int j = 0; j < HIDDEN; j++) {
            largest = Math.max(largest, Math.abs(dW2[j] - numericDW2[j]));
            largest = Math.max(largest, Math.abs(dHidden[j] - numericDHidden[j]));
            largest = Math.max(largest, Math.abs(dHiddenSum[j] - numericDHiddenSum[j]));
            largest = Math.max(largest, Math.abs(dHiddenSum[j] - numericDB1[j]));
            for (int i = 0; i < INPUTS; i++) {
                largest = Math.max(largest, Math.abs(dW1[j][i] - numericDW1[j][i]));
            }
        }

        return new BackpropResult(step, hiddenSum, hidden, outputSum, output, loss, dOutput, outputSlope, dOutputSum,
                dW2, dOutputSum, dHidden, hiddenSlope, dHiddenSum, dW1, dHiddenSum.clone(), EPSILON, numericDOutput,
                numericDOutputSum, numericDW2, numericDB2, numericDHidden, numericDHiddenSum, numericDW1, numericDB1,
                largest);
    }

    /**
     * The forward pass and the chain rule on ND4J. Returns plain arrays: z, h, [u, y], ∂L/∂h, ∂h/∂z, ∂L/∂z, ∂L/∂w2
     * and ∂L/∂W1 row by row.
     */
    private static double[][] backward(double[] x, double target, double[][] w1, double[] b1, double[] w2, double b2) {
        INDArray xs = NdArrays.row(x).reshape(INPUTS, 1);
        INDArray hiddenWeights = NdArrays.matrix(w1);
        INDArray outputWeights = NdArrays.row(w2);
        INDArray z = hiddenWeights.mmul(xs).addi(NdArrays.row(b1).reshape(HIDDEN, 1));
        INDArray h = Transforms.sigmoid(z, true);
        double u = outputWeights.mmul(h).getDouble(0) + b2;
        double y = 1 / (1 + Math.exp(-u));
        double dU = (y - target) * y * (1 - y);

        INDArray dW2 = h.mul(dU);                               // ∂u/∂w2 = h
        INDArray dH = outputWeights.mul(dU).reshape(HIDDEN, 1); // ∂u/∂h = w2
        INDArray slope = h.mul(h.rsub(1));                      // σ'(z) = h (1 − h)
        INDArray dZ = dH.mul(slope);
        INDArray dW1 = dZ.mmul(xs.transpose());                 // ∂z[j]/∂W1[j][i] = x[i]: an outer product
        return new double[][] {NdArrays.toFlat(z), NdArrays.toFlat(h), {u, y}, NdArrays.toFlat(dH),
                NdArrays.toFlat(slope), NdArrays.toFlat(dZ), NdArrays.toFlat(dW2), NdArrays.toFlat(dW1)};
    }

    /** What a finite difference nudges: a weight or bias, or a node's value (then the pass continues from it). */
    private enum Nudge { W1, B1, W2, B2, Z, H, U, Y }

    /** The network in plain Java, for the finite differences. */
    private record Net(double[] x, double target, double[][] w1, double[] b1, double[] w2, double b2) {

        double slope(Nudge what, int index) {
            return (loss(what, index, EPSILON) - loss(what, index, -EPSILON)) / (2 * EPSILON);
        }

        private double loss(Nudge what, int index, double delta) {
            double[] h = new double[HIDDEN];
            double u = b2 + (what == Nudge.B2 ? delta : 0);
            for (int j = 0; j < HIDDEN; j++) {
                double z = b1[j] + (what == Nudge.B1 && index == j ? delta : 0);
                for (int i = 0; i < INPUTS; i++) {
                    z += (w1[j][i] + (what == Nudge.W1 && index == j * INPUTS + i ? delta : 0)) * x[i];
                }
                z += what == Nudge.Z && index == j ? delta : 0;
                h[j] = sigmoid(z) + (what == Nudge.H && index == j ? delta : 0);
                u += (w2[j] + (what == Nudge.W2 && index == j ? delta : 0)) * h[j];
            }
            u += what == Nudge.U ? delta : 0;
            double y = sigmoid(u) + (what == Nudge.Y ? delta : 0);
            return 0.5 * (y - target) * (y - target);
        }

        private static double sigmoid(double v) {
            return 1 / (1 + Math.exp(-v));
        }
    }

    private static void check(String name, double[] values, int length) {
        if (values != null && values.length != length) {
            throw problem("%s needs exactly %d numbers, not %d", name, length, values.length);
        }
        InputCheck.vector(name, values, length);
        for (double value : values) {
            checkValue(name, value);
        }
    }

    private static void checkValue(String name, double value) {
        InputCheck.value(name, value);
        if (Math.abs(value) > MAX_MAGNITUDE) {
            throw problem("%s = %s is too large for this network; keep every value within ±%s", name, value,
                    MAX_MAGNITUDE);
        }
    }

    private static IllegalArgumentException problem(String format, Object... args) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
}
