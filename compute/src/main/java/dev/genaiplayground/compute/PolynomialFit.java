package dev.genaiplayground.compute;

import java.util.Locale;

/**
 * Least-squares polynomial fits on the interval [0, 1], shared by the overfitting and regularisation widgets.
 *
 * <p>Numerically sound up to degree {@value #MAX_DEGREE}: x is first mapped onto [−1, 1] (x̃ = 2x − 1) and the
 * polynomial is written in the Legendre basis P₀(x̃) … P_d(x̃), whose columns are close to orthogonal there (plain
 * powers x, x², …, x¹⁵ are nearly parallel and make the system hopelessly ill-conditioned). The same polynomials
 * as {@code numpy.polyfit}, only a better-behaved set of coordinates for them. The least-squares problem is solved
 * through a singular value decomposition (one-sided Jacobi), never through the normal equations, which would square
 * the condition number; with fewer points than coefficients it gives the minimum-norm solution, as
 * {@code numpy.linalg.lstsq} does.
 *
 * <p>Plain Java on purpose: the matrices are at most a few hundred × 16, and gradient descent takes up to
 * {@value #MAX_EPOCHS} tiny sequential steps per fit. ND4J costs 30–60 µs per operation here (design notes), so a
 * thousand steps of three operations would take a tenth of a second; this loop takes microseconds.
 */
public final class PolynomialFit {

    /** The highest degree the widgets offer. */
    public static final int MAX_DEGREE = 15;
    /** The most points (training, augmented copies included) one fit takes. */
    public static final int MAX_POINTS = 1024;
    /** The most gradient-descent epochs one fit runs. */
    public static final int MAX_EPOCHS = 2000;
    /**
     * Singular values below this fraction of the largest one count as zero (lstsq's {@code rcond}): directions the
     * points pin down to less than a millionth are left at zero weight. Well-spread points never come near it (the
     * widgets' samples stay above 1e-4 up to degree 15); clustered ones would otherwise give a fit that two correct
     * solvers (this one and NumPy's) disagree on in the ninth digit.
     */
    public static final double RCOND = 1e-6;
    /** How many points the drawn curves have, evenly spaced over [0, 1]. */
    public static final int GRID = 101;

    private PolynomialFit() {
    }

    /** x ∈ [0, 1] mapped onto [−1, 1], where Legendre polynomials are bounded by 1. */
    public static double scaled(double x) {
        return 2 * x - 1;
    }

