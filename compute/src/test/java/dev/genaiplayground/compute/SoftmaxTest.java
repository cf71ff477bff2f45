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

/** Softmax.probabilities against NumPy (absolute tolerance 1e-6), its properties, and its input checks. */
class SoftmaxTest {

    @Test
    void workedExample() {
        assertThat(Softmax.probabilities(new double[] {2, 1, 0.1}, 1.0))
                .containsExactly(new double[] {0.659001, 0.242433, 0.098566}, within(ReferenceData.TOLERANCE));
    }

    @Test
    void hugeLogitsAreStable() {
        double[] p = Softmax.probabilities(new double[] {1000, 1001, 1002}, 1.0);
        assertThat(p).containsExactly(Softmax.probabilities(new double[] {0, 1, 2}, 1.0), within(1e-15));
        assertThat(p).containsExactly(new double[] {0.090031, 0.244728, 0.665241}, within(ReferenceData.TOLERANCE));
    }

    @Test
    void temperatureDividesTheLogits() {
        assertThat(Softmax.probabilities(new double[] {2, 1, 0.1}, 2.0))
                .containsExactly(Softmax.probabilities(new double[] {1, 0.5, 0.05}, 1.0), within(1e-15));
    }

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("softmax.json").stream()
                .map(c -> Arguments.of(c.get("logits").size() + " logits, T = " + c.get("temperature").asDouble(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesNumPy(String name, JsonNode c) {
        double[] p = Softmax.probabilities(vector(c.get("logits")), c.get("temperature").asDouble());
        assertClose("p", vector(c.get("probabilities")), p);
    }

    @Test
    void probabilitiesAreNonNegativeAndSumToOne() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] logits = random.doubles(1 + random.nextInt(100), -50, 50).toArray();
            double temperature = 0.05 + 10 * random.nextDouble();
            double[] p = Softmax.probabilities(logits, temperature);
            for (double x : p) {
                assertThat(x).isBetween(0.0, 1.0);
            }
            assertThat(sum(p)).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void rejectsNaN() {
        assertThatThrownBy(() -> Softmax.probabilities(new double[] {1, 2, Double.NaN}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logits[2] is NaN; every value must be a finite number");
    }

    @Test
    void rejectsInfinities() {
        assertThatThrownBy(() -> Softmax.probabilities(new double[] {Double.POSITIVE_INFINITY, 0}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logits[0] is +Infinity");
        assertThatThrownBy(() -> Softmax.probabilities(new double[] {0, Double.NEGATIVE_INFINITY}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logits[1] is -Infinity");
    }

    @Test
    void rejectsMissingAndEmpty() {
        assertThatThrownBy(() -> Softmax.probabilities(null, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logits is missing");
        assertThatThrownBy(() -> Softmax.probabilities(new double[0], 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logits is empty");
    }

    @Test
    void rejectsTooManyClassesAndHugeValues() {
        assertThatThrownBy(() -> Softmax.probabilities(new double[4097], 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logits has 4097 values; at most 4096 are allowed");
        assertThatThrownBy(() -> Softmax.probabilities(new double[] {0, 1e200}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logits[1] = 1.0E200 is too large");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadTemperature(double temperature) {
        assertThatThrownBy(() -> Softmax.probabilities(new double[] {1, 2}, temperature))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("temperature is ")
                .hasMessageContaining("must be a positive finite number");
    }

    @Test
    void acceptsAnyPositiveFiniteTemperature() {
        assertThat(Softmax.probabilities(new double[] {1, 2}, 1e-300)).containsExactly(0.0, 1.0);
        assertThat(Softmax.probabilities(new double[] {1, 2}, 1e300)).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    }

    static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
