package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
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

/** Cosine.compare (dot, norms, cosine, angle) against NumPy references (absolute tolerance 1e-6) and its edge cases. */
class CosineCompareTest {

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("cosine_compare.json").stream()
                .map(c -> Arguments.of(c.get("a") + " · " + c.get("b"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        CosineResult r = Cosine.compare(vector(c.get("a")), vector(c.get("b")));
        assertClose("dot", c.get("dot").asDouble(), r.dot());
        assertClose("|a|", c.get("normA").asDouble(), r.normA());
        assertClose("|b|", c.get("normB").asDouble(), r.normB());
        assertClose("cosine", c.get("cosine").asDouble(), r.cosine());
        assertClose("angle", c.get("angleDegrees").asDouble(), r.angleDegrees());
        assertThat(r.defined()).isEqualTo(c.get("defined").asInt());
    }

    @Test
    void workedExample() {
        CosineResult r = Cosine.compare(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(r.dot()).isEqualTo(32);
        assertThat(r.normA()).isCloseTo(Math.sqrt(14), within(1e-15));
        assertThat(r.normB()).isCloseTo(Math.sqrt(77), within(1e-15));
        assertThat(r.cosine()).isCloseTo(0.974632, within(1e-6));
        assertThat(r.cosine()).isCloseTo(Cosine.similarity(new double[] {1, 2, 3}, new double[] {4, 5, 6}), within(1e-15));
    }

    @Test
    void aZeroVectorIsReportedNotNaN() {
        CosineResult r = Cosine.compare(new double[] {0, 0}, new double[] {3, 4});
        assertThat(r.defined()).isZero();
        assertThat(r.normA()).isZero();
        assertThat(r.normB()).isEqualTo(5);
        assertThat(r.cosine()).isZero();
        assertThat(r.angleDegrees()).isEqualTo(90);
        assertThat(Cosine.compare(new double[] {-0.0}, new double[] {0.0}).defined()).isZero();
    }

    @Test
    void nearlyParallelVectorsKeepTheirSmallAngle() {
        // acos(cosine) would give 0 or ~1.5e-6 degrees here depending on the last bit of the cosine.
        CosineResult r = Cosine.compare(new double[] {1, 0}, new double[] {1, 1e-12});
        assertThat(r.angleDegrees()).isCloseTo(Math.toDegrees(1e-12), within(1e-20));
    }

    @Test
    void tinyAndHugeEntriesNeitherUnderflowNorOverflow() {
        assertThat(Cosine.compare(new double[] {Double.MIN_VALUE, 0}, new double[] {0, 1e-300}).angleDegrees())
                .isCloseTo(90, within(1e-12));
        assertThat(Cosine.compare(new double[] {1e100, 1e100}, new double[] {1e100, 0}).cosine())
                .isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> Cosine.compare(new double[] {1, 2, 3}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a has 3 values but b has 2; the vectors need the same length");
    }
}
