package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Softmax.evaluate: cross-entropy loss and gradient against NumPy (absolute tolerance 1e-6) and finite differences. */
class CrossEntropyTest {

    @Test
    void workedExample() {
        SoftmaxResult result = Softmax.evaluate(new double[] {2, 1, 0.1}, 1.0, 0);
        assertThat(result.loss()).isCloseTo(-Math.log(0.6590011388859679), within(ReferenceData.TOLERANCE));
        // At T = 1 the gradient is p − onehot.
        double[] p = result.probabilities();
        assertThat(result.gradient()).containsExactly(new double[] {p[0] - 1, p[1], p[2]}, within(1e-15));
    }

    @Test
    void lossIsFiniteWhenTheTargetProbabilityRoundsToZero() {
        SoftmaxResult result = Softmax.evaluate(new double[] {0, 1000}, 1.0, 0);
        assertThat(result.probabilities()[0]).isZero();
        assertThat(result.loss()).isCloseTo(1000.0, within(ReferenceData.TOLERANCE));
    }

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("cross_entropy.json").stream()
                .map(c -> Arguments.of(c.get("logits").size() + " logits, T = " + c.get("temperature").asDouble()
                        + ", target " + c.get("target").asInt(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesNumPy(String name, JsonNode c) {
        SoftmaxResult result = Softmax.evaluate(vector(c.get("logits")), c.get("temperature").asDouble(),
                c.get("target").asInt());
        assertClose("loss", c.get("loss").asDouble(), result.loss());
        assertClose("gradient", vector(c.get("gradient")), result.gradient());
    }

    @Test
    void gradientEntriesSumToZero() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            double[] logits = random.doubles(1 + random.nextInt(50), -20, 20).toArray();
            double temperature = 0.1 + 5 * random.nextDouble();
            SoftmaxResult result = Softmax.evaluate(logits, temperature, random.nextInt(logits.length));
            assertThat(SoftmaxTest.sum(result.gradient())).isCloseTo(0.0, within(1e-12 / temperature));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 2.5})
    void gradientMatchesCentralFiniteDifferences(double temperature) {
        Random random = new Random(13);
        double[] logits = random.doubles(6, -3, 3).toArray();
        int target = 4;
        double[] gradient = Softmax.evaluate(logits, temperature, target).gradient();
        double h = 1e-5;
        for (int i = 0; i < logits.length; i++) {
            double[] up = logits.clone();
            double[] down = logits.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (Softmax.evaluate(up, temperature, target).loss()
                    - Softmax.evaluate(down, temperature, target).loss()) / (2 * h);
            assertThat(gradient[i]).as("∂loss/∂logits[%d]", i).isCloseTo(numeric, within(1e-5));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3})
    void rejectsTargetOutOfRange(int target) {
        assertThatThrownBy(() -> Softmax.evaluate(new double[] {1, 2, 3}, 1.0, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target = " + target + " is out of range; with 3 logits it must be 0 to 2");
    }

    @Test
    void checksLogitsAndTemperatureToo() {
        assertThatThrownBy(() -> Softmax.evaluate(new double[] {Double.NaN}, 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logits[0] is NaN");
        assertThatThrownBy(() -> Softmax.evaluate(new double[] {1, 2}, 0.0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature is 0.0");
    }
}
