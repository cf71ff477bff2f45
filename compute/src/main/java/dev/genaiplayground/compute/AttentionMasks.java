package dev.genaiplayground.compute;

/**
 * Which token may attend to which in the three transformer families, and the attention weights that result.
 *
 * <p>Every word gets a seeded embedding x of {@link #DIMENSIONS} numbers ({@link SeededValues}, name "word " +
 * the word), and attention uses Q = K = V = X with scores divided by √d, so that the pattern comes from the mask
 * and the words alone. Self-attention goes through {@link Attention#compute}: blocked cells get a score of −∞ and a
 * weight of exactly 0.
 */
public final class AttentionMasks {

    /** Size of the word embeddings. */
    public static final int DIMENSIONS = 8;

    /** The most words a sentence may have here (a grid people can still read). */
    public static final int MAX_WORDS = 32;

    /** The three ways a transformer lets tokens see each other. */
    public enum Architecture {
        /** BERT-like: every token sees every token of the sentence. */
        ENCODER,
        /** GPT-like: a token sees itself and the tokens before it. */
        DECODER,
        /** The original translation transformer: the encoder reads the sentence, the decoder writes the target. */
        ENCODER_DECODER
    }

    private AttentionMasks() {
    }

    /**
     * @param architecture which family
     * @param sentence     the words the encoder reads (or, decoder-only, the words the decoder reads)
     * @param target       the decoder's words for {@link Architecture#ENCODER_DECODER}; ignored otherwise
     * @param seed         chooses the embeddings
     */
    public static AttentionMasksResult compute(Architecture architecture, String[] sentence, String[] target,
                                               long seed) {
        if (architecture == null) {
            throw new IllegalArgumentException("architecture is missing");
        }
        words("sentence", sentence);
        boolean both = architecture == Architecture.ENCODER_DECODER;
        if (both) {
            words("target", target);
        }
        double[][] x = SeededValues.rows("word ", sentence, seed, DIMENSIONS);
        boolean causal = architecture == Architecture.DECODER;
        AttentionResult self = Attention.compute(x, x, x, 1, true, causal);
        int[][] none = new int[0][];
        double[][] empty = new double[0][];
        if (!both) {
            return new AttentionMasksResult(mask(sentence.length, sentence.length, causal), self.weights()[0], none,
                    empty, none, empty);
        }
        double[][] y = SeededValues.rows("word ", target, seed, DIMENSIONS);
        AttentionResult decoder = Attention.compute(y, y, y, 1, true, true);
        ScoredAttention.Weighted cross = ScoredAttention.compute(y, x, x, null);
        return new AttentionMasksResult(mask(sentence.length, sentence.length, false), self.weights()[0],
                mask(target.length, target.length, true), decoder.weights()[0],
                mask(target.length, sentence.length, false), cross.weights());
    }

    /** 1 where query i may attend to key j, 0 where it may not. */
    static int[][] mask(int queries, int keys, boolean causal) {
        int[][] mask = new int[queries][keys];
        for (int i = 0; i < queries; i++) {
            for (int j = 0; j < keys; j++) {
                mask[i][j] = causal && j > i ? 0 : 1;
            }
        }
        return mask;
    }

    private static void words(String name, String[] words) {
        if (words == null || words.length == 0) {
            throw new IllegalArgumentException(name + " has no words; give at least one");
        }
        if (words.length > MAX_WORDS) {
            throw new IllegalArgumentException(name + " has " + words.length + " words; at most " + MAX_WORDS
                    + " are allowed");
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i] == null || words[i].isEmpty()) {
                throw new IllegalArgumentException(name + ": word " + (i + 1) + " is empty");
            }
        }
    }
}
