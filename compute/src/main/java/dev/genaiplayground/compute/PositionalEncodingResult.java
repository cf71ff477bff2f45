package dev.genaiplayground.compute;

/**
 * What {@link PositionalEncoding#compute} found.
 *
 * @param table             positions × dims: the vectors added to the embeddings (sinusoidal or learned); empty for
 *                          relative positions, which add nothing to the embeddings
 * @param positionScores    positions × positions: what position alone adds to the score of query i and key j:
 *                          pᵢ·pⱼ for an absolute table, the bias b(j − i) for relative positions
 * @param withoutOriginal   the order demo's attention outputs (words × dims) without position information
 * @param withoutReversed   the same for the words in reverse order (rows in that order)
 * @param withOriginal      the outputs with position information of the chosen scheme
 * @param withReversed      the same for the words in reverse order
 * @param gapWithout        for each word of the sentence, the distance between its output in the sentence and in
 *                          the reversed sentence, without position information (0 up to rounding)
 * @param gapWith           the same with position information
 * @param largestGapWithout the largest of {@code gapWithout}
 * @param largestGapWith    the largest of {@code gapWith}
 */
public record PositionalEncodingResult(double[][] table, double[][] positionScores, double[][] withoutOriginal,
                                       double[][] withoutReversed, double[][] withOriginal, double[][] withReversed,
                                       double[] gapWithout, double[] gapWith, double largestGapWithout,
                                       double largestGapWith) {
}
