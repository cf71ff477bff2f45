package dev.genaiplayground.widget.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.genaiplayground.widget.attention.AttentionState.Matrix;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The attention state's editing methods, its resizing rules, its immutability and its presets. */
class AttentionStateTest {

    private static final String[] FOUR = {"the", "cat", "sat", "down"};

    /** Four tokens, d = 4, two heads, every cell different so that moved or lost cells show. */
    private final AttentionState numbered = new AttentionState(FOUR, numbered(4, 4, 0), numbered(4, 4, 20),
            numbered(4, 4, 40), 2, true, false);

    // --- tokens -------------------------------------------------------------------------------------------------

    @Test
    void moreTokensKeepEveryRowAndAddZeroRows() {
        AttentionState grown = numbered.withTokens(new String[] {"the", "cat", "sat", "down", "on", "the"});

        assertThat(grown.tokens()).containsExactly("the", "cat", "sat", "down", "on", "the");
        for (Matrix which : Matrix.values()) {
            double[][] before = numbered.matrix(which);
            double[][] after = grown.matrix(which);
            assertThat(Arrays.copyOf(after, 4)).as("%s kept rows", which).isDeepEqualTo(before);
            assertThat(after[4]).as("%s new row", which).containsOnly(0);
            assertThat(after[5]).as("%s new row", which).containsOnly(0);
        }
        assertThat(grown.heads()).isEqualTo(2);
    }

    @Test
    void fewerTokensKeepTheFirstRows() {
        AttentionState shrunk = numbered.withTokens(new String[] {"a", "b"});

        for (Matrix which : Matrix.values()) {
            assertThat(shrunk.matrix(which)).as("%s", which).isDeepEqualTo(Arrays.copyOf(numbered.matrix(which), 2));
        }
    }

    @ParameterizedTest(name = "{0} tokens")
    @CsvSource({"1", "17"})
    void tokenCountIsLimited(int count) {
        String[] tokens = IntStream.range(0, count).mapToObj(i -> "t" + i).toArray(String[]::new);

        assertThatIllegalArgumentException().isThrownBy(() -> numbered.withTokens(tokens))
                .withMessage("Use 2 to 16 tokens, not " + count + ".");
    }

    // --- dimension and heads ------------------------------------------------------------------------------------

    @Test
    void aLargerDimensionKeepsEveryColumnAndPadsWithZeros() {
        AttentionState wider = numbered.withDimension(6);

        for (Matrix which : Matrix.values()) {
            double[][] before = numbered.matrix(which);
            double[][] after = wider.matrix(which);
            for (int r = 0; r < 4; r++) {
                assertThat(after[r]).as("%s row %d", which, r)
                        .startsWith(before[r]).endsWith(0, 0).hasSize(6);
            }
        }
        assertThat(wider.heads()).as("2 heads still divide 6").isEqualTo(2);
    }

    @Test
    void aSmallerDimensionCutsColumns() {
        AttentionState narrower = numbered.withDimension(2);

        for (Matrix which : Matrix.values()) {
            double[][] before = numbered.matrix(which);
            for (int r = 0; r < 4; r++) {
                assertThat(narrower.matrix(which)[r]).containsExactly(before[r][0], before[r][1]);
            }
        }
        assertThat(narrower.heads()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} heads, d -> {1}")
    @CsvSource({"2, 3", "4, 6", "2, 1"})
    void headsFallBackToOneWhenTheyNoLongerDivideTheDimension(int heads, int d) {
        assertThat(numbered.withHeads(heads).withDimension(d).heads()).isEqualTo(1);
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"0", "17"})
    void dimensionIsLimited(int d) {
        assertThatIllegalArgumentException().isThrownBy(() -> numbered.withDimension(d))
                .withMessage("d must be 1 to 16, not " + d + ".");
    }

