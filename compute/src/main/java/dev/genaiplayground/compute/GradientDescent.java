package dev.genaiplayground.compute;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient descent with momentum, step by step: fitting a line or a parabola to points with the mean squared
 * error, or walking down a two-dimensional loss surface. Each step is
 * <pre>  v ← μ·v − η·∇L(θ),   θ ← θ + v</pre>
 * with learning rate η and momentum μ (μ = 0 is plain gradient descent), starting from v = 0.
 *
 * <p>A learning rate that is too large makes every step overshoot further: the run is stopped at the first step
 * whose loss is more than {@link #DIVERGED_LOSS_RATIO} times the starting loss (a fit) or whose point leaves the
 * square ±{@link #MAP_LIMIT} (a surface), and the result says so. Nothing ever becomes infinite or NaN.
 */
public final class GradientDescent {

    /** The most steps one run may take. */
    public static final int MAX_STEPS = 500;
    /** A fit stops as diverged once its loss is this many times its starting loss. */
    public static final double DIVERGED_LOSS_RATIO = 100;
    /** A fit also stops as diverged once a parameter exceeds this size (when its start had no loss at all). */
    public static final double DIVERGED_PARAMETER = 1e6;
    /** A surface walk stops once |x| or |y| exceeds this: far outside the map of ±{@link #MAP_HALF_WIDTH}. */
    public static final double MAP_LIMIT = 10;
    /** The map of a surface spans −3 to 3 in x and y. */
    public static final double MAP_HALF_WIDTH = 3;
    /** Grid points per side of a surface's height map. */
    public static final int GRID_SIZE = 41;
    /** A fit's curve is drawn through this many x values from −{@link #FIT_X_RANGE} to +{@link #FIT_X_RANGE}. */
    public static final int CURVE_POINTS = 61;
    public static final double FIT_X_RANGE = 3;
    /** A gradient shorter than this counts as converged. */
    public static final double CONVERGED_GRADIENT = 1e-4;

    /** What is fitted to the points. */
    public enum Model {
        /** y = c + b·x: parameters [c, b]. */
        LINE,
        /** y = c + b·x + a·x²: parameters [c, b, a]. */
        PARABOLA;

        public int parameters() {
            return this == LINE ? 2 : 3;
        }
    }

    /** The loss surfaces f(x, y) to walk down. */
    public enum Surface {
        /** f = x² + y²: one round minimum at (0, 0); diverges for η > 1. */
        BOWL,
        /** f = 0.1·x² + 2·y²: a long narrow valley, 20 times steeper across than along; diverges for η > 0.5. */
        VALLEY,
        /** f = (x² − 1)² + 0.3·x + y²: a deeper minimum near x = −1 and a shallower one near x = 1. */
        TWO_MINIMA,
        /** f = x² − y²: uphill along x, downhill along y, with a flat saddle point at (0, 0) and no bottom. */
        SADDLE;

        /** The height at (x, y). */
        public double height(double x, double y) {
            return switch (this) {
                case BOWL -> x * x + y * y;
                case VALLEY -> 0.1 * x * x + 2 * y * y;
                case TWO_MINIMA -> (x * x - 1) * (x * x - 1) + 0.3 * x + y * y;
                case SADDLE -> x * x - y * y;
            };
        }

        /** ∂f/∂x at (x, y). */
        public double slopeX(double x, double y) {
            return switch (this) {
                case BOWL, SADDLE -> 2 * x;
                case VALLEY -> 0.2 * x;
                case TWO_MINIMA -> 4 * x * (x * x - 1) + 0.3;
            };
        }

        /** ∂f/∂y at (x, y). */
        public double slopeY(double x, double y) {
            return switch (this) {
                case BOWL, TWO_MINIMA -> 2 * y;
                case VALLEY -> 4 * y;
                case SADDLE -> -2 * y;
            };
        }
    }

    private GradientDescent() {
    }

    /** The x (or y) of grid column (row) {@code index} of a surface's height map. */
    public static double gridCoordinate(int index) {
        return -MAP_HALF_WIDTH + 2 * MAP_HALF_WIDTH * index / (GRID_SIZE - 1);
    }

    /**
     * Fits {@code model} to {@code points} (rows [x, y]) by {@code steps} steps of gradient descent on the mean
     * squared error, starting with every parameter 0.
     *
     * <p>The gradient is (2/n)·Φᵀ(Φθ − y) for the feature matrix Φ (rows [1, x] or [1, x, x²]); Φᵀ[Φ | y] is one
     * ND4J product, after which each step is a few multiplications with that small matrix.
     */
    public static GradientDescentResult fit(double[][] points, Model model, double learningRate, double momentum,
                                            int steps) {
        InputCheck.matrix("points", points, 1000, 2);
        if (points[0].length != 2) {
            throw new IllegalArgumentException("points need two numbers each, x and y");
        }
        checkSettings(learningRate, momentum, steps);
        int n = points.length;
        int p = model.parameters();
        double[][] features = new double[n][p + 1]; // [1, x, (x²), y]
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double x = points[i][0];
            features[i][0] = 1;
            features[i][1] = x;
            if (p == 3) {
                features[i][2] = x * x;
            }
            features[i][p] = points[i][1];
            ys[i] = points[i][1];
        }
        // moments = Φᵀ[Φ | y]: p × (p + 1); the gradient is (2/n)(moments[:, :p]·θ − moments[:, p]).
        double[][] moments = Workspaces.run(() -> {
            INDArray all = NdArrays.matrix(features);
            INDArray phi = all.getColumns(java.util.stream.IntStream.range(0, p).toArray());
            return NdArrays.toMatrix(phi.transpose().mmul(all));
        });

        double[][] path = new double[steps + 1][];
        double[] loss = new double[steps + 1];
        double[] theta = new double[p];
        double[] velocity = new double[p];
        path[0] = theta.clone();
        loss[0] = meanSquaredError(features, ys, theta);
        double[] gradient = fitGradient(moments, theta, n);
        int taken = 0;
        boolean diverged = false;
        while (taken < steps) {
            for (int j = 0; j < p; j++) {
                velocity[j] = momentum * velocity[j] - learningRate * gradient[j];
                theta[j] = theta[j] + velocity[j];
            }
            taken++;
            path[taken] = theta.clone();
            loss[taken] = meanSquaredError(features, ys, theta);
            gradient = fitGradient(moments, theta, n);
            if (loss[taken] > DIVERGED_LOSS_RATIO * loss[0] && loss[0] > 0 || largest(theta) > DIVERGED_PARAMETER) {
                diverged = true;
                break;
            }
        }
        double[] curveX = new double[CURVE_POINTS];
        double[] curveY = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            double x = -FIT_X_RANGE + 2 * FIT_X_RANGE * k / (CURVE_POINTS - 1);
            curveX[k] = x;
            curveY[k] = predict(theta, x);
        }
        double norm = length(gradient);
        return new GradientDescentResult(Arrays.copyOf(path, taken + 1), Arrays.copyOf(loss, taken + 1), gradient,
                norm, norm < CONVERGED_GRADIENT && !diverged ? 1 : 0, diverged ? 1 : 0, 0, curveX, curveY,
                new double[0][]);
    }

    /**
     * Walks down {@code surface} from {@code start} = [x, y] for {@code steps} steps. Plain arithmetic: the surfaces
     * are two-variable formulas with no linear algebra in them.
     */
    public static GradientDescentResult surface(Surface surface, double[] start, double learningRate, double momentum,
                                                int steps) {
        InputCheck.vector("start", start, 2);
        if (start.length != 2) {
            throw new IllegalArgumentException("start needs two numbers, x and y");
        }
        checkSettings(learningRate, momentum, steps);
        double x = start[0];
        double y = start[1];
        double vx = 0;
        double vy = 0;
        double[][] path = new double[steps + 1][];
        double[] loss = new double[steps + 1];
        path[0] = new double[] {x, y};
        loss[0] = surface.height(x, y);
        double gx = surface.slopeX(x, y);
        double gy = surface.slopeY(x, y);
        int taken = 0;
        boolean offMap = false;
        while (taken < steps) {
            vx = momentum * vx - learningRate * gx;
            vy = momentum * vy - learningRate * gy;
            x = x + vx;
            y = y + vy;
            taken++;
            path[taken] = new double[] {x, y};
            loss[taken] = surface.height(x, y);
            gx = surface.slopeX(x, y);
            gy = surface.slopeY(x, y);
            if (Math.abs(x) > MAP_LIMIT || Math.abs(y) > MAP_LIMIT) {
                offMap = true;
                break;
            }
        }
        double[][] grid = new double[GRID_SIZE][GRID_SIZE];
        for (int i = 0; i < GRID_SIZE; i++) {
            for (int j = 0; j < GRID_SIZE; j++) {
                grid[i][j] = surface.height(gridCoordinate(j), gridCoordinate(i));
            }
        }
        boolean uphill = offMap && loss[taken] > loss[0];
        double norm = Math.sqrt(gx * gx + gy * gy);
        return new GradientDescentResult(Arrays.copyOf(path, taken + 1), Arrays.copyOf(loss, taken + 1),
                new double[] {gx, gy}, norm, !offMap && norm < CONVERGED_GRADIENT ? 1 : 0, uphill ? 1 : 0,
                offMap && !uphill ? 1 : 0, new double[0], new double[0], grid);
    }

    /** c + b·x (+ a·x²) for parameters [c, b(, a)]. */
    public static double predict(double[] theta, double x) {
        double y = theta[0] + theta[1] * x;
        return theta.length == 3 ? y + theta[2] * x * x : y;
    }

    private static double meanSquaredError(double[][] features, double[] ys, double[] theta) {
        double sum = 0;
        int p = theta.length;
        for (int i = 0; i < ys.length; i++) {
            double prediction = 0;
            for (int j = 0; j < p; j++) {
                prediction += features[i][j] * theta[j];
            }
            double residual = prediction - ys[i];
            sum += residual * residual;
        }
        return sum / ys.length;
    }

    private static double[] fitGradient(double[][] moments, double[] theta, int n) {
        int p = theta.length;
        double[] gradient = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = -moments[j][p];
            for (int k = 0; k < p; k++) {
                sum += moments[j][k] * theta[k];
            }
            gradient[j] = 2 * sum / n;
        }
        return gradient;
    }

    private static double largest(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    private static double length(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    private static void checkSettings(double learningRate, double momentum, int steps) {
        InputCheck.value("learning rate", learningRate);
        InputCheck.value("momentum", momentum);
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("the learning rate must be positive, not " + learningRate);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("momentum must be at least 0 and below 1, not " + momentum);
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 0 to " + MAX_STEPS + ", not " + steps);
        }
    }
}
