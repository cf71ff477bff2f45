package dev.genaiplayground.compute;

/**
 * Everything about one forward and backward pass through the tiny network of {@link Backprop}: every node's value,
 * every local gradient (the factor one chain-rule step multiplies by), every gradient of the loss, a central
 * finite-difference estimate beside each gradient, and which of these a person has stepped to so far.
 *
 * <p>Which quantities a step reveals is {@link BackpropStep}: the result holds every number whatever the step,
 * so that stepping needs no recomputation and the JSON API always answers in full.
 *
 * <p>The network: inputs x (2) → hidden sums z = W1·x + b1 (2) → hidden h = σ(z) → output sum u = w2·h + b2 → output
 * y = σ(u) → loss L = ½ (y − t)². Gradients are ∂L/∂(that quantity).
 *
 * @param step               the step on show: 0 (nothing computed) to {@link Backprop#LAST_STEP}
 * @param hiddenSum          z = W1·x + b1
 * @param hidden             h = σ(z)
 * @param outputSum          u = w2·h + b2
 * @param output             y = σ(u)
 * @param loss               L = ½ (y − t)²
 * @param dOutput            ∂L/∂y = y − t
 * @param outputSlope        the local factor ∂y/∂u = y (1 − y)
 * @param dOutputSum         ∂L/∂u = ∂L/∂y · ∂y/∂u
 * @param dW2                ∂L/∂w2[j] = ∂L/∂u · h[j]
 * @param dB2                ∂L/∂b2 = ∂L/∂u
 * @param dHidden            ∂L/∂h[j] = ∂L/∂u · w2[j]
 * @param hiddenSlope        the local factors ∂h[j]/∂z[j] = h[j] (1 − h[j])
 * @param dHiddenSum         ∂L/∂z[j] = ∂L/∂h[j] · ∂h[j]/∂z[j]
 * @param dW1                ∂L/∂W1[j][i] = ∂L/∂z[j] · x[i] (row j: hidden unit, column i: input)
 * @param dB1                ∂L/∂b1[j] = ∂L/∂z[j]
 * @param epsilon            the nudge of the central differences (L(v + ε) − L(v − ε)) / 2ε
 * @param numericDOutput     finite-difference estimate of dOutput (nudging y, then the rest of the forward pass)
 * @param numericDOutputSum  estimate of dOutputSum
 * @param numericDW2         estimate of dW2
 * @param numericDB2         estimate of dB2
 * @param numericDHidden     estimate of dHidden
 * @param numericDHiddenSum  estimate of dHiddenSum
 * @param numericDW1         estimate of dW1
 * @param numericDB1         estimate of dB1
 * @param largestDifference  the largest |gradient − estimate| over every gradient above
 */
public record BackpropResult(
        int step,
        double[] hiddenSum,
        double[] hidden,
        double outputSum,
        double output,
        double loss,
        double dOutput,
        double outputSlope,
        double dOutputSum,
        double[] dW2,
        double dB2,
        double[] dHidden,
        double[] hiddenSlope,
        double[] dHiddenSum,
        double[][] dW1,
        double[] dB1,
        double epsilon,
        double numericDOutput,
        double numericDOutputSum,
        double[] numericDW2,
        double numericDB2,
        double[] numericDHidden,
        double[] numericDHiddenSum,
        double[][] numericDW1,
        double[] numericDB1,
        double largestDifference) {

    /** The step on show, with what it computes. */
    public BackpropStep stepOnShow() {
        return BackpropStep.values()[step];
    }

    /** Whether {@code quantity} has been computed by the step on show (forward values, then gradients). */
    public boolean isRevealed(BackpropStep quantity) {
        return quantity.ordinal() <= step;
    }
}
