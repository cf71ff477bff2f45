package dev.genaiplayground.widget.backprop;

import dev.genaiplayground.compute.Backprop;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The backpropagation widget's whole state: the two inputs, the target, the weights and biases of a 2-2-1 sigmoid
 * network, and how far through the forward and backward pass the person has stepped (0: nothing computed yet).
 * Validated on construction; arrays are copied in and out so a state never changes.
 */
public record BackpropState(
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS, minCount = Backprop.INPUTS,
                maxCount = Backprop.INPUTS, note = "the inputs x₁ and x₂") double[] inputs,
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS,
                note = "the output the loss ½ (y − t)² wants; the sigmoid output y can only reach 0 to 1") double target,
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS, minCount = Backprop.HIDDEN,
                maxCount = Backprop.HIDDEN, note = "hidden-layer weights: one row per hidden unit, one number per "
                        + "input (row j, column i connects x_i to h_j)") double[][] w1,
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS, minCount = Backprop.HIDDEN,
                maxCount = Backprop.HIDDEN, note = "hidden-layer biases") double[] b1,
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS, minCount = Backprop.HIDDEN,
                maxCount = Backprop.HIDDEN, note = "output weights, one per hidden unit") double[] w2,
        @Limits(min = -BackpropState.MAX_ABS, max = BackpropState.MAX_ABS, note = "output bias") double b2,
        @Limits(min = 0, max = Backprop.LAST_STEP, note = "0: nothing computed; 1 to 5: the forward pass; 6 to "
                + Backprop.LAST_STEP + ": the backward pass, one chain-rule factor at a time") int step) {

    /** Largest |value| of an input, weight, bias or the target. */
    public static final double MAX_ABS = 10;
    public static final int FORWARD_DONE = 5;

    public BackpropState {
        inputs = vector("inputs", inputs, Backprop.INPUTS);
        StateRules.requireWithin("target", target, -MAX_ABS, MAX_ABS);
        if (w1 != null && w1.length != Backprop.HIDDEN) {
            throw new IllegalArgumentException("w1 needs " + Backprop.HIDDEN + " rows, one per hidden unit, not "
                    + w1.length + ".");
        }
        w1 = StateRules.matrix("w1", w1, Backprop.HIDDEN, Backprop.INPUTS, MAX_ABS);
        b1 = vector("b1", b1, Backprop.HIDDEN);
        w2 = vector("w2", w2, Backprop.HIDDEN);
        StateRules.requireWithin("b2", b2, -MAX_ABS, MAX_ABS);
        if (step < 0 || step > Backprop.LAST_STEP) {
            throw new IllegalArgumentException("step must be 0 (nothing computed) to " + Backprop.LAST_STEP
                    + " (every gradient), not " + step + ".");
        }
    }

    /** The lesson's worked example: hidden sums come out as 0.4 and 0.5, the output as 0.576, the loss 0.0897. */
    public static BackpropState defaults() {
        return new BackpropState(new double[] {1.0, 0.5}, 1.0, new double[][] {{0.5, -0.4}, {0.3, 0.8}},
                new double[] {0.1, -0.2}, new double[] {0.7, -0.5}, 0.2, 0);
    }

    @Override
    public double[] inputs() {
        return inputs.clone();
    }

    @Override
    public double[][] w1() {
        return StateRecords.copy(w1);
    }

    @Override
    public double[] b1() {
        return b1.clone();
    }

    @Override
    public double[] w2() {
        return w2.clone();
    }

    public BackpropState withInput(int index, double value) {
        StateRules.requireIndex("input", index, Backprop.INPUTS);
        double[] next = inputs();
        next[index] = value;
        return new BackpropState(next, target, w1, b1, w2, b2, step);
    }

    public BackpropState withTarget(double value) {
        return new BackpropState(inputs, value, w1, b1, w2, b2, step);
    }

    /** A hidden-layer weight (column 0 or 1, from input 1 or 2) or bias (column 2) of hidden unit {@code unit}. */
    public BackpropState withHiddenParameter(int unit, int column, double value) {
        StateRules.requireIndex("hidden unit", unit, Backprop.HIDDEN);
        StateRules.requireIndex("hidden-layer column", column, Backprop.INPUTS + 1);
        if (column == Backprop.INPUTS) {
            double[] next = b1();
            next[unit] = value;
            return new BackpropState(inputs, target, w1, next, w2, b2, step);
        }
        double[][] next = w1();
        next[unit][column] = value;
        return new BackpropState(inputs, target, next, b1, w2, b2, step);
    }

    /** An output weight (column 0 or 1, from hidden unit 1 or 2) or the output bias (column 2). */
    public BackpropState withOutputParameter(int column, double value) {
        StateRules.requireIndex("output-layer column", column, Backprop.HIDDEN + 1);
        if (column == Backprop.HIDDEN) {
            return new BackpropState(inputs, target, w1, b1, w2, value, step);
        }
        double[] next = w2();
        next[column] = value;
        return new BackpropState(inputs, target, w1, b1, next, b2, step);
    }

    public BackpropState withStep(int value) {
        return new BackpropState(inputs, target, w1, b1, w2, b2, value);
    }

    private static double[] vector(String name, double[] values, int length) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        if (values.length != length) {
            throw new IllegalArgumentException(name + " needs exactly " + length + " numbers, not " + values.length
                    + ".");
        }
        StateRules.requireWithin(name, values, -MAX_ABS, MAX_ABS);
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return StateRecords.equal(this, other);
    }

    @Override
    public int hashCode() {
        return StateRecords.hash(this);
    }

    @Override
    public String toString() {
        return StateRecords.text(this);
    }
}
