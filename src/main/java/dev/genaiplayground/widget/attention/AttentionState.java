package dev.genaiplayground.widget.attention;

import dev.genaiplayground.compute.Attention;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The attention widget's whole state: the tokens, their query, key and value vectors (one row per token, d columns),
 * how many heads split d, and whether scores are scaled by 1/√d_head and causally masked.
 */
public record AttentionState(
        @Limits(minCount = AttentionState.MIN_TOKENS, maxCount = AttentionState.MAX_TOKENS,
                maxLength = StateRules.MAX_LABEL_LENGTH) String[] tokens,
        @Limits(min = -AttentionState.MAX_ABS_VALUE, max = AttentionState.MAX_ABS_VALUE,
                note = "one row per token, " + AttentionState.MIN_DIMENSION + " to " + AttentionState.MAX_DIMENSION
                        + " numbers (the vector size d) in each") double[][] q,
        @Limits(min = -AttentionState.MAX_ABS_VALUE, max = AttentionState.MAX_ABS_VALUE,
                note = "the same shape as q") double[][] k,
        @Limits(min = -AttentionState.MAX_ABS_VALUE, max = AttentionState.MAX_ABS_VALUE,
                note = "the same shape as q") double[][] v,
        @Limits(min = 1, max = AttentionState.MAX_HEADS, note = "must divide d") int heads,
        boolean scaled,
        boolean causal,
        @Limits(min = 1, note = "the head on show, at most heads") int head) {

    public static final int MIN_TOKENS = 2;
    public static final int MAX_TOKENS = 16;
    public static final int MIN_DIMENSION = 1;
    public static final int MAX_DIMENSION = 16;
    public static final int MAX_HEADS = Attention.MAX_HEADS;
    public static final double MAX_ABS_VALUE = 100;

    public AttentionState {
        if (tokens == null) {
            throw new IllegalArgumentException("tokens are missing.");
        }
        StateRules.requireCount("tokens", tokens.length, MIN_TOKENS, MAX_TOKENS);
        tokens = StateRules.labels("tokens", tokens, tokens.length, false);
        if (q == null || q.length == 0 || q[0] == null) {
            throw new IllegalArgumentException("q is missing.");
        }
        int d = q[0].length;
        if (d < MIN_DIMENSION || d > MAX_DIMENSION) {
            throw new IllegalArgumentException("q needs " + MIN_DIMENSION + " to " + MAX_DIMENSION
                    + " numbers in each row (the vector size d), not " + d + ".");
        }
        q = StateRules.matrix("q", q, tokens.length, d, MAX_ABS_VALUE);
        k = StateRules.matrix("k", k, tokens.length, d, MAX_ABS_VALUE);
        v = StateRules.matrix("v", v, tokens.length, d, MAX_ABS_VALUE);
        if (heads < 1 || heads > MAX_HEADS) {
            throw new IllegalArgumentException("heads must be 1 to " + MAX_HEADS + ", not " + heads + ".");
        }
        if (d % heads != 0) {
            throw new IllegalArgumentException("d = " + d + " cannot be split evenly into " + heads
                    + " heads; pick a number of heads that divides d.");
        }
        if (head < 1 || head > heads) {
            throw new IllegalArgumentException("head is the head on show, 1 to " + heads + ", not " + head + ".");
        }
    }

    /** A state showing head 1. */
    public AttentionState(String[] tokens, double[][] q, double[][] k, double[][] v, int heads, boolean scaled,
                          boolean causal) {
        this(tokens, q, k, v, heads, scaled, causal, 1);
    }

    /** Four tokens whose queries and keys make each token look at the one before it. */
    public static AttentionState defaults() {
        return AttentionPresets.previousToken(new String[] {"the", "cat", "sat", "down"}, 4);
    }

    public int tokenCount() {
        return tokens.length;
    }

    public int dimension() {
        return q[0].length;
    }

    @Override
    public String[] tokens() {
        return tokens.clone();
    }

    @Override
    public double[][] q() {
        return StateRecords.copy(q);
    }

    @Override
    public double[][] k() {
        return StateRecords.copy(k);
    }

    @Override
    public double[][] v() {
        return StateRecords.copy(v);
    }

    public double[][] matrix(Matrix which) {
        return switch (which) {
            case Q -> q();
            case K -> k();
            case V -> v();
        };
    }

    public AttentionState withCell(Matrix which, int row, int column, double value) {
        if (which == null) {
            throw new IllegalArgumentException("Say which matrix to change: Q, K or V.");
        }
        StateRules.requireIndex(which + " row", row, tokenCount());
        StateRules.requireIndex(which + " column", column, dimension());
        double[][] changed = matrix(which);
        changed[row][column] = value;
        return new AttentionState(tokens, which == Matrix.Q ? changed : q, which == Matrix.K ? changed : k,
                which == Matrix.V ? changed : v, heads, scaled, causal, head);
    }

    /** New tokens: matrices keep the rows they have, drop extra ones, and get zero rows for new tokens. */
    public AttentionState withTokens(String[] newTokens) {
        if (newTokens == null) {
            throw new IllegalArgumentException("tokens are missing.");
        }
        if (newTokens.length < MIN_TOKENS || newTokens.length > MAX_TOKENS) {
            throw new IllegalArgumentException("Use " + MIN_TOKENS + " to " + MAX_TOKENS + " tokens, not "
                    + newTokens.length + ".");
        }
        int d = dimension();
        return new AttentionState(newTokens, resize(q, newTokens.length, d), resize(k, newTokens.length, d),
                resize(v, newTokens.length, d), heads, scaled, causal, head);
    }

    /** A new vector size: columns are kept, cut or padded with zeros; heads fall back to 1 if they don't divide. */
    public AttentionState withDimension(int d) {
        if (d < MIN_DIMENSION || d > MAX_DIMENSION) {
            throw new IllegalArgumentException("d must be " + MIN_DIMENSION + " to " + MAX_DIMENSION + ", not "
                    + d + ".");
        }
        int t = tokenCount();
        boolean keepHeads = d % heads == 0;
        return new AttentionState(tokens, resize(q, t, d), resize(k, t, d), resize(v, t, d),
                keepHeads ? heads : 1, scaled, causal, keepHeads ? head : 1);
    }

    public AttentionState withHeads(int count) {
        return new AttentionState(tokens, q, k, v, count, scaled, causal, head <= count ? head : 1);
    }

    public AttentionState withScaled(boolean on) {
        return new AttentionState(tokens, q, k, v, heads, on, causal, head);
    }

    public AttentionState withCausal(boolean on) {
        return new AttentionState(tokens, q, k, v, heads, scaled, on, head);
    }

    public AttentionState withMatrices(double[][] newQ, double[][] newK, double[][] newV) {
        return new AttentionState(tokens, newQ, newK, newV, heads, scaled, causal, head);
    }

    /** Shows another head (1-based, as the person reads it); the numbers are the same, the view is shared. */
    public AttentionState withHead(int shown) {
        return new AttentionState(tokens, q, k, v, heads, scaled, causal, shown);
    }

    /** The three editable matrices. */
    public enum Matrix { Q, K, V }

    private static double[][] resize(double[][] matrix, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int r = 0; r < Math.min(rows, matrix.length); r++) {
            System.arraycopy(matrix[r], 0, out[r], 0, Math.min(columns, matrix[r].length));
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return StateRecords.equal(this, other);
    }

    @Override
    public int hashCode() {
        return StateRecords.hash(this);
    }

    @Override
    public String toString() {
        return StateRecords.text(this);
    }
}
