package dev.genaiplayground.compute;

/**
 * The cost of a model shape ({@link ModelSize}).
 *
 * @param embeddingParameters token embedding, vocab × dModel
 * @param positionParameters learned position embeddings, context × dModel (0 without)
 * @param attentionParametersPerLayer Q, K, V and output projections of one layer
 * @param feedForwardParametersPerLayer the feed-forward network of one layer
 * @param normParametersPerLayer the two norms of one layer
 * @param finalNormParameters the norm after the last layer
 * @param unembeddingParameters the output layer (0 when tied to the embedding)
 * @param totalParameters everything, with the final norm
 * @param flopsPerToken forward pass, ≈ 2 × parameters
 * @param attentionFlopsPerToken extra forward FLOPs for attention over the whole context
 * @param trainingFlops ≈ 6 × parameters × training tokens
 * @param weightGigabytes the weights at fp32, fp16, int8 and int4 ({@link ModelSize#PRECISIONS}), in GB (10⁹ bytes)
 * @param kvCacheGigabytes keys and values for the whole context and batch, at the chosen precision
 * @param memoryGigabytes weights at the chosen precision plus the KV cache
 * @param devicesNeeded how many of the chosen device that memory needs
 * @param computeMillisPerStep one decoding step (a token for each sequence of the batch) at peak FLOP/s
 * @param memoryMillisPerStep the same step limited by memory bandwidth
 * @param millisPerStep the larger of the two
 * @param tokensPerSecond generated tokens per second, over the whole batch
 * @param memoryBound whether memory bandwidth, not arithmetic, sets the pace
 */
public record ModelSizeResult(long embeddingParameters, long positionParameters, long attentionParametersPerLayer,
                              long feedForwardParametersPerLayer, long normParametersPerLayer, long finalNormParameters,
                              long unembeddingParameters, long totalParameters, double flopsPerToken,
                              double attentionFlopsPerToken, double trainingFlops, double[] weightGigabytes,
                              double kvCacheGigabytes, double memoryGigabytes, int devicesNeeded,
                              double computeMillisPerStep, double memoryMillisPerStep, double millisPerStep,
                              double tokensPerSecond, boolean memoryBound) {

    @Override
    public double[] weightGigabytes() {
        return weightGigabytes.clone();
    }
}