    @Test
    void headsThatDoNotDivideTheDimensionAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> numbered.withHeads(3))
                .withMessage("d = 4 cannot be split evenly into 3 heads; pick a number of heads that divides d.");
    }

    // --- single edits -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Matrix.class)
    void aCellEditChangesOneCellOfOneMatrix(Matrix which) {
        AttentionState edited = numbered.withCell(which, 2, 3, -9.5);

        for (Matrix m : Matrix.values()) {
            double[][] expected = numbered.matrix(m);
            if (m == which) {
                expected[2][3] = -9.5;
            }
            assertThat(edited.matrix(m)).as("%s", m).isDeepEqualTo(expected);
        }
    }

    @Test
    void switchesChangeOnlyThemselves() {
        assertThat(numbered.withScaled(false)).isEqualTo(
                new AttentionState(FOUR, numbered.q(), numbered.k(), numbered.v(), 2, false, false));
        assertThat(numbered.withCausal(true)).isEqualTo(
                new AttentionState(FOUR, numbered.q(), numbered.k(), numbered.v(), 2, true, true));
    }

    // --- immutability -------------------------------------------------------------------------------------------

    @Test
    void accessorsReturnDeepCopies() {
        numbered.q()[0][0] = 99;
        numbered.k()[1][1] = 99;
        numbered.v()[2][2] = 99;
        numbered.matrix(Matrix.Q)[3][3] = 99;
        numbered.tokens()[0] = "changed";

        assertThat(numbered).isEqualTo(new AttentionState(FOUR, numbered(4, 4, 0), numbered(4, 4, 20),
                numbered(4, 4, 40), 2, true, false));
    }

    @Test
    void theConstructorCopiesItsArrays() {
        String[] tokens = FOUR.clone();
        double[][] q = numbered(4, 4, 0);
        AttentionState state = new AttentionState(tokens, q, q, q, 1, true, false);

        tokens[0] = "changed";
        q[0][0] = 99;

        assertThat(state.tokens()).containsExactly(FOUR);
        assertThat(state.q()[0][0]).isZero();
        assertThat(state.k()[0][0]).isZero();
    }

    // --- presets ------------------------------------------------------------------------------------------------

    @Test
    void presetsProduceValidStatesThatKeepTheSettings() {
        Random random = new Random(7);
        for (AttentionState preset : new AttentionState[] {AttentionPresets.self(numbered),
            AttentionPresets.uniform(numbered), AttentionPresets.random(numbered, random)}) {
            assertThat(preset.tokens()).containsExactly(FOUR);
            assertThat(preset.dimension()).isEqualTo(4);
            assertThat(preset.heads()).isEqualTo(2);
            assertThat(preset.scaled()).isTrue();
        }
        assertThat(AttentionPresets.previousToken(new String[] {"a", "b", "c"}, 5).dimension()).isEqualTo(5);
    }

    @Test
    void selfPresetMatchesEachQueryWithItsOwnKey() {
        AttentionState self = AttentionPresets.self(numbered);

        assertThat(self.q()).isDeepEqualTo(self.k());
        double[][] scores = scores(self);
        for (int i = 0; i < 4; i++) {
            assertThat(largestIndex(scores[i])).as("row %d", i).isEqualTo(i);
        }
    }

    @Test
    void uniformPresetHasOnlyZeroQueries() {
        assertThat(cells(AttentionPresets.uniform(numbered).q())).containsOnly(0.0);
    }

    @Test
    void randomPresetUsesTenthsBetweenMinusTwoAndTwo() {
        AttentionState random = AttentionPresets.random(numbered, new Random(42));

        for (Matrix which : Matrix.values()) {
            assertThat(cells(random.matrix(which))).as("%s", which).allSatisfy(x -> {
                assertThat(x).isBetween(-2.0, 2.0);
                assertThat(x * 10).isCloseTo(Math.rint(x * 10), within(1e-9));
            });
        }
        assertThat(AttentionPresets.random(numbered, new Random(42))).as("same seed").isEqualTo(random);
    }

    @Test
    void previousTokenPresetMakesEachTokenLookOneStepBack() {
        AttentionState state = AttentionPresets.previousToken(FOUR, 4);
        double[][] scores = scores(state);

        for (int i = 1; i < 4; i++) {
            assertThat(largestIndex(scores[i])).as("row %d of %s", i, Arrays.deepToString(scores)).isEqualTo(i - 1);
        }
    }

    @Test
    void theDefaultIsThePreviousTokenPreset() {
        assertThat(AttentionState.defaults()).isEqualTo(AttentionPresets.previousToken(FOUR, 4));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A rows × columns matrix holding start, start + 1, ... row by row. */
    private static double[][] numbered(int rows, int columns, int start) {
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = start + r * columns + c;
            }
        }
        return m;
    }

    private static List<Double> cells(double[][] matrix) {
        return Arrays.stream(matrix).flatMapToDouble(Arrays::stream).boxed().toList();
    }

    /** Unscaled scores: row i holds query i dotted with every key. */
    private static double[][] scores(AttentionState state) {
        double[][] q = state.q();
        double[][] k = state.k();
        return Arrays.stream(q).map(qi -> Arrays.stream(k).mapToDouble(kj -> dot(qi, kj)).toArray())
                .toArray(double[][]::new);
    }

    private static double dot(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] * b[i]).sum();
    }

    /** The index of the strictly largest value; -1 when the largest value is shared. */
    private static int largestIndex(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        int winner = best;
        return IntStream.range(0, row.length).filter(j -> row[j] == row[winner]).count() == 1 ? winner : -1;
    }

    @Test
    void anEditOfACellOutsideTheMatrixIsRefusedWithAMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> numbered.withCell(AttentionState.Matrix.K, numbered.tokenCount(), 0, 1))
                .withMessageContaining("There is no K row number " + (numbered.tokenCount() + 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> numbered.withCell(AttentionState.Matrix.Q, 0, -1, 1))
                .withMessage("There is no Q column before the first; they are numbered 1 to " + numbered.dimension() + ".");
    }

    @Test
    void theHeadOnShowIsPartOfTheStateAndStaysValidWhenTheHeadsChange() {
        AttentionState four = AttentionState.defaults().withHeads(4).withHead(3);
        assertThat(four.head()).isEqualTo(3);
        assertThat(four.withHeads(2).head()).as("head 3 of 2 does not exist: back to head 1").isEqualTo(1);
        assertThat(four.withHeads(4).head()).isEqualTo(3);
        assertThat(four.withDimension(3).head()).as("d = 3 takes one head").isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> four.withHead(5))
                .withMessage("head is the head on show, 1 to 4, not 5.");
        assertThat(AttentionState.defaults().head()).isEqualTo(1);
    }
}
