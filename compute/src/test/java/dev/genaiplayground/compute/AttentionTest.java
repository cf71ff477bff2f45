package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.matrix;
import static dev.genaiplayground.compute.ReferenceData.tensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Attention.compute against NumPy (absolute tolerance 1e-6), its properties, and its input checks. */
class AttentionTest {

    private static final Random RANDOM = new Random(42);

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("attention.json").stream().map(c -> Arguments.of(String.format(
                "%d×%d, %d head(s), scaled %s, causal %s", c.get("q").size(), c.get("q").get(0).size(),
                c.get("heads").asInt(), c.get("scaled").asBoolean(), c.get("causal").asBoolean()), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesNumPy(String name, JsonNode c) {
        AttentionResult result = Attention.compute(matrix(c.get("q")), matrix(c.get("k")), matrix(c.get("v")),
                c.get("heads").asInt(), c.get("scaled").asBoolean(), c.get("causal").asBoolean());
        assertClose("scores", tensor(c.get("scores")), result.scores());
        assertClose("scaledScores", tensor(c.get("scaledScores")), result.scaledScores());
        assertClose("weights", tensor(c.get("weights")), result.weights());
        assertClose("output", matrix(c.get("output")), result.output());
    }

    @Test
    void curriculumExampleHasTheShapesOfTheLesson() {
        AttentionResult result = Attention.compute(random(8, 32), random(8, 32), random(8, 32), 4, true, true);
        assertThat(result.output()).hasDimensions(8, 32);
        for (double[][][] perHead : new double[][][][] {result.scores(), result.scaledScores(), result.weights()}) {
            assertThat(perHead.length).isEqualTo(4);
            for (double[][] m : perHead) {
                assertThat(m).hasDimensions(8, 8);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void weightRowsAreNonNegativeAndSumToOne(int heads) {
        AttentionResult result = Attention.compute(random(7, 16), random(7, 16), random(7, 16), heads, false, false);
        for (double[][] weights : result.weights()) {
            for (double[] row : weights) {
                for (double w : row) {
                    assertThat(w).isBetween(0.0, 1.0);
                }
                assertThat(SoftmaxTest.sum(row)).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void causalMaskGivesTheFutureExactlyZeroWeight(int heads) {
        AttentionResult result = Attention.compute(random(9, 8), random(9, 8), random(9, 8), heads, true, true);
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < 9; i++) {
                for (int j = i + 1; j < 9; j++) {
                    assertThat(result.weights()[h][i][j]).as("head %d weight [%d][%d]", h, i, j).isEqualTo(0.0);
                    assertThat(result.scaledScores()[h][i][j]).isEqualTo(Double.NEGATIVE_INFINITY);
                }
                assertThat(SoftmaxTest.sum(result.weights()[h][i])).isCloseTo(1.0, within(1e-12));
            }
            assertThat(result.weights()[h][0][0]).as("the first token can only attend to itself").isEqualTo(1.0);
        }
    }

    @Test
    void unscaledScoresGoIntoTheSoftmaxUnchanged() {
        AttentionResult result = Attention.compute(random(4, 6), random(4, 6), random(4, 6), 2, false, false);
        assertThat(result.scaledScores()).isDeepEqualTo(result.scores());
    }

    @Test
    void scalingDividesByTheRootOfTheHeadSize() {
        AttentionResult result = Attention.compute(random(4, 8), random(4, 8), random(4, 8), 2, true, false);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(result.scaledScores()[1][i][j]).isCloseTo(result.scores()[1][i][j] / 2.0, within(1e-15));
            }
        }
    }

    @Test
    void eachHeadIsSingleHeadAttentionOnItsOwnColumns() {
        double[][] q = random(5, 8);
        double[][] k = random(5, 8);
        double[][] v = random(5, 8);
        double[][] twoHeads = Attention.compute(q, k, v, 2, true, true).output();
        double[][] left = Attention.compute(columns(q, 0, 4), columns(k, 0, 4), columns(v, 0, 4), 1, true, true).output();
        double[][] right = Attention.compute(columns(q, 4, 8), columns(k, 4, 8), columns(v, 4, 8), 1, true, true).output();
        for (int i = 0; i < 5; i++) {
            assertThat(columns(twoHeads, 0, 4)[i]).containsExactly(left[i], within(1e-12));
            assertThat(columns(twoHeads, 4, 8)[i]).containsExactly(right[i], within(1e-12));
        }
    }

    @Test
    void rejectsMismatchedTokenCounts() {
        assertThatThrownBy(() -> Attention.compute(random(3, 4), random(4, 4), random(3, 4), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q has 3 rows but K has 4; Q, K and V need one row per token");
        assertThatThrownBy(() -> Attention.compute(random(3, 4), random(3, 4), random(2, 4), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q has 3 rows but V has 2; Q, K and V need one row per token");
    }

    @Test
    void rejectsMismatchedWidths() {
        assertThatThrownBy(() -> Attention.compute(random(3, 4), random(3, 4), random(3, 5), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q has 4 columns but V has 5; Q, K and V need the same number of dimensions d");
    }

    @Test
    void rejectsHeadsThatDoNotDivideD() {
        assertThatThrownBy(() -> Attention.compute(random(3, 6), random(3, 6), random(3, 6), 4, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("d = 6 cannot be split into 4 heads");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 5, 8})
    void rejectsHeadCountsOutsideOneToFour(int heads) {
        assertThatThrownBy(() -> Attention.compute(random(2, 8), random(2, 8), random(2, 8), heads, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("heads = " + heads + " is out of range; use 1 to 4 heads");
    }

    @Test
    void rejectsRaggedAndEmptyMatrices() {
        double[][] ragged = {{1, 2, 3}, {4, 5}};
        assertThatThrownBy(() -> Attention.compute(random(2, 3), ragged, random(2, 3), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("K is ragged: row 0 has 3 values but row 1 has 2; every row needs the same length");
        assertThatThrownBy(() -> Attention.compute(new double[0][], random(2, 3), random(2, 3), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q has no rows");
        assertThatThrownBy(() -> Attention.compute(new double[2][0], random(2, 3), random(2, 3), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q has empty rows");
        assertThatThrownBy(() -> Attention.compute(random(2, 3), random(2, 3), null, 1, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V is missing");
    }

    @Test
    void rejectsNonFiniteValues() {
        double[][] v = random(3, 4);
        v[2][1] = Double.NaN;
        assertThatThrownBy(() -> Attention.compute(random(3, 4), random(3, 4), v, 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("V[2][1] is NaN; every value must be a finite number");
        double[][] q = random(3, 4);
        q[0][3] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Attention.compute(q, random(3, 4), random(3, 4), 1, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q[0][3] is +Infinity");
    }

    @Test
    void rejectsTooManyTokensOrDimensions() {
        assertThatThrownBy(() -> Attention.compute(new double[513][4], new double[513][4], new double[513][4], 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q has 513 rows; at most 512 tokens are allowed");
        assertThatThrownBy(() -> Attention.compute(new double[2][1025], new double[2][1025], new double[2][1025], 1, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q has 1025 columns; at most 1024 dimensions are allowed");
    }

    private static double[][] random(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = RANDOM.nextGaussian();
            }
        }
        return m;
    }

    private static double[][] columns(double[][] m, int from, int to) {
        return Arrays.stream(m).map(row -> Arrays.copyOfRange(row, from, to)).toArray(double[][]::new);
    }
}
