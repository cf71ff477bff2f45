package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TextMetrics against {@code text_metrics.json}, written by an independent plain-Python implementation
 * ({@code compute/reference/text_metrics_reference.py}) for the sentence pairs in
 * {@code compute/reference/text_metrics_pairs.json}: tokens and counts exactly, scores within {@link #TOLERANCE}.
 */
class TextMetricsTest {

    /** Scores are ratios of small whole numbers and one exp/log; both sides agree to the last few bits. */
    static final double TOLERANCE = 1e-12;

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("text_metrics.json").stream().map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @Test
    void thereAreAtLeastTenReferencePairs() {
        assertThat(ReferenceData.cases("text_metrics.json")).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void tokensMatchPythonsRe(String name, JsonNode c) {
        assertThat(TextMetrics.tokens(c.get("candidate").asText())).isEqualTo(texts(c.get("candidateTokens")));
        for (int k = 0; k < c.get("references").size(); k++) {
            assertThat(TextMetrics.tokens(c.get("references").get(k).asText()))
                    .isEqualTo(texts(c.get("referenceTokens").get(k)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        TextMetricsResult r = TextMetrics.evaluate(c.get("candidate").asText(), texts(c.get("references"))
                .toArray(String[]::new));

        assertThat(r.candidateLength()).isEqualTo(c.get("candidateLength").asInt());
        assertThat(r.effectiveReferenceLength()).isEqualTo(c.get("effectiveReferenceLength").asInt());
        assertThat(r.matches()).isEqualTo(ints(c.get("matches")));
        assertThat(r.totals()).isEqualTo(ints(c.get("totals")));
        assertThat(r.lcsLengths()).isEqualTo(ints(c.get("lcsLengths")));
        assertThat(r.rougeBest()).isEqualTo(ints(c.get("rougeBest")));
        close("precisions", r.precisions(), c.get("precisions"));
        close("smoothedPrecisions", r.smoothedPrecisions(), c.get("smoothedPrecisions"));
        assertThat(r.brevityPenalty()).as("brevity penalty").isCloseTo(c.get("brevityPenalty").asDouble(),
                within(TOLERANCE));
        assertThat(r.bleu()).as("BLEU").isCloseTo(c.get("bleu").asDouble(), within(TOLERANCE));
        assertThat(r.smoothedBleu()).as("smoothed BLEU").isCloseTo(c.get("smoothedBleu").asDouble(),
                within(TOLERANCE));
        close("ROUGE-1", r.rouge1(), c.get("rouge1"));
        close("ROUGE-2", r.rouge2(), c.get("rouge2"));
        close("ROUGE-L", r.rougeL(), c.get("rougeL"));
        for (int k = 0; k < r.rougeByReference().length; k++) {
            for (int m = 0; m < 3; m++) {
                close("reference " + k + " measure " + m, r.rougeByReference()[k][m],
                        c.get("rougeByReference").get(k).get(m));
            }
        }
    }

    @Test
    void lessonExample() {
        TextMetricsResult r = TextMetrics.evaluate("The cat sat on the mat.",
                new String[] {"The cat is on the mat.", "There is a cat on the mat."});
        assertThat(r.matches()).containsExactly(6, 4, 2, 1);
        assertThat(r.totals()).containsExactly(7, 6, 5, 4);
        // (6/7 · 4/6 · 2/5 · 1/4)^(1/4) and (6/7 · 5/7 · 3/6 · 2/5)^(1/4)
        assertThat(r.bleu()).isCloseTo(Math.pow(2.0 / 35, 0.25), within(1e-15));
        assertThat(r.smoothedBleu()).isCloseTo(Math.pow(6.0 / 49, 0.25), within(1e-15));
        assertThat(r.bleu()).isCloseTo(0.4889, within(5e-5));
        assertThat(r.smoothedBleu()).isCloseTo(0.5915, within(5e-5));
        assertThat(r.rouge1()).containsExactly(6.0 / 7, 6.0 / 7, 6.0 / 7);
    }

    @Test
    void highlightsAgreeWithTheCounts() {
        TextMetricsResult r = TextMetrics.evaluate("the the the cat sat on the mat",
                new String[] {"the cat is on the mat", "a cat sat on a mat"});
        // 1-grams: 'the' clipped at 2 (the first two), cat, sat, on, mat
        assertThat(r.candidateMatches()[0]).containsExactly(1, 1, 0, 1, 1, 1, 0, 1);
        assertThat(r.matches()[0]).isEqualTo(6);
        // 2-grams matched: "the cat", "cat sat", "sat on", "on the", "the mat"
        assertThat(r.candidateMatches()[1]).containsExactly(0, 0, 1, 1, 1, 1, 1, 1);
        // ROUGE-2 against the first reference: "the cat", "on the", "the mat" marked there
        assertThat(r.referenceMatches()[0][1]).containsExactly(1, 1, 0, 1, 1, 1);
        // LCS with the first reference: "the cat on the mat"
        assertThat(IntStream.of(r.candidateLcs()[0]).sum()).isEqualTo(r.lcsLengths()[0]).isEqualTo(5);
        assertThat(IntStream.of(r.referenceLcs()[0]).sum()).isEqualTo(5);
    }

    @Test
    void lcsMarksAreACommonSubsequence() {
        String[] refs = {"over the lazy dog a quick brown fox jumps", "the quick brown fox jumped over the lazy dog"};
        String candidate = "a quick brown fox jumps over the lazy dog";
        TextMetricsResult r = TextMetrics.evaluate(candidate, refs);
        List<String> cand = TextMetrics.tokens(candidate);
        for (int k = 0; k < refs.length; k++) {
            List<String> ref = TextMetrics.tokens(refs[k]);
            List<String> fromCandidate = marked(cand, r.candidateLcs()[k]);
            assertThat(marked(ref, r.referenceLcs()[k])).isEqualTo(fromCandidate).hasSize(r.lcsLengths()[k]);
        }
    }

    @Test
    void noScoreIsEverNaN() {
        TextMetricsResult r = TextMetrics.evaluate("!", new String[] {"?"});
        assertThat(r.bleu()).isZero();
        assertThat(r.smoothedBleu()).isZero();
        assertThat(r.precisions()).containsExactly(0, 0, 0, 0);
        assertThat(r.rouge2()).containsExactly(0, 0, 0);
        assertThat(r.rougeL()).containsExactly(0, 0, 0);
    }

    @Test
    void refusesEmptyTextAndMissingReferences() {
        assertThatThrownBy(() -> TextMetrics.evaluate("  ", new String[] {"a"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The candidate is empty; type a sentence to score.");
        assertThatThrownBy(() -> TextMetrics.evaluate("a", new String[] {"a", " "}))
                .hasMessage("Reference 2 is empty; type a sentence to score.");
        assertThatThrownBy(() -> TextMetrics.evaluate("a", new String[0]))
                .hasMessage("Give at least one reference to compare the candidate with.");
    }

    private static List<String> marked(List<String> tokens, int[] marks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] == 1) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    private static void close(String what, double[] actual, JsonNode expected) {
        assertThat(actual).as(what).hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as(what + "[" + i + "]").isCloseTo(expected.get(i).asDouble(), within(TOLERANCE));
        }
    }

    private static int[] ints(JsonNode node) {
        return IntStream.range(0, node.size()).map(i -> node.get(i).asInt()).toArray();
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
