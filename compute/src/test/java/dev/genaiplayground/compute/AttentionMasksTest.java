package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.matrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaiplayground.compute.AttentionMasks.Architecture;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AttentionMasks against {@code compute/reference/make_masks_pe_reference.py} (1e-9), and its invariants. */
class AttentionMasksTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> cases() {
        return ReferenceData.cases("attention_masks.json").stream().map(c -> Arguments.of(
                c.get("architecture").asText() + " " + c.get("sentence") + " " + c.get("target"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumPy(String name, JsonNode c) {
        AttentionMasksResult r = AttentionMasks.compute(Architecture.valueOf(c.get("architecture").asText()),
                words(c.get("sentence")), words(c.get("target")), c.get("seed").asLong());
        assertThat(r.sentenceMask()).isDeepEqualTo(ints(c.get("sentenceMask")));
        assertThat(r.targetMask()).isDeepEqualTo(ints(c.get("targetMask")));
        assertThat(r.crossMask()).isDeepEqualTo(ints(c.get("crossMask")));
        PositionalEncodingTest.close("sentenceWeights", matrix(c.get("sentenceWeights")), r.sentenceWeights(),
                TOLERANCE);
        PositionalEncodingTest.close("targetWeights", matrix(c.get("targetWeights")), r.targetWeights(), TOLERANCE);
        PositionalEncodingTest.close("crossWeights", matrix(c.get("crossWeights")), r.crossWeights(), TOLERANCE);
    }

    @Test
    void blockedCellsAreExactlyZeroAndRowsSumToOne() {
        String[] sentence = "a rose is a rose is a rose".split(" ");
        for (Architecture architecture : Architecture.values()) {
            AttentionMasksResult r = AttentionMasks.compute(architecture, sentence, "eine Rose ist".split(" "), 42);
            check(r.sentenceMask(), r.sentenceWeights());
            check(r.targetMask(), r.targetWeights());
            check(r.crossMask(), r.crossWeights());
        }
    }

    @Test
    void onlyTheDecoderHidesTheFuture() {
        String[] s = {"x", "y", "z"};
        assertThat(AttentionMasks.compute(Architecture.ENCODER, s, s, 0).sentenceMask()[0]).containsExactly(1, 1, 1);
        assertThat(AttentionMasks.compute(Architecture.DECODER, s, s, 0).sentenceMask()[0]).containsExactly(1, 0, 0);
        AttentionMasksResult both = AttentionMasks.compute(Architecture.ENCODER_DECODER, s, new String[] {"p", "q"}, 0);
        assertThat(both.sentenceMask()[0]).containsExactly(1, 1, 1);
        assertThat(both.targetMask()).isDeepEqualTo(new int[][] {{1, 0}, {1, 1}});
        assertThat(both.crossMask()).isDeepEqualTo(new int[][] {{1, 1, 1}, {1, 1, 1}});
    }

    @Test
    void refusesMissingOrTooManyWords() {
        assertThatThrownBy(() -> AttentionMasks.compute(Architecture.ENCODER, new String[0], null, 0))
                .hasMessageContaining("no words");
        String[] many = new String[AttentionMasks.MAX_WORDS + 1];
        Arrays.fill(many, "w");
        assertThatThrownBy(() -> AttentionMasks.compute(Architecture.DECODER, many, null, 0))
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> AttentionMasks.compute(Architecture.ENCODER_DECODER, many.clone(), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void check(int[][] mask, double[][] weights) {
        for (int i = 0; i < mask.length; i++) {
            double sum = 0;
            for (int j = 0; j < mask[i].length; j++) {
                if (mask[i][j] == 0) {
                    assertThat(weights[i][j]).isEqualTo(0.0);
                } else {
                    assertThat(weights[i][j]).isPositive();
                }
                sum += weights[i][j];
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    private static String[] words(JsonNode list) {
        String[] words = new String[list.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = list.get(i).asText();
        }
        return words;
    }

    private static int[][] ints(JsonNode rows) {
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[rows.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = rows.get(i).get(j).asInt();
            }
        }
        return out;
    }
}
