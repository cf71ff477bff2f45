package dev.genaiplayground.widget.attention;

import java.util.Random;

/** Ready-made Q, K and V fillings that show one attention pattern each, and a random filling to explore. */
final class AttentionPresets {

    /** Big enough that the pattern is clear after the softmax, small enough that other tokens still get some. */
    private static final double STRENGTH = 2;

    private AttentionPresets() {
    }

    /**
     * Token i's query matches token i−1's key, so each token looks back one step (the first, with nothing before
     * it, spreads its attention evenly); V is the identity.
     */
    static AttentionState previousToken(String[] tokens, int d) {
        if (d < AttentionState.MIN_DIMENSION || d > AttentionState.MAX_DIMENSION) {
            throw new IllegalArgumentException("d must be " + AttentionState.MIN_DIMENSION + " to "
                    + AttentionState.MAX_DIMENSION + ".");
        }
        int t = tokens.length;
        double[][] q = new double[t][d];
        double[][] k = new double[t][d];
        for (int i = 0; i < t; i++) {
            q[i][i % d] = STRENGTH;
            if (i + 1 < t) {
                k[i][(i + 1) % d] = STRENGTH;
            }
        }
        return new AttentionState(tokens, q, k, identity(t, d), 1, true, false);
    }

    /** Each token's query matches its own key: the weights sit on the diagonal. */
    static AttentionState self(AttentionState from) {
        int t = from.tokenCount();
        int d = from.dimension();
        double[][] qk = new double[t][d];
        for (int i = 0; i < t; i++) {
            qk[i][i % d] = STRENGTH;
        }
        return from.withMatrices(qk, qk, identity(t, d));
    }

    /** All queries are zero: every score is 0 and every token spreads its attention evenly. */
    static AttentionState uniform(AttentionState from) {
        int t = from.tokenCount();
        int d = from.dimension();
        return from.withMatrices(new double[t][d], from.k(), from.v());
    }

    /** Numbers from −2 to 2 in steps of 0.1. */
    static AttentionState random(AttentionState from, Random random) {
        int t = from.tokenCount();
        int d = from.dimension();
        return from.withMatrices(randomMatrix(t, d, random), randomMatrix(t, d, random), randomMatrix(t, d, random));
    }

    private static double[][] randomMatrix(int rows, int columns, Random random) {
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = (random.nextInt(41) - 20) / 10.0;
            }
        }
        return m;
    }

    private static double[][] identity(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            m[i][i % columns] = 1;
        }
        return m;
    }
}
