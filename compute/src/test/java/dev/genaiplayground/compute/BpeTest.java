package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-level BPE against an independent plain-Python implementation with the same tie rule
 * ({@code compute/reference/make_bpe_reference.py}): every merge, count, id and token text must be equal; the
 * ratios within 1e-12. Decoding must give back the exact text, accents, emoji and CJK included.
 */
class BpeTest {

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("bpe.json").stream().map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesPython(String name, JsonNode c) {
        String sentence = c.get("sentence").asText();
        BpeResult r = Bpe.run(c.get("text").asText(), c.get("merges").asInt(), sentence, c.get("step").asInt(),
                c.get("context").asInt());
        assertThat(r.learnedMerges()).isEqualTo(c.get("learnedMerges").asInt());
        assertThat(r.mergePairs()).isDeepEqualTo(ints2(c.get("mergePairs")));
        assertThat(r.mergeCounts()).containsExactly(ints(c.get("mergeCounts")));
        assertThat(r.vocabBytes()).isDeepEqualTo(ints2(c.get("vocabBytes")));
        assertThat(r.sentenceIds()).containsExactly(ints(c.get("sentenceIds")));
        assertThat(r.sentenceCharacters()).isEqualTo(c.get("sentenceCharacters").asInt());
        assertThat(r.sentenceBytes()).isEqualTo(c.get("sentenceBytes").asInt());
        assertThat(r.sentenceTokens()).isEqualTo(c.get("sentenceTokens").asInt());
        assertThat(r.textCharacters()).isEqualTo(c.get("textCharacters").asInt());
        assertThat(r.textBytes()).isEqualTo(c.get("textBytes").asInt());
        assertThat(r.textTokens()).isEqualTo(c.get("textTokens").asInt());
        assertThat(r.textTokensAfter()).containsExactly(ints(c.get("textTokensAfter")));
        assertThat(r.sentenceTokensAfter()).containsExactly(ints(c.get("sentenceTokensAfter")));
        assertThat(r.stepIds()).containsExactly(ints(c.get("stepIds")));
        assertThat(r.charactersPerToken()).isCloseTo(c.get("charactersPerToken").asDouble(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.contextFill()).isCloseTo(c.get("contextFill").asDouble(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.contextCharacters()).isCloseTo(c.get("contextCharacters").asDouble(),
                org.assertj.core.data.Offset.offset(1e-6));
        String[] texts = Arrays.stream(r.sentenceIds()).mapToObj(r::tokenText).toArray(String[]::new);
        String[] expected = new String[c.get("sentenceTokenTexts").size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = c.get("sentenceTokenTexts").get(i).asText();
        }
        assertThat(texts).containsExactly(expected);
        assertThat(r.decode(r.sentenceIds())).isEqualTo(sentence).isEqualTo(c.get("decoded").asText());
    }

    @Test
    void withNoMergesTheTokensAreTheBytes() {
        String sentence = "naïve café, 東京, 🙂";
        BpeResult r = Bpe.run("anything at all", 0, sentence, 0, 100);
        byte[] utf8 = sentence.getBytes(StandardCharsets.UTF_8);
        assertThat(r.sentenceTokens()).isEqualTo(r.sentenceBytes()).isEqualTo(utf8.length).isEqualTo(26);
        assertThat(r.sentenceCharacters()).isEqualTo(17);
        assertThat(r.sentenceIds()).containsExactly(IntStream.range(0, utf8.length).map(i -> utf8[i] & 0xFF).toArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"déjà vu, naïve, Ångström, Œuvre, e\u0301 (decomposed)", "東京タワー、学而時習之。한국어",
            "👨‍👩‍👧 🇫🇷 👍🏽 ❤️ 🙂🙂🙂", "mixed: café ☕ 咖啡 𝄞 ∑"})
    void accentsEmojiAndCjkDecodeBackExactly(String sentence) {
        for (String text : new String[] {sentence + " " + sentence, "plain ASCII training text, plain and simple"}) {
            for (int merges : new int[] {0, 1, 5, 40, Bpe.MAX_MERGES}) {
                BpeResult r = Bpe.run(text, merges, sentence, 0, 10);
                assertThat(r.decode(r.sentenceIds())).isEqualTo(sentence);
                assertThat(r.decode(r.stepIds())).isEqualTo(text);
                int bytes = 0;
                for (int id : r.sentenceIds()) {
                    bytes += r.bytesOf(id).length;
                }
                assertThat(bytes).isEqualTo(sentence.getBytes(StandardCharsets.UTF_8).length);
            }
        }
    }

    @Test
    void mergesNeverLengthenTheSequence() {
        BpeResult r = Bpe.run("the cat sat on the mat; the cat ate the rat", 40, "the rat sat", 0, 10);
        for (int m = 1; m < r.textTokensAfter().length; m++) {
            assertThat(r.textTokensAfter()[m]).isLessThanOrEqualTo(r.textTokensAfter()[m - 1]);
            assertThat(r.sentenceTokensAfter()[m]).isLessThanOrEqualTo(r.sentenceTokensAfter()[m - 1]);
        }
        assertThat(r.textTokensAfter()[0]).isEqualTo(r.textBytes());
    }

    @Test
    void tiesGoToTheSmallerPair() {
        // (a,b), (b,a) and (c,d)... each twice: (a=97, b=98) is the smallest pair
        BpeResult r = Bpe.run("abab cdcd", 1, "ab", 0, 1);
        assertThat(r.mergePairs()[0]).containsExactly('a', 'b');
    }

    @Test
    void displayShowsIncompleteBytesAsHexAndInvisiblesAsCodePoints() {
        assertThat(Bpe.display(new int[] {0xE2, 0x82})).isEqualTo("<0xE2><0x82>");
        assertThat(Bpe.display(new int[] {0xE2, 0x82, 0xAC, ' ', 'a', '\n'})).isEqualTo("€␣a↵");
        assertThat(Bpe.display(new int[] {0xA9, 't'})).isEqualTo("<0xA9>t");
        assertThat(Bpe.display(new int[] {0xE2, 0x80, 0x8D})).isEqualTo("<U+200D>");
        assertThat(Bpe.display(new int[] {'<', 'b', '>'})).isEqualTo("<b>"); // text, shown as text by the view
    }

    @Test
    void aLargestRunStaysWellUnderFiftyMilliseconds() {
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < Bpe.MAX_TEXT_BYTES - 20) {
            text.append("Token ").append(text.length() % 97).append(" é 東 🙂 ");
        }
        String sentence = "x".repeat(Bpe.MAX_SENTENCE_BYTES);
        for (int i = 0; i < 20; i++) { // warm up
            Bpe.run(text.toString(), Bpe.MAX_MERGES, sentence, 100, 1000);
        }
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Bpe.run(text.toString(), Bpe.MAX_MERGES, sentence, 100, 1000);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BPE, %d bytes, %d merges: p50 %.2f ms, p95 %.2f ms%n", Bpe.MAX_TEXT_BYTES,
                Bpe.MAX_MERGES, nanos[25] / 1e6, nanos[47] / 1e6);
        assertThat(nanos[25] / 1e6).isLessThan(50);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Bpe.run("", 1, "a", 0, 1)).hasMessageContaining("text is empty");
        assertThatThrownBy(() -> Bpe.run("a".repeat(Bpe.MAX_TEXT_BYTES + 1), 1, "a", 0, 1))
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> Bpe.run("ab", -1, "a", 0, 1)).hasMessageContaining("merges must be");
        assertThatThrownBy(() -> Bpe.run("ab", 2, "a", 3, 1)).hasMessageContaining("step must be");
        assertThatThrownBy(() -> Bpe.run("ab", 2, "\uD800", 0, 1)).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> Bpe.run("ab", 2, "a", 0, 0)).hasMessageContaining("context must be");
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    private static int[][] ints2(JsonNode node) {
        int[][] out = new int[node.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ints(node.get(i));
        }
        return out;
    }
}
