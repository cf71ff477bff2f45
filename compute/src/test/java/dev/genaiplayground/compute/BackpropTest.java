package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.matrix;
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
 * Backprop against an independent NumPy forward/backward pass and NumPy central differences over the parameter
 * vector ({@code backprop.json}, absolute tolerance 1e-6), and its own finite differences against its chain rule.
 */
class BackpropTest {

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("backprop.json").stream()
                .map(c -> Arguments.of("x = " + c.get("x") + ", t = " + c.get("target").asDouble(), c));
    }

    private static BackpropResult compute(JsonNode c, int step) {
        return Backprop.compute(vector(c.get("x")), c.get("target").asDouble(), matrix(c.get("w1")),
                vector(c.get("b1")), vector(c.get("w2")), c.get("b2").asDouble(), step);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void forwardAndChainRuleMatchNumpy(String name, JsonNode c) {
        BackpropResult r = compute(c, Backprop.LAST_STEP);
        assertClose("hiddenSum", vector(c.get("hiddenSum")), r.hiddenSum());
        assertClose("hidden", vector(c.get("hidden")), r.hidden());
        assertClose("outputSum", c.get("outputSum").asDouble(), r.outputSum());
        assertClose("output", c.get("output").asDouble(), r.output());
        assertClose("loss", c.get("loss").asDouble(), r.loss());
        assertClose("dOutput", c.get("dOutput").asDouble(), r.dOutput());
        assertClose("outputSlope", c.get("outputSlope").asDouble(), r.outputSlope());
        assertClose("dOutputSum", c.get("dOutputSum").asDouble(), r.dOutputSum());
        assertClose("dHidden", vector(c.get("dHidden")), r.dHidden());
        assertClose("hiddenSlope", vector(c.get("hiddenSlope")), r.hiddenSlope());
        assertClose("dHiddenSum", vector(c.get("dHiddenSum")), r.dHiddenSum());
        assertClose("dW2", vector(c.get("dW2")), r.dW2());
        assertClose("dB2", c.get("dB2").asDouble(), r.dB2());
        assertClose("dW1", matrix(c.get("dW1")), r.dW1());
        assertClose("dB1", vector(c.get("dB1")), r.dB1());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void weightGradientsMatchNumpyFiniteDifferences(String name, JsonNode c) {
        BackpropResult r = compute(c, Backprop.LAST_STEP);
        // the chain rule against NumPy's finite differences, and our finite differences against NumPy's
        assertClose("dW1 vs NumPy estimate", matrix(c.get("numericDW1")), r.dW1());
        assertClose("dB1 vs NumPy estimate", vector(c.get("numericDB1")), r.dB1());
        assertClose("dW2 vs NumPy estimate", vector(c.get("numericDW2")), r.dW2());
        assertClose("dB2 vs NumPy estimate", c.get("numericDB2").asDouble(), r.dB2());
        assertClose("numericDW1", matrix(c.get("numericDW1")), r.numericDW1());
        assertClose("numericDB1", vector(c.get("numericDB1")), r.numericDB1());
        assertClose("numericDW2", vector(c.get("numericDW2")), r.numericDW2());
        assertClose("numericDB2", c.get("numericDB2").asDouble(), r.numericDB2());
        assertThat(r.largestDifference()).isLessThan(1e-7);
    }

    @Test
    void nodeGradientsAgreeWithTheirFiniteDifferences() {
        BackpropResult r = Backprop.compute(new double[] {1, 0.5}, 1, new double[][] {{0.5, -0.4}, {0.3, 0.8}},
                new double[] {0.1, -0.2}, new double[] {0.7, -0.5}, 0.2, Backprop.LAST_STEP);
        assertThat(r.numericDOutput()).isCloseTo(r.dOutput(), within(1e-9));
        assertThat(r.numericDOutputSum()).isCloseTo(r.dOutputSum(), within(1e-9));
        for (int j = 0; j < 2; j++) {
            assertThat(r.numericDHidden()[j]).isCloseTo(r.dHidden()[j], within(1e-9));
            assertThat(r.numericDHiddenSum()[j]).isCloseTo(r.dHiddenSum()[j], within(1e-9));
        }
        // the lesson's worked example
        assertThat(r.hiddenSum()).containsExactly(new double[] {0.4, 0.5}, within(1e-12));
        assertThat(r.output()).isCloseTo(0.576361, within(1e-6));
        assertThat(r.loss()).isCloseTo(0.089735, within(1e-6));
        // one factor at a time: ∂L/∂W1[0][0] = ∂L/∂y · ∂y/∂u · w2[0] · σ'(z[0]) · x[0]
        assertThat(r.dW1()[0][0]).isCloseTo(r.dOutput() * r.outputSlope() * 0.7 * r.hiddenSlope()[0] * 1.0,
                within(1e-15));
    }

    @Test
    void theStepChangesWhatIsShownNotTheNumbers() {
        double[] x = {1, 0.5};
        double[][] w1 = {{0.5, -0.4}, {0.3, 0.8}};
        BackpropResult start = Backprop.compute(x, 1, w1, new double[] {0.1, -0.2}, new double[] {0.7, -0.5}, 0.2, 0);
        BackpropResult end = Backprop.compute(x, 1, w1, new double[] {0.1, -0.2}, new double[] {0.7, -0.5}, 0.2,
                Backprop.LAST_STEP);
        assertThat(start.loss()).isEqualTo(end.loss());
        assertThat(start.dW1()).isDeepEqualTo(end.dW1());
        assertThat(start.stepOnShow()).isEqualTo(BackpropStep.START);
        assertThat(start.isRevealed(BackpropStep.HIDDEN_SUM)).isFalse();
        assertThat(end.stepOnShow()).isEqualTo(BackpropStep.D_W1);
        assertThat(end.isRevealed(BackpropStep.LOSS)).isTrue();
        assertThat(Backprop.LAST_STEP).isEqualTo(11);
    }

    @Test
    void saturatedUnitsGiveZeroSlopesNotNaN() {
        BackpropResult r = Backprop.compute(new double[] {1000, 1000}, -1000, new double[][] {{1000, 1000},
                {-1000, -1000}}, new double[] {1000, -1000}, new double[] {1000, 1000}, 1000, Backprop.LAST_STEP);
        assertThat(r.hiddenSlope()).containsExactly(0, 0);
        assertThat(Double.isFinite(r.loss())).isTrue();
        assertThat(Double.isFinite(r.largestDifference())).isTrue();
    }

    @Test
    void badInputGetsAMessage() {
        double[][] w1 = {{0.5, -0.4}, {0.3, 0.8}};
        assertThatThrownBy(() -> Backprop.compute(new double[] {1, 2, 3}, 1, w1, new double[2], new double[2], 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x needs exactly 2 numbers, not 3");
        assertThatThrownBy(() -> Backprop.compute(new double[] {1, Double.NaN}, 1, w1, new double[2], new double[2],
                0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1] is NaN");
        assertThatThrownBy(() -> Backprop.compute(new double[2], 1, new double[][] {{1, 2}}, new double[2],
                new double[2], 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("W1 must have 2 rows");
        assertThatThrownBy(() -> Backprop.compute(new double[2], 1, w1, new double[2], new double[2], 0, 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step = 12 is out of range");
        assertThatThrownBy(() -> Backprop.compute(new double[2], 1e4, w1, new double[2], new double[2], 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target = 10000.0 is too large");
    }
}
