package dev.genaiplayground.compute;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * softmax(Q Kᵀ / √d + B) V for the cases {@link Attention} does not cover: queries and keys from different sequences
 * (cross-attention, Tq × Tk scores) and a bias B added to the scores (relative positions). Self-attention with
 * or without a causal mask goes through {@link Attention#compute}.
 */
final class ScoredAttention {

    /** The weights (Tq × Tk, each row sums to 1) and the output (Tq × d). */
    record Weighted(double[][] weights, double[][] output) {
    }

    private ScoredAttention() {
    }

    /**
     * @param q    Tq × d queries
     * @param k    Tk × d keys
     * @param v    Tk × d values
     * @param bias Tq × Tk added to the scaled scores, or null for none
     */
    static Weighted compute(double[][] q, double[][] k, double[][] v, double[][] bias) {
        InputCheck.matrix("Q", q, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        InputCheck.matrix("K", k, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        InputCheck.matrix("V", v, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        if (q[0].length != k[0].length || k.length != v.length || k[0].length != v[0].length) {
            throw new IllegalArgumentException("Q and K need the same number of dimensions, and V one row per key");
        }
        if (bias != null) {
            InputCheck.matrix("bias", bias, InputCheck.MAX_TOKENS, InputCheck.MAX_TOKENS);
            if (bias.length != q.length || bias[0].length != k.length) {
                throw new IllegalArgumentException("the bias needs one row per query and one column per key");
            }
        }
        return Workspaces.run(() -> {
            INDArray scores = NdArrays.matrix(q).mmul(NdArrays.matrix(k).transpose()).divi(Math.sqrt(q[0].length));
            if (bias != null) {
                scores.addi(NdArrays.matrix(bias));
            }
            INDArray weights = Softmax.rows(scores);
            return new Weighted(NdArrays.toMatrix(weights), NdArrays.toMatrix(weights.mmul(NdArrays.matrix(v))));
        });
    }
}
