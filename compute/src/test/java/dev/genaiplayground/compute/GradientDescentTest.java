package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.matrix;
import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.compute.GradientDescent.Surface;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GradientDescent against the NumPy references of {@code make_reference_gd_cosine.py} (absolute tolerance 1e-6),
 * its stopping rules, and its input checks.
 */
class GradientDescentTest {

    private static final double[][] LINE_POINTS = {{-2.5, -1.2}, {-1.5, 0.1}, {-0.5, 0.2}, {0.5, 1.6}, {1.5, 2.0},
        {2.5, 3.1}};

    static Stream<Arguments> fitCases() {
        return ReferenceData.cases("gradient_descent_fit.json").stream().map(c -> Arguments.of(
                c.get("model").asText() + " lr " + c.get("lr").asDouble() + " momentum " + c.get("momentum").asDouble()
                        + ", " + c.get("points").size() + " points, " + c.get("steps").asInt() + " steps", c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fitCases")
    void fitMatchesReference(String name, JsonNode c) {
        GradientDescentResult r = GradientDescent.fit(matrix(c.get("points")), Model.valueOf(c.get("model").asText()),
                c.get("lr").asDouble(), c.get("momentum").asDouble(), c.get("steps").asInt());
        assertClose("path", matrix(c.get("path")), r.path());
        assertClose("loss", vector(c.get("loss")), r.loss());
        assertClose("gradient", vector(c.get("gradient")), r.gradient());
        assertClose("gradient norm", c.get("gradientNorm").asDouble(), r.gradientNorm());
        assertThat(r.diverged()).isEqualTo(c.get("diverged").asInt());
        assertThat(r.escaped()).isZero();
        assertClose("curve", vector(c.get("curveY")), r.curveY());
        assertThat(r.grid()).isEmpty();
    }

    static Stream<Arguments> surfaceCases() {
        return ReferenceData.cases("gradient_descent_surface.json").stream().map(c -> Arguments.of(
                c.get("surface").asText() + " from " + c.get("start") + " lr " + c.get("lr").asDouble() + " momentum "
                        + c.get("momentum").asDouble() + ", " + c.get("steps").asInt() + " steps", c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaceCases")
    void surfaceMatchesReference(String name, JsonNode c) {
        GradientDescentResult r = GradientDescent.surface(Surface.valueOf(c.get("surface").asText()),
                vector(c.get("start")), c.get("lr").asDouble(), c.get("momentum").asDouble(), c.get("steps").asInt());
        assertClose("path", matrix(c.get("path")), r.path());
        assertClose("loss", vector(c.get("loss")), r.loss());
        assertClose("gradient", vector(c.get("gradient")), r.gradient());
        assertClose("gradient norm", c.get("gradientNorm").asDouble(), r.gradientNorm());
        assertThat(r.diverged()).as("diverged").isEqualTo(c.get("diverged").asInt());
        assertThat(r.escaped()).as("escaped").isEqualTo(c.get("escaped").asInt());
        if (c.has("grid")) {
            assertClose("grid", matrix(c.get("grid")), r.grid());
        }
        assertThat(r.curveX()).isEmpty();
    }

    @Test
    void aLineFitConvergesToTheLeastSquaresLine() {
        GradientDescentResult r = GradientDescent.fit(LINE_POINTS, Model.LINE, 0.1, 0, GradientDescent.MAX_STEPS);
        // least squares by hand: mean x = 0, mean y = 0.9667, slope = Σxy / Σx² = 14.3 / 17.5
        double[] last = r.path()[r.stepsTaken()];
        assertThat(last[0]).isCloseTo(5.8 / 6, within(1e-9));
        assertThat(last[1]).isCloseTo(14.3 / 17.5, within(1e-9));
        assertThat(r.converged()).isEqualTo(1);
        assertThat(r.diverged()).isZero();
    }

    @Test
    void theLossNeverRisesForASmallRateWithoutMomentum() {
        double[] loss = GradientDescent.fit(LINE_POINTS, Model.PARABOLA, 0.02, 0, 200).loss();
        for (int i = 1; i < loss.length; i++) {
            assertThat(loss[i]).isLessThanOrEqualTo(loss[i - 1]);
        }
    }

    @Test
    void aTooLargeRateStopsAsDivergedWithFiniteNumbers() {
        GradientDescentResult r = GradientDescent.fit(LINE_POINTS, Model.PARABOLA, 2, 0.99, 500);
        assertThat(r.diverged()).isEqualTo(1);
        assertThat(r.stepsTaken()).isLessThan(500);
        assertThat(r.loss()[r.stepsTaken()]).isGreaterThan(GradientDescent.DIVERGED_LOSS_RATIO * r.loss()[0]);
        assertFinite(r);

        GradientDescentResult bowl = GradientDescent.surface(Surface.BOWL, new double[] {3, -3}, 2, 0.99, 500);
        assertThat(bowl.diverged()).isEqualTo(1);
        assertThat(bowl.escaped()).isZero();
        assertFinite(bowl);
    }

    @Test
    void aSaddleStartedOnItsRidgeStopsAtTheSaddlePointAndOffItEscapes() {
        GradientDescentResult ridge = GradientDescent.surface(Surface.SADDLE, new double[] {2, 0}, 0.1, 0, 200);
        assertThat(ridge.path()[ridge.stepsTaken()][0]).isCloseTo(0, within(1e-12));
        assertThat(ridge.converged()).isEqualTo(1);
        GradientDescentResult off = GradientDescent.surface(Surface.SADDLE, new double[] {2, 0.01}, 0.1, 0, 200);
        assertThat(off.escaped()).isEqualTo(1);
        assertThat(off.diverged()).isZero();
        assertThat(off.converged()).isZero();
    }

    @Test
    void momentumFindsTheDeeperOfTwoMinima() {
        double[] start = {2.5, 1};
        assertThat(last(GradientDescent.surface(Surface.TWO_MINIMA, start, 0.02, 0, 200))[0]).isCloseTo(0.96, within(0.01));
        assertThat(last(GradientDescent.surface(Surface.TWO_MINIMA, start, 0.02, 0.9, 200))[0]).isCloseTo(-1.04, within(0.01));
    }

    @Test
    void zeroStepsIsTheStart() {
        GradientDescentResult r = GradientDescent.surface(Surface.VALLEY, new double[] {-2, 1}, 0.1, 0, 0);
        assertThat(r.path()).hasDimensions(1, 2);
        assertThat(r.loss()).containsExactly(0.1 * 4 + 2);
        assertThat(r.gradient()).containsExactly(-0.4, 4);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> GradientDescent.surface(Surface.BOWL, new double[] {1, 1}, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learning rate must be positive");
        assertThatThrownBy(() -> GradientDescent.surface(Surface.BOWL, new double[] {1, 1}, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum");
        assertThatThrownBy(() -> GradientDescent.surface(Surface.BOWL, new double[] {1, 1}, 0.1, 0, 501))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps must be 0 to 500");
        assertThatThrownBy(() -> GradientDescent.surface(Surface.BOWL, new double[] {1, Double.NaN}, 0.1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start[1] is NaN");
        assertThatThrownBy(() -> GradientDescent.fit(new double[][] {{1, 2, 3}}, Model.LINE, 0.1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2");
        assertThatThrownBy(() -> GradientDescent.fit(new double[][] {{1, Double.POSITIVE_INFINITY}}, Model.LINE, 0.1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+Infinity");
    }

    private static double[] last(GradientDescentResult r) {
        return r.path()[r.stepsTaken()];
    }

    private static void assertFinite(GradientDescentResult r) {
        assertThat(Arrays.stream(r.path()).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(r.loss()).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(r.gradient()).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(r.curveY()).allMatch(Double::isFinite)).isTrue();
    }
}
