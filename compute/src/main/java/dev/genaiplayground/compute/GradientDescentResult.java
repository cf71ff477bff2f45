package dev.genaiplayground.compute;

/**
 * A run of gradient descent, step by step, for display. Every field is a plain finite number: a run that blows up
 * is stopped at the first step past the limits and reported with {@link #diverged} (or {@link #escaped}), never as
 * an infinity or NaN.
 *
 * @param path      the parameters after 0, 1, 2, … steps: for a fit [intercept, slope] (a line) or
 *                  [intercept, slope, curvature] (a parabola, y = c + b·x + a·x²), for a surface the point [x, y].
 *                  Row 0 is the start; a run that stopped early has fewer rows than steps + 1
 * @param loss      the loss at each row of {@code path} (the mean squared error of a fit, the height of a surface)
 * @param gradient  the gradient of the loss at the last row of {@code path}
 * @param gradientNorm the length of {@code gradient}
 * @param converged 1 when the last gradient is shorter than {@link GradientDescent#CONVERGED_GRADIENT}, else 0
 * @param diverged  1 when the run was stopped because the loss grew out of bounds (the learning rate overshoots),
 *                  else 0
 * @param escaped   1 when the run was stopped because the point ran off the map downhill (a surface with no
 *                  bottom, such as a saddle), else 0
 * @param curveX    a fit only: x values across the plane, for drawing the fitted curve (empty for a surface)
 * @param curveY    a fit only: the model's prediction at each of {@code curveX} with the last parameters
 * @param grid      a surface only: its height f(x, y) on a square grid over the map, {@code grid[i][j]} at
 *                  x = {@link GradientDescent#gridCoordinate}(j), y = gridCoordinate(i) (no rows for a fit)
 */
public record GradientDescentResult(double[][] path, double[] loss, double[] gradient, double gradientNorm,
                                    int converged, int diverged, int escaped, double[] curveX, double[] curveY,
                                    double[][] grid) {

    /** The number of steps actually taken: {@code path.length - 1}. */
    public int stepsTaken() {
        return path.length - 1;
    }
}
