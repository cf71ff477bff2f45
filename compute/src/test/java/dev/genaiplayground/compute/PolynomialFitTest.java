package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared polynomial least squares, and the overfitting widget's numbers, against NumPy
 * ({@code compute/reference/make_polyfit_reference.py}: numpy.polyfit in powers of x, an explicit minimum-norm
 * formula when the fit interpolates). Errors within a relative 1e-6 (they reach 1e9 for wild fits).
 */
class PolynomialFitTest {

    static final double RELATIVE = 1e-6;

    static void assertRelative(String what, double expected, double actual) {
        assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
    }

    static void assertRelative(String what, double[] expected, double[] actual) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertRelative(what + "[" + i + "]", expected[i], actual[i]);
        }
    }

    @Test
    void legendreBasisMatchesNumpyLegvander() {
        double[] row = PolynomialFit.basis(new double[] {0.65}, 15)[0]; // x̃ = 2 · 0.65 − 1 = 0.3
        // numpy.polynomial.legendre.legvander([0.3], 15)
        double[] numpy = {1.0, 0.30000000000000004, -0.365, -0.38250000000000006, 0.07293749999999993, 0.34538625, 0.1291811875000001, -0.22407298124999994, -0.23907459101562506, 0.0637003817578124, 0.2514763495160156, 0.08611792585207041, -0.18100217969140717, -0.18391780445464606, 0.06166386570754715, 0.20742165960138034};
        assertThat(row).containsExactly(numpy, within(1e-15));
    }

    @Test
    void aLineThroughExactPointsIsRecovered() {
        double[] x = {0, 0.25, 0.5, 1};
        double[] y = {1, 2, 3, 5}; // y = 1 + 4x = 3 + 2x̃: Legendre coefficients [3, 2]
        double[] w = PolynomialFit.fit(x, y, 1, 0);
        assertThat(w).containsExactly(new double[] {3, 2}, within(1e-12));
        assertThat(PolynomialFit.meanSquaredError(w, x, y)).isLessThan(1e-25);
    }

    @Test
    void moreCoefficientsThanPointsInterpolateWithTheSmallestWeights() {
        double[] x = {0.1, 0.5, 0.9};
        double[] y = {1, -1, 2};
        double[] w = PolynomialFit.fit(x, y, 15, 0);
        assertThat(PolynomialFit.predict(w, x)).containsExactly(y, within(1e-9));
        assertThat(w).hasSize(16);
        assertThat(java.util.Arrays.stream(w).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void ridgeShrinksTheWeights() {
        double[] x = {0.05, 0.2, 0.4, 0.6, 0.8, 0.95};
        double[] y = {0.3, 1.0, 0.6, -0.5, -1.1, -0.2};
        double plain = norm(PolynomialFit.fit(x, y, 5, 0));
        double ridge = norm(PolynomialFit.fit(x, y, 5, 0.01));
        double strong = norm(PolynomialFit.fit(x, y, 5, 10));
        assertThat(ridge).isLessThan(plain);
        assertThat(strong).isLessThan(ridge);
    }

    @Test
    void gradientDescentReachesTheLeastSquaresSolution() {
        double[] x = {0.05, 0.2, 0.4, 0.6, 0.8, 0.95};
        double[] y = {0.3, 1.0, 0.6, -0.5, -1.1, -0.2};
        PolynomialFit.Descent descent = PolynomialFit.descend(new double[][] {x}, new double[][] {y}, 2, 0.01,
                2000, x, y, x, y);
        assertThat(descent.finalWeights()).containsExactly(PolynomialFit.fit(x, y, 2, 0.01), within(1e-9));
        assertThat(descent.trainError()).hasSize(2001);
        for (int i = 1; i < descent.trainError().length; i++) { // a step of 1/L never increases the loss
            assertThat(descent.trainError()[i]).isLessThanOrEqualTo(descent.trainError()[i - 1] + 1e-15);
        }
    }

    static Stream<Arguments> overfittingCases() {
        return ReferenceData.cases("overfitting.json").stream().map(c -> Arguments.of(
                c.get("x").size() + " points, " + c.get("trainCount").asInt() + " for training", c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overfittingCases")
    void overfittingMatchesNumpy(String name, JsonNode c) {
        OverfittingResult r = Overfitting.compute(ReferenceData.vector(c.get("x")), ReferenceData.vector(c.get("y")),
                c.get("trainCount").asInt(), c.get("degree").asInt());
        assertRelative("train error", ReferenceData.vector(c.get("trainError")), r.trainError());
        assertRelative("test error", ReferenceData.vector(c.get("testError")), r.testError());
        assertThat(r.bestDegree()).isEqualTo(c.get("bestDegree").asInt());
        assertRelative("fitted curve", ReferenceData.vector(c.get("fitted")), r.fitted());
        assertThat(r.gridX()).hasSize(PolynomialFit.GRID).startsWith(0.0).endsWith(1.0);
    }

    @Test
    void trainingErrorNeverRisesWithTheDegree() {
        JsonNode c = ReferenceData.cases("overfitting.json").get(0);
        double[] train = Overfitting.compute(ReferenceData.vector(c.get("x")), ReferenceData.vector(c.get("y")),
                c.get("trainCount").asInt(), 3).trainError();
        for (int d = 1; d < train.length; d++) {
            assertThat(train[d]).isLessThanOrEqualTo(train[d - 1] + 1e-12);
        }
        assertThat(train[train.length - 1]).as("15 coefficients through 10 points: a perfect fit").isLessThan(1e-20);
    }

    @Test
    void badInputGetsAMessage() {
        double[] x = {0.1, 0.5, 0.9};
        assertThatThrownBy(() -> Overfitting.compute(x, new double[] {1, 2}, 1, 1))
                .hasMessage("x has 3 values but y has 2; the vectors need the same length");
        assertThatThrownBy(() -> Overfitting.compute(x, new double[] {1, Double.NaN, 2}, 1, 1))
                .hasMessage("y[1] is NaN; every value must be a finite number");
        assertThatThrownBy(() -> Overfitting.compute(x, new double[] {1, 2, 3}, 3, 1))
                .hasMessageContaining("both the training and the test set need at least one point");
        assertThatThrownBy(() -> Overfitting.compute(x, new double[] {1, 2, 3}, 2, 16))
                .hasMessage("degree = 16 is out of range; use 0 to 15");
        assertThatThrownBy(() -> Overfitting.compute(new double[] {0.1, 1.5, 0.9}, new double[] {1, 2, 3}, 2, 1))
                .hasMessage("x[1] = 1.5 lies outside the fitted interval [0, 1]");
    }

    @Test
    void splitMix64MatchesItsPythonTwin() {
        SeededRandom random = new SeededRandom(5, 1); // values from the Python in SeededRandom's Javadoc
        assertThat(random.nextLong()).isEqualTo(0x6b77a520156d982fL);
        assertThat(random.nextDouble()).isEqualTo(0.6839018018361867);
        assertThat(random.nextDouble()).isEqualTo(0.4986105863222098);
    }

    private static double norm(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
