package dev.genaiplayground.compute;

/**
 * What a decoder-only transformer of a given shape costs: its parameters layer by layer, FLOPs per token, training
 * compute, memory for the weights and the KV cache, and a rough time per generated token on one device.
 *
 * <p>Plain arithmetic on whole numbers rather than ND4J: these are closed-form counts, and an array library would
 * add rounding and nothing else.
 *
 * <p>Counting rules, in the conventions of GPT-2/GPT-3 and LLaMA: a layer holds the Q, K, V and output projections
 * (K and V shrink to {@code kvHeads} heads under grouped-query attention), a feed-forward network of two matrices
 * (or three, gated, as in SwiGLU) and two norms (scale and bias, or scale only without biases). Biases are counted
 * on every projection when {@code biases} is on. Learned position embeddings add {@code context × dModel}; tied
 * embeddings reuse the token embedding as the output layer.
 */
public final class ModelSize {

    /** Bytes per number at fp32, fp16, int8 and int4. */
    public static final double[] BYTES_PER_PARAMETER = {4, 2, 1, 0.5};
    public static final String[] PRECISIONS = {"fp32", "fp16", "int8", "int4"};

    /** The shape of the model. */
    public record Architecture(int layers, int dModel, int heads, int kvHeads, int vocab, int context, double ffRatio,
                               boolean gated, boolean biases, boolean tiedEmbeddings, boolean learnedPositions) {
    }

    /**
     * How it is trained and run: training tokens, the batch and precision of inference, and the device's peak
     * FLOP/s, memory bandwidth (bytes/s) and memory (bytes).
     */
    public record Deployment(double trainingTokens, int batch, double bytesPerParameter, double deviceFlops,
                             double deviceBandwidth, double deviceMemory) {
    }

    private ModelSize() {
    }

    public static ModelSizeResult evaluate(Architecture model, Deployment run) {
        long d = model.dModel();
        long headDim = d / model.heads();
        long kvWidth = headDim * model.kvHeads();
        long hidden = Math.round(model.ffRatio() * d);
        long bias = model.biases() ? 1 : 0;

        long embedding = (long) model.vocab() * d;
        long positions = model.learnedPositions() ? (long) model.context() * d : 0;
        long attention = d * d + 2 * d * kvWidth + d * d + bias * (d + 2 * kvWidth + d);
        long matrices = model.gated() ? 3 : 2;
        long feedForward = matrices * d * hidden + bias * (hidden * (matrices - 1) + d);
        long norm = (1 + bias) * d; // a scale per feature, and a shift with biases
        long perLayer = attention + feedForward + 2 * norm;
        long unembedding = model.tiedEmbeddings() ? 0 : embedding;
        long total = embedding + positions + model.layers() * perLayer + norm + unembedding;

        double flopsPerToken = 2.0 * total;
        // Scores and weighted values over the whole context: 2 · layers · context · dModel (Kaplan et al. 2020).
        double attentionFlopsPerToken = 2.0 * model.layers() * model.context() * d;
        double trainingFlops = 6.0 * total * run.trainingTokens();

        double[] weightGigabytes = new double[BYTES_PER_PARAMETER.length];
        for (int i = 0; i < weightGigabytes.length; i++) {
            weightGigabytes[i] = total * BYTES_PER_PARAMETER[i] / 1e9;
        }
        double weightBytes = total * run.bytesPerParameter();
        // A key and a value per layer, per KV head, per position in the context, per sequence in the batch.
        double kvCacheBytes = 2.0 * model.layers() * kvWidth * model.context() * run.batch() * run.bytesPerParameter();
        double memoryBytes = weightBytes + kvCacheBytes;
        int devices = (int) Math.ceil(memoryBytes / run.deviceMemory());

        // One decoding step: every weight and the whole cache stream through memory once, while the batch does
        // its FLOPs; the slower of the two sets the pace.
        double computeSeconds = run.batch() * (flopsPerToken + attentionFlopsPerToken) / run.deviceFlops();
        double memorySeconds = memoryBytes / run.deviceBandwidth();
        double secondsPerStep = Math.max(computeSeconds, memorySeconds);
        return new ModelSizeResult(embedding, positions, attention, feedForward, 2 * norm, norm, unembedding, total,
                flopsPerToken, attentionFlopsPerToken, trainingFlops, weightGigabytes, kvCacheBytes / 1e9,
                memoryBytes / 1e9, devices, computeSeconds * 1e3, memorySeconds * 1e3, secondsPerStep * 1e3,
                run.batch() / secondsPerStep, memorySeconds >= computeSeconds);
    }
}
