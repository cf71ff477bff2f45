package dev.genaiplayground.compute;

/**
 * Everything scaled dot-product attention computed, head by head, for display.
 *
 * @param scores       per head, the raw scores Q_h K_hᵀ (T × T)
 * @param scaledScores per head, what went into the softmax: the scores, divided by √d_head when scaling is on,
 *                     with masked (future) positions set to {@link Double#NEGATIVE_INFINITY}
 * @param weights      per head, the row softmax of the scaled scores (T × T, each row sums to 1)
 * @param output       the heads' outputs weights_h V_h concatenated back to T × d
 */
public record AttentionResult(double[][][] scores, double[][][] scaledScores, double[][][] weights, double[][] output) {
}
