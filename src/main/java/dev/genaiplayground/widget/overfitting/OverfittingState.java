package dev.genaiplayground.widget.overfitting;

import dev.genaiplayground.compute.PolynomialFit;
import dev.genaiplayground.compute.SamplePoints;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The overfitting widget's whole state. The points ARE the data: x in [0, 1] and y, in the order they were drawn;
 * the first round(split · n) of them are the training set and the rest the test set. {@code seed} and
 * {@code noise} record how the points were drawn (y = sin(2πx) + noise · z): changing either draws them again,
 * so the person can ask for a new sample or a noisier one.
 */
public record OverfittingState(
        @Limits(min = 0, max = 1, minCount = OverfittingState.MIN_POINTS, maxCount = OverfittingState.MAX_POINTS,
                note = "the points' x, in [0, 1]") double[] x,
        @Limits(min = -OverfittingState.MAX_ABS_Y, max = OverfittingState.MAX_ABS_Y,
                note = "the points' y, one for each x") double[] y,
        @Limits(min = 0, max = OverfittingState.MAX_DEGREE) int degree,
        @Limits(min = OverfittingState.MIN_SPLIT, max = OverfittingState.MAX_SPLIT,
                note = "the share of the points used for training (the first ones)") double split,
        @Limits(min = 0, max = OverfittingState.MAX_NOISE, note = "changing it draws the points again") double noise,
        @Limits(min = 0, max = OverfittingState.MAX_SEED, note = "changing it draws new points") int seed) {

    public static final int MIN_POINTS = 4;
    public static final int MAX_POINTS = 40;
    public static final double MAX_ABS_Y = 10;
    public static final int MAX_DEGREE = PolynomialFit.MAX_DEGREE;
    public static final double MIN_SPLIT = 0.1;
    public static final double MAX_SPLIT = 0.9;
    public static final double MAX_NOISE = 1;
    public static final int MAX_SEED = 999_999;

    public OverfittingState {
        StateRules.requireCount("x", x, MIN_POINTS, MAX_POINTS);
        StateRules.requireWithin("x", x, 0, 1);
        StateRules.requireCount("y", y, MIN_POINTS, MAX_POINTS);
        if (y.length != x.length) {
            throw new IllegalArgumentException("y needs one number for each x: " + x.length + ", not " + y.length
                    + ".");
        }
        StateRules.requireWithin("y", y, -MAX_ABS_Y, MAX_ABS_Y);
        if (degree < 0 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("degree must be 0 to " + MAX_DEGREE + ", not " + degree + ".");
        }
        StateRules.requireWithin("split", split, MIN_SPLIT, MAX_SPLIT);
        int train = trainCount(split, x.length);
        if (train < 1 || train >= x.length) {
            throw new IllegalArgumentException("split " + split + " of " + x.length + " points leaves "
                    + (train < 1 ? "no training point" : "no test point") + "; use more points or a split nearer 0.5.");
        }
        StateRules.requireWithin("noise", noise, 0, MAX_NOISE);
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be 0 to " + MAX_SEED + ", not " + seed + ".");
        }
        x = x.clone();
        y = y.clone();
    }

    /** 20 points with noise 0.25, half of them for training, and a cubic: a good fit to start from. */
    public static OverfittingState defaults() {
        return drawn(1, 20, 0.25, 0.5, 3);
    }

    /** Points drawn from a seed. */
    public static OverfittingState drawn(int seed, int count, double noise, double split, int degree) {
        StateRules.requireCount("points", count, MIN_POINTS, MAX_POINTS);
        StateRules.requireWithin("noise", noise, 0, MAX_NOISE);
        double[][] points = SamplePoints.draw(seed, count, noise);
        return new OverfittingState(points[0], points[1], degree, split, noise, seed);
    }

    /** How many of n points a split trains on: split · n rounded half up (the same rule as the NumPy code). */
    public static int trainCount(double split, int n) {
        return (int) Math.floor(split * n + 0.5);
    }

    public int trainCount() {
        return trainCount(split, x.length);
    }

    public int count() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public OverfittingState withDegree(int value) {
        return new OverfittingState(x, y, value, split, noise, seed);
    }

    public OverfittingState withSplit(double value) {
        return new OverfittingState(x, y, degree, value, noise, seed);
    }

    /** The same seed's points with another noise level (the same noise pattern, scaled). */
    public OverfittingState withNoise(double value) {
        return drawn(seed, count(), value, split, degree);
    }

    public OverfittingState withSeed(int value) {
        if (value < 0 || value > MAX_SEED) {
            throw new IllegalArgumentException("seed must be 0 to " + MAX_SEED + ", not " + value + ".");
        }
        return drawn(value, count(), noise, split, degree);
    }

    /** A new sample: the next seed. */
    public OverfittingState withNextSeed() {
        return withSeed(seed >= MAX_SEED ? 0 : seed + 1);
    }

    /** As many points, drawn again from the seed. */
    public OverfittingState withCount(int value) {
        return drawn(seed, value, noise, split, degree);
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
