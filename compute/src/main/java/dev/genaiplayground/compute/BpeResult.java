package dev.genaiplayground.compute;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level BPE trained on a text, and a test sentence encoded with it. Ids 0 to 255 are the bytes; id 256 + m
 * is the token made by merge m (counting from 0).
 *
 * @param learnedMerges       merges actually learned: fewer than asked when no pair occurs twice any more
 * @param mergePairs          for each merge, the two ids it joins, in the order learned
 * @param mergeCounts         how often each pair occurred in the training text when it was merged
 * @param vocabBytes          the UTF-8 bytes of each learned token (id 256 + m)
 * @param sentenceIds         the test sentence as token ids, with all learned merges
 * @param sentenceCharacters  the test sentence's length in characters (Unicode code points)
 * @param sentenceBytes       ... in UTF-8 bytes
 * @param sentenceTokens      ... in tokens
 * @param textCharacters      the training text's length in characters
 * @param textBytes           ... in UTF-8 bytes
 * @param textTokens          ... in tokens after all learned merges
 * @param textTokensAfter     training-text tokens after 0, 1, ..., merges merges
 * @param sentenceTokensAfter sentence tokens after 0, 1, ..., merges merges
 * @param stepIds             the training text as ids after {@code step} merges
 * @param charactersPerToken  training-text characters per token, with all merges
 * @param contextFill         training-text tokens / context window (above 1: it does not fit)
 * @param contextCharacters   characters of text like this that fill the context window
 */
public record BpeResult(int learnedMerges, int[][] mergePairs, int[] mergeCounts, int[][] vocabBytes,
                        int[] sentenceIds, int sentenceCharacters, int sentenceBytes, int sentenceTokens,
                        int textCharacters, int textBytes, int textTokens, int[] textTokensAfter,
                        int[] sentenceTokensAfter, int[] stepIds, double charactersPerToken, double contextFill,
                        double contextCharacters) {

    /** The UTF-8 bytes of one token id. */
    public int[] bytesOf(int id) {
        if (id < 0 || id >= Bpe.BYTE_TOKENS + vocabBytes.length) {
            throw new IllegalArgumentException("There is no token " + id + " in this vocabulary.");
        }
        return id < Bpe.BYTE_TOKENS ? new int[] {id} : vocabBytes[id - Bpe.BYTE_TOKENS].clone();
    }

    /** A token as text a person can read (see {@link Bpe#display}). */
    public String tokenText(int id) {
        return Bpe.display(bytesOf(id));
    }

    /** The text that a list of ids stands for: their bytes joined and read as UTF-8. */
    public String decode(int[] ids) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int id : ids) {
            for (int b : bytesOf(id)) {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
