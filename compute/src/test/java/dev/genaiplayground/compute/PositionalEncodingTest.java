package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.matrix;
import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaiplayground.compute.PositionalEncoding.Scheme;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PositionalEncoding against {@code compute/reference/make_masks_pe_reference.py}: the sinusoidal table within
 * 1e-12 of the formula (evaluated cell by cell with NumPy), everything else within 1e-9.
 */
class PositionalEncodingTest {

    private static final double FORMULA_TOLERANCE = 1e-12;
    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> tables() {
        return ReferenceData.cases("sinusoidal.json").stream()
                .map(c -> Arguments.of(c.get("positions").asInt() + " × " + c.get("dims").asInt(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sinusoidalTableMatchesTheFormulaOfVaswaniEtAl(String name, JsonNode c) {
        double[][] table = PositionalEncoding.sinusoidal(c.get("positions").asInt(), c.get("dims").asInt());
        close(name, matrix(c.get("table")), table, FORMULA_TOLERANCE);
    }

    static Stream<Arguments> cases() {
        return ReferenceData.cases("positional_encoding.json").stream().map(c -> Arguments.of(
                c.get("scheme").asText() + " " + c.get("positions").asInt() + " × " + c.get("dims").asInt() + " "
                        + c.get("words"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everythingMatchesNumPy(String name, JsonNode c) {
        String[] words = new String[c.get("words").size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = c.get("words").get(i).asText();
        }
        PositionalEncodingResult r = PositionalEncoding.compute(c.get("positions").asInt(), c.get("dims").asInt(),
                Scheme.valueOf(c.get("scheme").asText()), c.get("seed").asLong(), words);
        close("table", matrix(c.get("table")), r.table(), FORMULA_TOLERANCE);
        close("positionScores", matrix(c.get("positionScores")), r.positionScores(), TOLERANCE);
        close("withoutOriginal", matrix(c.get("withoutOriginal")), r.withoutOriginal(), TOLERANCE);
        close("withoutReversed", matrix(c.get("withoutReversed")), r.withoutReversed(), TOLERANCE);
        close("withOriginal", matrix(c.get("withOriginal")), r.withOriginal(), TOLERANCE);
        close("withReversed", matrix(c.get("withReversed")), r.withReversed(), TOLERANCE);
        assertThat(r.gapWithout()).containsExactly(vector(c.get("gapWithout")), within(TOLERANCE));
        assertThat(r.gapWith()).containsExactly(vector(c.get("gapWith")), within(TOLERANCE));
        assertThat(r.largestGapWith()).isCloseTo(c.get("largestGapWith").asDouble(), within(TOLERANCE));
    }

    @Test
    void dogBitesManEqualsManBitesDogWithoutPositionsAndDiffersWithThem() {
        for (Scheme scheme : Scheme.values()) {
            PositionalEncodingResult r = PositionalEncoding.compute(8, 16, scheme, 0,
                    new String[] {"dog", "bites", "man"});
            assertThat(r.largestGapWithout()).as(scheme + " without").isLessThan(1e-12);
            assertThat(r.largestGapWith()).as(scheme + " with").isGreaterThan(1e-3);
        }
    }

    @Test
    void firstRowIsSinZeroCosZeroAndEveryRowHasNormSqrtOfHalfD() {
        double[][] table = PositionalEncoding.sinusoidal(100, 32);
        for (int j = 0; j < 32; j++) {
            assertThat(table[0][j]).isEqualTo(j % 2 == 0 ? 0.0 : 1.0);
        }
        for (double[] row : table) {
            double sum = 0;
            for (double v : row) {
                sum += v * v;
            }
            assertThat(sum).isCloseTo(16, within(1e-12));
        }
        // the lowest pair turns fastest: one radian per position
        assertThat(table[1][0]).isCloseTo(Math.sin(1), within(1e-15));
    }

    @Test
    void relativeBiasDependsOnlyOnTheOffset() {
        double[][] bias = PositionalEncoding.relativeBias(6, 6, 5);
        for (int i = 1; i < 6; i++) {
            for (int j = 1; j < 6; j++) {
                assertThat(bias[i][j]).isEqualTo(bias[i - 1][j - 1]);
            }
        }
        assertThat(bias[0][1]).isNotEqualTo(bias[1][0]); // direction matters
    }

    @Test
    void refusesOddOrOutOfRangeSizes() {
        assertThatThrownBy(() -> PositionalEncoding.sinusoidal(4, 5)).hasMessageContaining("even");
        assertThatThrownBy(() -> PositionalEncoding.sinusoidal(0, 4)).hasMessageContaining("positions = 0");
        assertThatThrownBy(() -> PositionalEncoding.compute(4, 4, Scheme.SINUSOIDAL, 0, new String[] {"a"}))
                .hasMessageContaining("2 to 4 words");
    }

    static void close(String what, double[][] expected, double[][] actual, double tolerance) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(what + " row " + i).containsExactly(expected[i], within(tolerance));
        }
    }
}
