package dev.genaiplayground.compute;

import java.util.Arrays;

/**
 * Train/test split and overfitting: polynomials of every degree from 0 to {@value PolynomialFit#MAX_DEGREE} fitted
 * by least squares to the training points, each measured on the training points and on the held-out test points.
 */
public final class Overfitting {

    private Overfitting() {
    }

    /**
     * @param x          the points' x, in [0, 1]
     * @param y          the points' y
     * @param trainCount the first trainCount points are the training set, the others the test set (at least one each)
     * @param degree     the degree whose fitted curve is drawn
     */
    public static OverfittingResult compute(double[] x, double[] y, int trainCount, int degree) {
        PolynomialFit.checkPoints(x, y);
        PolynomialFit.checkDegree(degree);
        if (trainCount < 1 || trainCount >= x.length) {
            throw new IllegalArgumentException("The split leaves " + trainCount + " of " + x.length
                    + " points for training; both the training and the test set need at least one point.");
        }
        double[] trainX = Arrays.copyOfRange(x, 0, trainCount);
        double[] trainY = Arrays.copyOfRange(y, 0, trainCount);
        double[] testX = Arrays.copyOfRange(x, trainCount, x.length);
        double[] testY = Arrays.copyOfRange(y, trainCount, y.length);
        double[] trainError = new double[PolynomialFit.MAX_DEGREE + 1];
        double[] testError = new double[PolynomialFit.MAX_DEGREE + 1];
        double[] shown = null;
        for (int d = 0; d <= PolynomialFit.MAX_DEGREE; d++) {
            double[] w = PolynomialFit.fit(trainX, trainY, d, 0);
            trainError[d] = PolynomialFit.meanSquaredError(w, trainX, trainY);
            testError[d] = PolynomialFit.meanSquaredError(w, testX, testY);
            if (d == degree) {
                shown = w;
            }
        }
        double[] grid = PolynomialFit.grid();
        double[] truth = Arrays.stream(grid).map(PolynomialFit::truth).toArray();
        return new OverfittingResult(trainError, testError, PolynomialFit.bestIndex(testError), grid,
                PolynomialFit.predict(shown, grid), truth);
    }
}
