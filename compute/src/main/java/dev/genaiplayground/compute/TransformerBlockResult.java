package dev.genaiplayground.compute;

/**
 * What a stack of pre-layer-norm transformer blocks did to its input, as plain values of modest size (a few
 * hundred numbers and one 16 × 16 heatmap, never whole tensors), so results cache well.
 *
 * @param stageShapes  for each of the {@link TransformerBlock#STAGES} of the block on show, its tensor's shape
 *                     (batch, sequence, d_model), (batch, heads, sequence, d_head), (batch, heads, sequence,
 *                     sequence) or (batch, sequence, 4·d_model)
 * @param stageStats   for each stage of the block on show: mean, standard deviation (population), min and max
 *                     over all of its tensor's values
 * @param blockStats   for each block of the stack, the same four statistics of its output
 * @param tokenSpread  for each block of the stack, how different its output tokens are: the standard deviation
 *                     over the sequence of each (batch item, feature), averaged. Near 0 means every token carries
 *                     the same vector (the collapse a stack without residual connections falls into)
 * @param attention    the attention weights of the head and batch item on show in the block on show, sequence ×
 *                     sequence, row i is how query token i spreads its attention (each row sums to 1)
 */
public record TransformerBlockResult(int[][] stageShapes, double[][] stageStats, double[][] blockStats,
                                     double[] tokenSpread, double[][] attention) {
}
