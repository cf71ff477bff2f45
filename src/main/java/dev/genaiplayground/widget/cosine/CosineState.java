package dev.genaiplayground.widget.cosine;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The cosine widget's whole state: two vectors of the same length. A zero vector is allowed (the widget explains why
 * its cosine is undefined). Arrays are copied in and out so a state never changes.
 */
public record CosineState(
        @Limits(min = -CosineState.MAX_ABS_VALUE, max = CosineState.MAX_ABS_VALUE, minCount = CosineState.MIN_LENGTH,
                maxCount = CosineState.MAX_LENGTH) double[] a,
        @Limits(min = -CosineState.MAX_ABS_VALUE, max = CosineState.MAX_ABS_VALUE, minCount = CosineState.MIN_LENGTH,
                maxCount = CosineState.MAX_LENGTH, note = "as many numbers as a") double[] b) {

    public static final int MIN_LENGTH = 1;
    public static final int MAX_LENGTH = 32;
    public static final double MAX_ABS_VALUE = 100;

    public CosineState {
        StateRules.requireCount("a", a, MIN_LENGTH, MAX_LENGTH);
        StateRules.requireCount("b", b, MIN_LENGTH, MAX_LENGTH);
        StateRules.requireWithin("a", a, -MAX_ABS_VALUE, MAX_ABS_VALUE);
        StateRules.requireWithin("b", b, -MAX_ABS_VALUE, MAX_ABS_VALUE);
        if (a.length != b.length) {
            throw new IllegalArgumentException("a has " + a.length + " numbers but b has " + b.length
                    + "; give both vectors the same length.");
        }
        a = a.clone();
        b = b.clone();
    }

    /** Two vectors on the plane, 45° apart: a = [3, 1], b = [1, 2]. */
    public static CosineState defaults() {
        return new CosineState(new double[] {3, 1}, new double[] {1, 2});
    }

    /** The curriculum's worked example: [1, 2, 3] and [4, 5, 6], cosine 0.9746. */
    public static CosineState workedExample() {
        return new CosineState(new double[] {1, 2, 3}, new double[] {4, 5, 6});
    }

    @Override
    public double[] a() {
        return a.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    public int length() {
        return a.length;
    }

    public CosineState withA(double[] values) {
        return new CosineState(values, b);
    }

    public CosineState withB(double[] values) {
        return new CosineState(a, values);
    }

    /** Both vectors at once (a new length needs both). */
    public CosineState withVectors(double[] newA, double[] newB) {
        return new CosineState(newA, newB);
    }

    /** Moves the tip of vector 0 (a) or 1 (b) of a two-dimensional pair to (x, y). */
    public CosineState withTip(int vector, double x, double y) {
        StateRules.requireIndex("vector", vector, 2);
        if (length() != 2) {
            throw new IllegalArgumentException("Only two-dimensional vectors can be dragged on the plane; these have "
                    + length() + " numbers. Type them instead.");
        }
        double[] tip = {x, y};
        return vector == 0 ? withA(tip) : withB(tip);
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
