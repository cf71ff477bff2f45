package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cosine.similarity against exact reference values (absolute tolerance 1e-6), its properties and input checks. */
class CosineTest {

    @Test
    void workedExample() {
        assertThat(Cosine.similarity(new double[] {1, 2, 3}, new double[] {4, 5, 6}))
                .isCloseTo(0.974632, within(ReferenceData.TOLERANCE));
    }

    @Test
    void parallelOrthogonalAndOpposite() {
        double[] a = {0.3, -1.2, 4.0, 2.2};
        assertThat(Cosine.similarity(a, a)).isCloseTo(1.0, within(1e-15)).isLessThanOrEqualTo(1.0);
        assertThat(Cosine.similarity(a, new double[] {-0.6, 2.4, -8.0, -4.4})).isCloseTo(-1.0, within(1e-15))
                .isGreaterThanOrEqualTo(-1.0);
        assertThat(Cosine.similarity(new double[] {1, 1}, new double[] {1, -1})).isZero();
    }

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("cosine.json").stream()
                .map(c -> Arguments.of(c.get("a").size() + " dims, a[0] = " + c.get("a").get(0).asDouble(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        assertClose("cosine", c.get("similarity").asDouble(), Cosine.similarity(vector(c.get("a")), vector(c.get("b"))));
    }

    @Test
    void zeroVectorIsUndefined() {
        assertThatThrownBy(() -> Cosine.similarity(new double[] {1, 2}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b is the zero vector; it has no direction, so cosine similarity is undefined");
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> Cosine.similarity(new double[] {1, 2, 3}, new double[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a has 3 values but b has 4; the vectors need the same length");
    }

    @Test
    void rejectsNonFiniteEmptyAndTooLong() {
        assertThatThrownBy(() -> Cosine.similarity(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a[1] is NaN");
        assertThatThrownBy(() -> Cosine.similarity(new double[] {1, 2}, new double[] {Double.NEGATIVE_INFINITY, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b[0] is -Infinity");
        assertThatThrownBy(() -> Cosine.similarity(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a is empty");
        assertThatThrownBy(() -> Cosine.similarity(new double[1025], new double[1025]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1024");
    }
}
