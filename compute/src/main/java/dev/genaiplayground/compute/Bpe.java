package dev.genaiplayground.compute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Byte-level byte-pair encoding (BPE), trained on one text.
 *
 * <p>The text is turned into its UTF-8 bytes; each byte is a token, ids 0 to 255. Training then repeats: count
 * every adjacent pair of tokens in the sequence (overlapping pairs included, so "aaa" holds the pair (a, a) twice),
 * take the most frequent pair, give it the next id (256, 257, ...) and replace its occurrences from left to right
 * (non-overlapping, so "aaa" becomes "aa", "a"). <b>Ties</b> between equally frequent pairs go to the pair with the
 * smaller first id, then the smaller second id. Training stops early when no pair occurs twice: merging a pair
 * seen once saves nothing. There is no pre-splitting into words, so merges may cross spaces.
 *
 * <p>Encoding a new text applies the learned merges in the order they were learned, each to the whole sequence
 * (the same as repeatedly merging the present pair with the lowest rank). Decoding concatenates the tokens' bytes,
 * so any text, accents, emoji and CJK included, decodes back exactly.
 *
 * <p>Plain Java, no ND4J: there is no linear algebra here. Cost is bounded by {@link #MAX_TEXT_BYTES} ×
 * {@link #MAX_MERGES} pair visits (about a million).
 */
public final class Bpe {

    public static final int BYTE_TOKENS = 256;
    public static final int MAX_TEXT_BYTES = 2000;
    public static final int MAX_SENTENCE_BYTES = 300;
    public static final int MAX_MERGES = 256;
    public static final int MAX_CONTEXT = 1 << 20;

    private Bpe() {
    }

    /**
     * Trains {@code merges} merges on {@code text}, then encodes {@code sentence}; {@code step} picks the merge on
     * show (the training text after that many merges), {@code context} the window the context meter counts.
     */
    public static BpeResult run(String text, int merges, String sentence, int step, int context) {
        byte[] textBytes = utf8("text", text, MAX_TEXT_BYTES);
        byte[] sentenceBytes = utf8("sentence", sentence, MAX_SENTENCE_BYTES);
        if (merges < 0 || merges > MAX_MERGES) {
            throw new IllegalArgumentException("merges must be 0 to " + MAX_MERGES + ", not " + merges + ".");
        }
        if (step < 0 || step > merges) {
            throw new IllegalArgumentException("step must be 0 to merges (" + merges + "), not " + step + ".");
        }
        if (context < 1 || context > MAX_CONTEXT) {
            throw new IllegalArgumentException("context must be 1 to " + MAX_CONTEXT + " tokens, not " + context + ".");
        }

        int vocabulary = BYTE_TOKENS + merges;
        int[] sequence = ids(textBytes);
        int length = sequence.length;
        int[] counts = new int[vocabulary * vocabulary];
        int[] touched = new int[Math.max(1, length)];
        List<int[]> pairs = new ArrayList<>();
        List<Integer> pairCounts = new ArrayList<>();
        int[] textTokensAfter = new int[merges + 1];
        textTokensAfter[0] = length;
        int[] stepIds = step == 0 ? sequence.clone() : null;
        for (int m = 0; m < merges; m++) {
            int touchedCount = 0;
            for (int i = 0; i + 1 < length; i++) {
                int key = sequence[i] * vocabulary + sequence[i + 1];
                if (counts[key]++ == 0) {
                    touched[touchedCount++] = key;
                }
            }
            int best = -1;
            int bestCount = 0;
            for (int t = 0; t < touchedCount; t++) {
                int key = touched[t];
                int count = counts[key];
                if (count > bestCount || count == bestCount && key < best) {
                    best = key;
                    bestCount = count;
                }
                counts[key] = 0;
            }
            if (bestCount < 2) {
                break;
            }
            int left = best / vocabulary;
            int right = best % vocabulary;
            int id = BYTE_TOKENS + m;
            length = merge(sequence, length, left, right, id);
            pairs.add(new int[] {left, right});
            pairCounts.add(bestCount);
            textTokensAfter[m + 1] = length;
            if (m + 1 == step) {
                stepIds = java.util.Arrays.copyOf(sequence, length);
            }
        }
        int learned = pairs.size();
        for (int m = learned + 1; m <= merges; m++) {
            textTokensAfter[m] = length; // no pair occurs twice any more: nothing changes
        }
        if (stepIds == null) {
            stepIds = java.util.Arrays.copyOf(sequence, length);
        }
        int[][] mergePairs = pairs.toArray(int[][]::new);
        int[][] vocabBytes = new int[learned][];
        for (int m = 0; m < learned; m++) {
            vocabBytes[m] = concat(bytesOf(mergePairs[m][0], vocabBytes), bytesOf(mergePairs[m][1], vocabBytes));
        }

        int[] encoded = ids(sentenceBytes);
        int encodedLength = encoded.length;
        int[] sentenceTokensAfter = new int[merges + 1];
        sentenceTokensAfter[0] = encodedLength;
        for (int m = 0; m < merges; m++) {
            if (m < learned) {
                encodedLength = merge(encoded, encodedLength, mergePairs[m][0], mergePairs[m][1], BYTE_TOKENS + m);
            }
            sentenceTokensAfter[m + 1] = encodedLength;
        }
        int textCharacters = text.codePointCount(0, text.length());
        double charactersPerToken = textCharacters / (double) length;
        return new BpeResult(learned, mergePairs, pairCounts.stream().mapToInt(Integer::intValue).toArray(),
                vocabBytes, java.util.Arrays.copyOf(encoded, encodedLength),
                sentence.codePointCount(0, sentence.length()), sentenceBytes.length, encodedLength,
                textCharacters, textBytes.length, length, textTokensAfter, sentenceTokensAfter, stepIds,
                charactersPerToken, length / (double) context, charactersPerToken * context);
    }

    /**
     * A token's bytes as readable text: every complete UTF-8 character as itself (a space as '␣', a line break as
     * '↵', a character that is invisible on its own, such as a zero-width joiner or a variation selector, as
     * {@code <U+200D>}), every byte that is not part of a complete character inside this token as {@code <0xE2>}.
     */
    public static String display(int[] bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i];
            int size = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3
                    : (lead & 0xF8) == 0xF0 ? 4 : 0;
            boolean complete = size > 0 && i + size <= bytes.length;
            for (int j = 1; complete && j < size; j++) {
                complete = (bytes[i + j] & 0xC0) == 0x80;
            }
            if (!complete) {
                out.append(String.format(Locale.ROOT, "<0x%02X>", lead));
                i++;
                continue;
            }
            byte[] character = new byte[size];
            for (int j = 0; j < size; j++) {
                character[j] = (byte) bytes[i + j];
            }
            String decoded = new String(character, StandardCharsets.UTF_8);
            int point = decoded.codePointAt(0);
            int type = Character.getType(point);
            if (point == ' ') {
                out.append('␣');
            } else if (point == '\n') {
                out.append('↵');
            } else if (type == Character.CONTROL || type == Character.FORMAT || point >= 0xFE00 && point <= 0xFE0F) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", point)); // invisible alone: joiners, selectors
            } else {
                out.append(decoded);
            }
            i += size;
        }
        return out.toString();
    }

    /** Replaces every (left, right) in the first {@code length} ids by {@code id}, left to right; the new length. */
    private static int merge(int[] ids, int length, int left, int right, int id) {
        int out = 0;
        int i = 0;
        while (i < length) {
            if (i + 1 < length && ids[i] == left && ids[i + 1] == right) {
                ids[out++] = id;
                i += 2;
            } else {
                ids[out++] = ids[i++];
            }
        }
        return out;
    }

    private static int[] bytesOf(int id, int[][] merged) {
        return id < BYTE_TOKENS ? new int[] {id} : merged[id - BYTE_TOKENS];
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] ids(byte[] bytes) {
        int[] ids = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ids[i] = bytes[i] & 0xFF;
        }
        return ids;
    }

    private static byte[] utf8(String name, String text, int maxBytes) {
        if (text == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " holds half a character (a lone surrogate); remove it.");
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new IllegalArgumentException(name + " is empty; type some text.");
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(name + " is " + bytes.length + " bytes in UTF-8; at most " + maxBytes
                    + " are allowed (a letter of English is 1 byte, an accented letter 2, a CJK character 3, an emoji 4).");
        }
        return bytes;
    }
}
