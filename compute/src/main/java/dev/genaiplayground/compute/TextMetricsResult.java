package dev.genaiplayground.compute;

/**
 * BLEU and ROUGE of one candidate sentence against one or more references, with what matched. Counts of tokens
 * and n-grams are whole numbers; every score is a finite number from 0 to 1 (a ratio with nothing to count, such as
 * the 4-gram precision of a three-token candidate, is 0). Orders are indexed from 0: index 0 is 1-grams.
 *
 * @param candidateLength          tokens in the candidate (c)
 * @param referenceLengths         tokens in each reference
 * @param effectiveReferenceLength r: the reference length closest to c (a tie goes to the shorter)
 * @param matches                  for n = 1..4: candidate n-grams that match a reference, each n-gram counted at
 *                                 most as often as it occurs in any single reference (clipping)
 * @param totals                   for n = 1..4: n-grams in the candidate
 * @param precisions               matches / totals (0 where totals is 0)
 * @param smoothedPrecisions       as precisions for n = 1; (matches + 1) / (totals + 1) for n = 2..4
 * @param brevityPenalty           1 when c > r, else exp(1 − r / c)
 * @param bleu                     brevityPenalty × geometric mean of the four precisions (0 if any is 0)
 * @param smoothedBleu             the same with the smoothed precisions
 * @param rouge1                   recall, precision and F1 of unigram overlap, for the reference with the best F1
 * @param rouge2                   the same for bigrams
 * @param rougeL                   the same for the longest common subsequence
 * @param rougeBest                which reference (from 0) each of ROUGE-1, ROUGE-2, ROUGE-L reports: the best F1,
 *                                 the first on a tie
 * @param rougeByReference         [reference][measure: 1, 2, L][recall, precision, F1]
 * @param lcsLengths               length of the longest common subsequence with each reference
 * @param candidateMatches         [order][candidate token]: 1 where the token lies in a clipped match of that
 *                                 order (the matches BLEU counts, taken from left to right), else 0
 * @param referenceMatches         [reference][order][reference token]: 1 where the token lies in an n-gram that
 *                                 ROUGE-N counts as matched for that reference (from left to right), else 0
 * @param candidateLcs             [reference][candidate token]: 1 where the token is part of the longest common
 *                                 subsequence chosen with that reference (the earliest in the candidate)
 * @param referenceLcs             [reference][reference token]: the same subsequence's tokens in the reference
 */
public record TextMetricsResult(
        int candidateLength, int[] referenceLengths, int effectiveReferenceLength,
        int[] matches, int[] totals, double[] precisions, double[] smoothedPrecisions,
        double brevityPenalty, double bleu, double smoothedBleu,
        double[] rouge1, double[] rouge2, double[] rougeL, int[] rougeBest, double[][][] rougeByReference,
        int[] lcsLengths,
        int[][] candidateMatches, int[][][] referenceMatches, int[][] candidateLcs, int[][] referenceLcs) {
}
