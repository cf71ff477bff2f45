package dev.genaiplayground.widget.regularization;

import dev.genaiplayground.compute.PolynomialFit;
import dev.genaiplayground.compute.Regularization;
import dev.genaiplayground.compute.SamplePoints;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The regularisation widget's whole state: the points (the first round(split · n) train, the rest validate; drawn
 * from {@code seed} with {@code noise}, like the overfitting widget's), the polynomial degree, and the four
 * remedies, each switched on or off with its own setting: an L2 penalty of strength {@code l2}, early stopping of
 * gradient descent run for {@code epochs}, {@code copies} jittered copies of each training point (x moved by up to
 * ±{@code jitter}), and an ensemble of {@code models} fitted to bootstrap resamples. The seed also drives the
 * jitter and the resamples, so the numbers never change for the same settings.
 */
public record RegularizationState(
        @Limits(min = 0, max = 1, minCount = RegularizationState.MIN_POINTS,
                maxCount = RegularizationState.MAX_POINTS, note = "the points' x, in [0, 1]") double[] x,
        @Limits(min = -RegularizationState.MAX_ABS_Y, max = RegularizationState.MAX_ABS_Y,
                note = "the points' y, one for each x") double[] y,
        @Limits(min = 0, max = RegularizationState.MAX_DEGREE) int degree,
        @Limits(min = RegularizationState.MIN_SPLIT, max = RegularizationState.MAX_SPLIT,
                note = "the share of the points used for training (the first ones); the rest validate")
        double split,
        @Limits(min = 0, max = RegularizationState.MAX_NOISE, note = "changing it draws the points again")
        double noise,
        @Limits(min = 0, max = RegularizationState.MAX_SEED,
                note = "changing it draws new points, jitter and resamples") int seed,
        @Limits(min = 0, max = RegularizationState.MAX_L2, note = "the penalty strength λ in λ‖w‖²") double l2,
        boolean useL2,
        boolean earlyStopping,
        boolean augmentation,
        boolean ensemble,
        @Limits(min = RegularizationState.MIN_EPOCHS, max = RegularizationState.MAX_EPOCHS) int epochs,
        @Limits(min = 1, max = RegularizationState.MAX_COPIES, note = "jittered copies of each training point")
        int copies,
        @Limits(min = RegularizationState.MIN_JITTER, max = RegularizationState.MAX_JITTER,
                note = "how far a copy's x may move, either way") double jitter,
        @Limits(min = 2, max = RegularizationState.MAX_MODELS, note = "models in the ensemble") int models) {

    public static final int MIN_POINTS = 4;
    public static final int MAX_POINTS = 40;
    public static final double MAX_ABS_Y = 10;
    public static final int MAX_DEGREE = PolynomialFit.MAX_DEGREE;
    public static final double MIN_SPLIT = 0.1;
    public static final double MAX_SPLIT = 0.9;
    public static final double MAX_NOISE = 1;
    public static final int MAX_SEED = 999_999;
    public static final double MAX_L2 = 10;
    public static final int MIN_EPOCHS = 10;
    public static final int MAX_EPOCHS = 1000;
    public static final int MAX_COPIES = 3;
    public static final double MIN_JITTER = 0.005;
    public static final double MAX_JITTER = 0.2;
    public static final int MAX_MODELS = 5;

    public RegularizationState {
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
                    + (train < 1 ? "no training point" : "no validation point")
                    + "; use more points or a split nearer 0.5.");
        }
        StateRules.requireWithin("noise", noise, 0, MAX_NOISE);
        requireWhole("seed", seed, 0, MAX_SEED);
        StateRules.requireWithin("l2", l2, 0, MAX_L2);
        requireWhole("epochs", epochs, MIN_EPOCHS, MAX_EPOCHS);
        requireWhole("copies", copies, 1, MAX_COPIES);
        StateRules.requireWithin("jitter", jitter, MIN_JITTER, MAX_JITTER);
        requireWhole("models", models, 2, MAX_MODELS);
        x = x.clone();
        y = y.clone();
    }

    /**
     * Degree 12 on 10 training points: the plain fit goes wild between them. Every remedy is off, with a penalty of
     * 0.01, 1000 epochs, 3 copies jittered by up to 0.1 and 5 models ready to switch on.
     */
    public static RegularizationState defaults() {
        double[][] points = SamplePoints.draw(1, 20, 0.25);
        return new RegularizationState(points[0], points[1], 12, 0.5, 0.25, 1, 0.01, false, false, false, false,
                1000, 3, 0.1, 5);
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

    /** The combination on show, as {@link Regularization} numbers them: L2 1, early stopping 2, augmentation 4, ensemble 8. */
    public int combination() {
        return (useL2 ? Regularization.L2 : 0) | (earlyStopping ? Regularization.EARLY_STOPPING : 0)
                | (augmentation ? Regularization.AUGMENTATION : 0) | (ensemble ? Regularization.ENSEMBLE : 0);
    }

    public Regularization.Settings settings() {
        return new Regularization.Settings(degree, l2, epochs, copies, jitter, models, seed);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    private RegularizationState withPoints(int newSeed, int count, double newNoise) {
        StateRules.requireCount("points", count, MIN_POINTS, MAX_POINTS);
        StateRules.requireWithin("noise", newNoise, 0, MAX_NOISE);
        requireWhole("seed", newSeed, 0, MAX_SEED);
        double[][] points = SamplePoints.draw(newSeed, count, newNoise);
        return new RegularizationState(points[0], points[1], degree, split, newNoise, newSeed, l2, useL2,
                earlyStopping, augmentation, ensemble, epochs, copies, jitter, models);
    }

    public RegularizationState withNoise(double value) {
        return withPoints(seed, count(), value);
    }

    public RegularizationState withNextSeed() {
        return withPoints(seed >= MAX_SEED ? 0 : seed + 1, count(), noise);
    }

    public RegularizationState withCount(int value) {
        return withPoints(seed, value, noise);
    }

    public RegularizationState withDegree(int value) {
        return new RegularizationState(x, y, value, split, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, epochs, copies, jitter, models);
    }

    public RegularizationState withSplit(double value) {
        return new RegularizationState(x, y, degree, value, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, epochs, copies, jitter, models);
    }

    public RegularizationState withL2(double value) {
        return new RegularizationState(x, y, degree, split, noise, seed, value, useL2, earlyStopping, augmentation,
                ensemble, epochs, copies, jitter, models);
    }

    public RegularizationState withUseL2(boolean on) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, on, earlyStopping, augmentation,
                ensemble, epochs, copies, jitter, models);
    }

    public RegularizationState withEarlyStopping(boolean on) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, on, augmentation, ensemble,
                epochs, copies, jitter, models);
    }

    public RegularizationState withAugmentation(boolean on) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, on, ensemble,
                epochs, copies, jitter, models);
    }

    public RegularizationState withEnsemble(boolean on) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, augmentation, on,
                epochs, copies, jitter, models);
    }

    /** The four switches from a combination number (L2 1, early stopping 2, augmentation 4, ensemble 8). */
    public RegularizationState withCombination(int combination) {
        if (combination < 0 || combination >= Regularization.COMBINATIONS) {
            throw new IllegalArgumentException("There is no combination " + combination + ".");
        }
        return new RegularizationState(x, y, degree, split, noise, seed, l2, (combination & Regularization.L2) != 0,
                (combination & Regularization.EARLY_STOPPING) != 0, (combination & Regularization.AUGMENTATION) != 0,
                (combination & Regularization.ENSEMBLE) != 0, epochs, copies, jitter, models);
    }

    public RegularizationState withEpochs(int value) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, value, copies, jitter, models);
    }

    public RegularizationState withCopies(int value) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, epochs, value, jitter, models);
    }

    public RegularizationState withJitter(double value) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, epochs, copies, value, models);
    }

    public RegularizationState withModels(int value) {
        return new RegularizationState(x, y, degree, split, noise, seed, l2, useL2, earlyStopping, augmentation,
                ensemble, epochs, copies, jitter, value);
    }

    private static void requireWhole(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", not " + value + ".");
        }
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
