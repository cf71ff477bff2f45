package dev.genaiplayground.compute;

/**
 * The masks and weights of {@link AttentionMasks}. A mask holds 1 where query i (row) may attend to key j (column)
 * and 0 where it may not; the weights beside it are exactly 0 where the mask is 0 and every row sums to 1. Fields
 * an architecture does not have are empty arrays.
 *
 * @param sentenceMask    self-attention over the sentence (all 1 for an encoder, lower-triangular for a decoder)
 * @param sentenceWeights its weights, sentence × sentence
 * @param targetMask      encoder–decoder only: the decoder's causal self-attention over the target
 * @param targetWeights   its weights, target × target
 * @param crossMask       encoder–decoder only: each target word (query) may attend to every sentence word (key)
 * @param crossWeights    its weights, target × sentence
 */
public record AttentionMasksResult(int[][] sentenceMask, double[][] sentenceWeights, int[][] targetMask,
                                   double[][] targetWeights, int[][] crossMask, double[][] crossWeights) {
}
