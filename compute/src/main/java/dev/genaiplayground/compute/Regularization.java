package dev.genaiplayground.compute;

import java.util.Arrays;

/**
 * Four ways to keep a flexible polynomial from overfitting, each switchable, measured on held-out validation points:
 * an L2 penalty λ‖w‖² on the weights, early stopping of gradient descent, data augmentation with jittered copies of
 * the training points, and an ensemble of models fitted to bootstrap resamples and averaged. Every one of the 2⁴
 * combinations is fitted, so their errors can be compared side by side.
 *
 * <p>Random choices (the jitter, the resamples) come from {@link SeededRandom} with the points' seed, so the same
 * settings always give the same numbers, here and in the widget's NumPy program.
 */
public final class Regularization {

    /** Bit of a combination number that switches the L2 penalty on. */
    public static final int L2 = 1;
    /** Bit of a combination number that switches early stopping on. */
    public static final int EARLY_STOPPING = 2;
    /** Bit of a combination number that switches data augmentation on. */
    public static final int AUGMENTATION = 4;
    /** Bit of a combination number that switches the ensemble on. */
    public static final int ENSEMBLE = 8;
    /** How many combinations there are. */
    public static final int COMBINATIONS = 16;

    private Regularization() {
    }

    /** The settings of one run. */
    public record Settings(int degree, double l2, int epochs, int copies, double jitter, int models, long seed) {
    }

    /**
     * @param x          the points' x in [0, 1]; the first trainCount are for training, the rest for validation
     * @param y          the points' y
     * @param current    the combination on show: a sum of {@link #L2}, {@link #EARLY_STOPPING},
     *                   {@link #AUGMENTATION} and {@link #ENSEMBLE}
     */
    public static RegularizationResult compute(double[] x, double[] y, int trainCount, int current,
                                               Settings settings) {
        PolynomialFit.checkPoints(x, y);
        PolynomialFit.checkDegree(settings.degree());
        PolynomialFit.checkLambda(settings.l2());
        if (trainCount < 1 || trainCount >= x.length) {
            throw new IllegalArgumentException("The split leaves " + trainCount + " of " + x.length
                    + " points for training; both the training and the validation set need at least one point.");
        }
        if (current < 0 || current >= COMBINATIONS) {
            throw new IllegalArgumentException("There is no combination " + current + "; they are 0 to 15.");
        }
        if (settings.models() < 1 || settings.copies() < 1 || settings.models() * (settings.copies() + 1)
                * trainCount > PolynomialFit.MAX_POINTS * 8 || !(settings.jitter() >= 0 && settings.jitter() <= 1)) {
            throw new IllegalArgumentException("models, copies and jitter are out of range.");
        }
        double[] trainX = Arrays.copyOfRange(x, 0, trainCount);
        double[] trainY = Arrays.copyOfRange(y, 0, trainCount);
        double[] validX = Arrays.copyOfRange(x, trainCount, x.length);
        double[] validY = Arrays.copyOfRange(y, trainCount, y.length);
        double[][] augmented = augment(trainX, trainY, settings);

        double[] comboTrain = new double[COMBINATIONS];
        double[] comboValid = new double[COMBINATIONS];
        double[][] weights = new double[COMBINATIONS][];
        PolynomialFit.Descent curve = null;
        for (int combo = 0; combo < COMBINATIONS; combo++) {
            double[] setX = (combo & AUGMENTATION) != 0 ? augmented[0] : trainX;
            double[] setY = (combo & AUGMENTATION) != 0 ? augmented[1] : trainY;
            double[][][] sets = (combo & ENSEMBLE) != 0 ? resample(setX, setY, settings)
                    : new double[][][] {{setX}, {setY}};
            double lambda = (combo & L2) != 0 ? settings.l2() : 0;
            double[] w;
            if ((combo & EARLY_STOPPING) != 0) {
                PolynomialFit.Descent descent = PolynomialFit.descend(sets[0], sets[1], settings.degree(), lambda,
                        settings.epochs(), trainX, trainY, validX, validY);
                w = descent.stoppedWeights();
                if (combo == (current | EARLY_STOPPING)) {
                    curve = descent;
                }
            } else {
                w = new double[settings.degree() + 1];
                for (int m = 0; m < sets[0].length; m++) {
                    double[] wm = PolynomialFit.fit(sets[0][m], sets[1][m], settings.degree(), lambda);
                    for (int j = 0; j < w.length; j++) {
                        w[j] += wm[j] / sets[0].length;
                    }
                }
            }
            weights[combo] = w;
            comboTrain[combo] = PolynomialFit.meanSquaredError(w, trainX, trainY);
            comboValid[combo] = PolynomialFit.meanSquaredError(w, validX, validY);
        }
        double[] grid = PolynomialFit.grid();
        boolean augmenting = (current & AUGMENTATION) != 0;
        return new RegularizationResult(comboTrain[current], comboValid[current], comboTrain, comboValid,
                PolynomialFit.bestIndex(comboValid), curve.trainError(), curve.validationError(), curve.stopEpoch(),
                curve.learningRate(), grid, PolynomialFit.predict(weights[current], grid),
                PolynomialFit.predict(weights[0], grid), Arrays.stream(grid).map(PolynomialFit::truth).toArray(),
                augmenting ? Arrays.copyOfRange(augmented[0], trainCount, augmented[0].length) : new double[0],
                augmenting ? Arrays.copyOfRange(augmented[1], trainCount, augmented[1].length) : new double[0]);
    }

    /**
     * The training points followed by {@code copies} jittered copies of each (point by point): x moved by
     * jitter · (2u − 1) with u uniform in [0, 1), kept within [0, 1]; y unchanged.
     */
    static double[][] augment(double[] x, double[] y, Settings settings) {
        SeededRandom random = new SeededRandom(settings.seed(), 1);
        int n = x.length;
        int copies = settings.copies();
        double[] outX = Arrays.copyOf(x, n * (copies + 1));
        double[] outY = Arrays.copyOf(y, n * (copies + 1));
        int k = n;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < copies; c++) {
                double moved = x[i] + settings.jitter() * (2 * random.nextDouble() - 1);
                outX[k] = Math.min(1, Math.max(0, moved));
                outY[k] = y[i];
                k++;
            }
        }
        return new double[][] {outX, outY};
    }

    /** For each model, a bootstrap resample: as many points as the set has, drawn from it with replacement. */
    static double[][][] resample(double[] x, double[] y, Settings settings) {
        SeededRandom random = new SeededRandom(settings.seed(), 2);
        int models = settings.models();
        double[][] outX = new double[models][x.length];
        double[][] outY = new double[models][x.length];
        for (int m = 0; m < models; m++) {
            for (int i = 0; i < x.length; i++) {
                int pick = random.nextIndex(x.length);
                outX[m][i] = x[pick];
                outY[m][i] = y[pick];
            }
        }
        return new double[][][] {outX, outY};
    }
}