    /** The {@value #GRID} evenly spaced x at which curves are drawn: 0, 0.01, …, 1. */
    public static double[] grid() {
        double[] x = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            x[i] = i / (double) (GRID - 1);
        }
        return x;
    }

    /** The function the samples come from: sin(2πx). */
    public static double truth(double x) {
        return Math.sin(2 * Math.PI * x);
    }

    /** The design matrix: row i holds P₀(x̃ᵢ) … P_degree(x̃ᵢ), by the recurrence (k+1)P_{k+1} = (2k+1)x̃P_k − kP_{k−1}. */
    public static double[][] basis(double[] x, int degree) {
        checkDegree(degree);
        double[][] rows = new double[x.length][degree + 1];
        for (int i = 0; i < x.length; i++) {
            double t = scaled(x[i]);
            double[] row = rows[i];
            row[0] = 1;
            if (degree >= 1) {
                row[1] = t;
            }
            for (int k = 1; k < degree; k++) {
                row[k + 1] = ((2 * k + 1) * t * row[k] - k * row[k - 1]) / (k + 1);
            }
        }
        return rows;
    }

    /** The polynomial with these Legendre coefficients at each x. */
    public static double[] predict(double[] coefficients, double[] x) {
        double[][] rows = basis(x, coefficients.length - 1);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = dot(rows[i], coefficients);
        }
        return out;
    }

    /** The mean of the squared differences between the polynomial and y at the points x. */
    public static double meanSquaredError(double[] coefficients, double[] x, double[] y) {
        double[] predicted = predict(coefficients, x);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = predicted[i] - y[i];
            sum += r * r;
        }
        return sum / x.length;
    }

    /**
     * The Legendre coefficients w that minimise (1/n) Σ (p_w(xᵢ) − yᵢ)² + λ‖w‖² (ridge regression; plain least
     * squares for λ = 0, the minimum-norm solution when the points do not determine the polynomial).
     */
    public static double[] fit(double[] x, double[] y, int degree, double lambda) {
        checkPoints(x, y);
        checkLambda(lambda);
        int n = x.length;
        int p = degree + 1;
        double[][] rows = basis(x, degree);
        boolean ridge = lambda > 0;
        // Ridge as plain least squares on stacked rows: [A/√n; √λ I] w ≈ [y/√n; 0].
        double[][] a = new double[n + (ridge ? p : 0)][];
        double[] b = new double[a.length];
        double rootN = Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            a[i] = new double[p];
            for (int j = 0; j < p; j++) {
                a[i][j] = rows[i][j] / rootN;
            }
            b[i] = y[i] / rootN;
        }
        if (ridge) {
            double rootLambda = Math.sqrt(lambda);
            for (int j = 0; j < p; j++) {
                a[n + j] = new double[p];
                a[n + j][j] = rootLambda;
            }
        }
        return leastSquares(a, b);
    }

    /**
     * Minimum-norm least squares min ‖Aw − b‖ through the SVD A = UΣVᵀ from one-sided Jacobi rotations: the columns
     * of AV are made orthogonal (they are then UΣ), and w = V Σ⁺ Uᵀ b with singular values below
     * {@link #RCOND} × the largest treated as zero. A tall system is first reduced to a square one by QR.
     */
    static double[] leastSquares(double[][] a, double[] b) {
        if (a.length > a[0].length) {
            double[][] rb = householder(a, b);
            return jacobi(java.util.Arrays.copyOf(rb, rb.length - 1), rb[rb.length - 1]);
        }
        return jacobi(a, b);
    }

    /**
     * A tall m × p system reduced to p × p by Householder reflections A = QR: ‖Aw − b‖² = ‖Rw − (Qᵀb)₁..ₚ‖² + a
     * constant, so both have the same least-squares solutions and the rotations then work on short columns.
     * Returns the rows of R followed by (Qᵀb)₁..ₚ as one last row.
     */
    private static double[][] householder(double[][] a, double[] b) {
        int m = a.length;
        int p = a[0].length;
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) {
            r[i] = a[i].clone();
        }
        double[] qb = b.clone();
        double[] h = new double[m];
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double hh = 0;
            for (int i = k; i < m; i++) {
                h[i] = r[i][k];
            }
            h[k] -= alpha;
            for (int i = k; i < m; i++) {
                hh += h[i] * h[i];
            }
            if (hh == 0) {
                continue;
            }
            for (int j = k; j < p; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += h[i] * r[i][j];
                }
                s = 2 * s / hh;
                for (int i = k; i < m; i++) {
                    r[i][j] -= s * h[i];
                }
            }
            double s = 0;
            for (int i = k; i < m; i++) {
                s += h[i] * qb[i];
            }
            s = 2 * s / hh;
            for (int i = k; i < m; i++) {
                qb[i] -= s * h[i];
            }
        }
        double[][] out = new double[p + 1][];
        for (int i = 0; i < p; i++) {
            out[i] = new double[p];
            System.arraycopy(r[i], i, out[i], i, p - i); // below the diagonal is zero by construction
        }
        out[p] = java.util.Arrays.copyOf(qb, p);
        return out;
    }

    private static double[] jacobi(double[][] a, double[] b) {
        int m = a.length;
        int p = a[0].length;
        double[][] u = new double[p][m]; // column-major: u[j] is column j of A, rotated into U Σ
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                u[j][i] = a[i][j];
            }
        }
        double[][] v = new double[p][p]; // v[j] is column j of V
        for (int j = 0; j < p; j++) {
            v[j][j] = 1;
        }
        double total = 0; // ‖A‖² (Frobenius): columns far below it are numerically zero and need no rotation
        for (double[] column : u) {
            total += dot(column, column);
        }
        double negligible = 1e-32 * total;
        for (int sweep = 0; sweep < 60; sweep++) {
            boolean rotated = false;
            for (int j = 0; j < p - 1; j++) {
                for (int k = j + 1; k < p; k++) {
                    double alpha = dot(u[j], u[j]);
                    double beta = dot(u[k], u[k]);
                    if (alpha <= negligible || beta <= negligible) {
                        continue;
                    }
                    double gamma = dot(u[j], u[k]);
                    if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta == 0 ? 1 : zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    rotate(u[j], u[k], c, s);
                    rotate(v[j], v[k], c, s);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] sigma = new double[p];
        double largest = 0;
        for (int j = 0; j < p; j++) {
            sigma[j] = Math.sqrt(dot(u[j], u[j]));
            largest = Math.max(largest, sigma[j]);
        }
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            if (sigma[j] <= RCOND * largest || sigma[j] == 0) {
                continue;
            }
            // (U Σ)_j · b / σ² = u_jᵀ b / σ: the coordinate along v_j
            double coordinate = dot(u[j], b) / (sigma[j] * sigma[j]);
            for (int i = 0; i < p; i++) {
                w[i] += coordinate * v[j][i];
            }
        }
        return w;
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = y[i];
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
        }
    }

    /** Everything gradient descent went through: the weights it stopped at and its error after every epoch. */
    public record Descent(double[] stoppedWeights, double[] finalWeights, double[] trainError,
                          double[] validationError, int stopEpoch, double learningRate) {
    }

    /**
     * Gradient descent on the Legendre coefficients of several models at once (an ensemble; one model is an
     * ensemble of one), from all-zero weights, on the loss (1/n) Σ (p_w(xᵢ) − yᵢ)² + λ‖w‖² of each model's own
     * training set. After every epoch the models' weights are averaged (the average of polynomials is the
     * polynomial of the averaged weights) and its error is measured on the original training points and on the
     * validation points. Early stopping keeps the weights of the epoch with the lowest validation error (the
     * earliest one, when later epochs improve it by less than one part in a billion).
     *
     * <p>The step is 1/L with L = (2/n)·trace(AᵀA) + 2λ, the largest a bound on the loss's curvature allows
     * (the trace is at least the largest eigenvalue), so the descent never diverges.
     *
     * @param trainX  per model, the x of its training set (resampled, with augmented copies)
     * @param trainY  per model, the y of its training set
     * @param epochs  how many steps; the curves have epochs + 1 values (epoch 0 is the all-zero start)
     */
    public static Descent descend(double[][] trainX, double[][] trainY, int degree, double lambda, int epochs,
                                  double[] plainTrainX, double[] plainTrainY, double[] validX, double[] validY) {
        checkLambda(lambda);
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw problem("epochs = %d is out of range; use 1 to %d", epochs, MAX_EPOCHS);
        }
        checkPoints(plainTrainX, plainTrainY);
        checkPoints(validX, validY);
        int models = trainX.length;
        int p = degree + 1;
        double[][] gram = new double[models][];
        double[][] moment = new double[models][];
        double curvature = 0;
        for (int m = 0; m < models; m++) {
            checkPoints(trainX[m], trainY[m]);
            double[][] rows = basis(trainX[m], degree);
            int n = rows.length;
            double[] g = new double[p * p];
            double[] c = new double[p];
            for (double[] row : rows) {
                for (int j = 0; j < p; j++) {
                    for (int k = 0; k < p; k++) {
                        g[j * p + k] += row[j] * row[k];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    c[j] += rows[i][j] * trainY[m][i];
                }
            }
            double trace = 0;
            for (int j = 0; j < p; j++) {
                trace += g[j * p + j];
            }
            for (int j = 0; j < p * p; j++) {
                g[j] *= 2.0 / n; // the gradient is (2/n)(AᵀA w − Aᵀy) + 2λw
            }
            for (int j = 0; j < p; j++) {
                c[j] *= 2.0 / n;
            }
            gram[m] = g;
            moment[m] = c;
            curvature = Math.max(curvature, 2.0 / n * trace + 2 * lambda);
        }
        double rate = 1 / curvature;
        double[][] trainRows = basis(plainTrainX, degree);
        double[][] validRows = basis(validX, degree);
        double[][] w = new double[models][p];
        double[] mean = new double[p];
        double[] trainCurve = new double[epochs + 1];
        double[] validCurve = new double[epochs + 1];
        double[][] history = new double[epochs + 1][];
        double[] gradient = new double[p];
        for (int epoch = 0; epoch <= epochs; epoch++) {
            if (epoch > 0) {
                for (int m = 0; m < models; m++) {
                    double[] g = gram[m];
                    double[] wm = w[m];
                    for (int j = 0; j < p; j++) {
                        double s = 0;
                        for (int k = 0; k < p; k++) {
                            s += g[j * p + k] * wm[k];
                        }
                        gradient[j] = s - moment[m][j] + 2 * lambda * wm[j];
                    }
                    for (int j = 0; j < p; j++) {
                        wm[j] -= rate * gradient[j];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int m = 0; m < models; m++) {
                    s += w[m][j];
                }
                mean[j] = s / models;
            }
            history[epoch] = mean.clone();
            trainCurve[epoch] = mse(trainRows, mean, plainTrainY);
            validCurve[epoch] = mse(validRows, mean, validY);
        }
        int stop = bestIndex(validCurve);
        return new Descent(history[stop], history[epochs], trainCurve, validCurve, stop, rate);
    }

    /** The index of the smallest value; the earliest one within one part in a billion of it. */
    public static int bestIndex(double[] values) {
        double lowest = Double.POSITIVE_INFINITY;
        for (double value : values) {
            lowest = Math.min(lowest, value);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= lowest * (1 + 1e-9)) {
                return i;
            }
        }
        return 0;
    }

    private static double mse(double[][] rows, double[] w, double[] y) {
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            double r = dot(rows[i], w) - y[i];
            sum += r * r;
        }
        return sum / rows.length;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void checkDegree(int degree) {
        if (degree < 0 || degree > MAX_DEGREE) {
            throw problem("degree = %d is out of range; use 0 to %d", degree, MAX_DEGREE);
        }
    }

    static void checkLambda(double lambda) {
        InputCheck.value("l2", lambda);
        if (lambda < 0) {
            throw problem("l2 = %s is negative; a penalty strength must be 0 or more", lambda);
        }
    }

    /** x and y of the same non-zero length, x within [0, 1], y finite. */
    static void checkPoints(double[] x, double[] y) {
        InputCheck.vector("x", x, MAX_POINTS);
        InputCheck.vector("y", y, MAX_POINTS);
        InputCheck.sameLength("x", x, "y", y);
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0 && x[i] <= 1)) {
                throw problem("x[%d] = %s lies outside the fitted interval [0, 1]", i, x[i]);
            }
            if (Math.abs(y[i]) > 1e6) {
                throw problem("y[%d] = %s is too large; keep |y| at most 1e6", i, y[i]);
            }
        }
    }

    private static IllegalArgumentException problem(String format, Object... args) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
}
