package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ScalingLaws against NumPy reference values (make_metrics_scaling_reference.py, which finds the compute-optimal
 * split by numerical minimisation, not the closed form): every value within a relative 1e-8 (the numbers span
 * 10^-300 to 10^28, so an absolute tolerance says nothing).
 */
class ScalingLawsTest {

    private static final double RELATIVE = 1e-8;

    @Test
    void chinchillaOnItsOwnFit() {
        ScalingLawsResult r = ScalingLaws.evaluate(70e9, 1.4e12, 5.88e23, 10);
        assertThat(r.loss()).isCloseTo(1.9366, within(1e-4));
        assertThat(r.trainingCompute()).isCloseTo(5.88e23, within(1e9));
        assertThat(r.tokensPerParam()).isCloseTo(20, within(1e-12));
        // The fit's own optimum for this budget is a smaller model on more data, and barely better.
        assertThat(r.optimalParams()).isCloseTo(3.249e10, within(1e7));
        assertThat(r.optimalTokensPerParam()).isCloseTo(92.8, within(0.05));
        assertThat(r.optimalLoss()).isLessThan(r.loss()).isCloseTo(1.9300, within(1e-4));
        assertThat(r.ruleParams()).isCloseTo(70e9, within(1.0));
    }

    @Test
    void theOptimumSpendsTheWholeBudgetAndBeatsItsNeighboursOnTheBudgetLine() {
        for (double c : new double[] {1e18, 3.15e23, 1e27}) {
            double n = ScalingLaws.optimalParams(c);
            double d = ScalingLaws.optimalTokens(c);
            assertThat(6 * n * d / c).isCloseTo(1, within(1e-12));
            double best = ScalingLaws.loss(n, d);
            for (double f : new double[] {0.9, 0.99, 1.01, 1.1}) {
                assertThat(ScalingLaws.loss(n * f, d / f)).isGreaterThan(best);
            }
        }
    }

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("scaling_laws.json").stream().map(c -> Arguments.of(
                "N=" + c.get("params").asDouble() + " D=" + c.get("tokens").asDouble() + " C="
                        + c.get("compute").asDouble() + " k=" + c.get("answerTokens").asInt(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        ScalingLawsResult r = ScalingLaws.evaluate(c.get("params").asDouble(), c.get("tokens").asDouble(),
                c.get("compute").asDouble(), c.get("answerTokens").asInt());
        close("loss", c, r.loss());
        close("paramTerm", c, r.paramTerm());
        close("dataTerm", c, r.dataTerm());
        close("trainingCompute", c, r.trainingCompute());
        close("tokensPerParam", c, r.tokensPerParam());
        close("optimalParams", c, r.optimalParams());
        close("optimalTokens", c, r.optimalTokens());
        close("optimalLoss", c, r.optimalLoss());
        close("optimalTokensPerParam", c, r.optimalTokensPerParam());
        close("ruleParams", c, r.ruleParams());
        close("ruleTokens", c, r.ruleTokens());
        close("ruleLoss", c, r.ruleLoss());
        close("tokenAccuracy", c, r.tokenAccuracy());
        close("exactMatch", c, r.exactMatch());
        close("gridCompute", c, r.gridCompute());
        close("frontierLoss", c, r.frontierLoss());
        close("ruleFrontierLoss", c, r.ruleFrontierLoss());
        close("modelCompute", c, r.modelCompute());
        close("modelLoss", c, r.modelLoss());
        close("frontierTokenAccuracy", c, r.frontierTokenAccuracy());
        close("frontierExactMatch", c, r.frontierExactMatch());
        close("modelExactMatch", c, r.modelExactMatch());
    }

    @Test
    void refusesCountsOutsideTheirRangeAndNonNumbers() {
        assertThatThrownBy(() -> ScalingLaws.evaluate(0, 1e9, 1e20, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("params is 0.0");
        assertThatThrownBy(() -> ScalingLaws.evaluate(1e9, Double.POSITIVE_INFINITY, 1e20, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokens is +Infinity");
        assertThatThrownBy(() -> ScalingLaws.evaluate(1e9, 1e9, 1e20, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answerTokens is 0");
    }

    private static void close(String field, JsonNode c, double actual) {
        double expected = c.get(field).asDouble();
        assertThat(actual).as(field).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    private static void close(String field, JsonNode c, double[] actual) {
        double[] expected = vector(c.get(field));
        assertThat(actual).as(field + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(field + "[" + i + "]").isCloseTo(expected[i],
                    within(RELATIVE * Math.abs(expected[i])));
        }
    }
}
