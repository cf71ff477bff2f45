package dev.genaiplayground.compute;

/**
 * What the overfitting widget shows.
 *
 * @param trainError mean squared error on the training points of the least-squares fit of each degree 0 … 15
 * @param testError  mean squared error of the same fits on the held-out test points
 * @param bestDegree the degree with the lowest test error (the lowest such degree); every higher degree fits
 *                   noise: the overfitting region
 * @param gridX      the x at which the curves are drawn, evenly spaced over [0, 1]
 * @param fitted     the fit of the chosen degree at gridX
 * @param truth      the function the points were drawn from, sin(2πx), at gridX
 */
public record OverfittingResult(double[] trainError, double[] testError, int bestDegree, double[] gridX,
                                double[] fitted, double[] truth) {
}
