package dev.genaiplayground.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A stack of pre-layer-norm transformer blocks at the curriculum's worked-example size: d_model 256, 8 heads of
 * 32, a feed-forward layer of 4 × 256 = 1024 with GELU, on an input of batch 2 × sequence 16 × 256.
 *
 * <p>One block, as in GPT-2 and most LLMs since (layer norm before each sub-layer, "pre-LN"):
 * <pre>
 *   h  = LayerNorm(x)                           (no learned scale or shift: γ = 1, β = 0, ε = 1e-5)
 *   Q, K, V = h W_Q, h W_K, h W_V               split into 8 heads of 32
 *   A  = softmax(Q Kᵀ / √32 [+ causal mask])    per batch item and head
 *   x1 = x + concat(A V) W_O                    (without the residual: x1 = concat(A V) W_O)
 *   x2 = x1 + GELU(LayerNorm(x1) W_1) W_2       (without the residual: x2 = GELU(…) W_2)
 * </pre>
 * The "layer norm" switch off replaces LayerNorm by the identity. No biases. GELU is the tanh form of Hendrycks
 * and Gimpel (the one GPT-2 uses): 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))).
 *
 * <p>Weights and input come from {@link SeededStream} (counter-based SplitMix64, reproduced bit for bit by NumPy):
 * the input takes values 0 … 8191 of the stream, scaled by √3 (uniform with variance 1); block b (from 0) then
 * takes W_Q, W_K, W_V, W_O (256 × 256), W_1 (256 × 1024) and W_2 (1024 × 256), row-major, one after another from
 * value 8192 + b · 786432, each scaled by √(3 / fan_in) (variance 1 / fan_in, fan_in being its number of rows),
 * W_O and W_2 further by {@link #BRANCH_GAIN}.
 * So block 1 of a stack of 12 is the single block of a stack of 1.
 *
 * <p>Numerics: ND4J in DOUBLE, batched (one matmul for Q, K and V together, one batched matmul each for the
 * scores and for A V over all 16 (item, head) pairs), about 45 ops per block. Each block runs in its own workspace
 * scope, so its ≈ 7 MB of weights and activations reuse one buffer. Summary statistics are taken in Java from
 * the copied-out values. A small memo keeps the last {@value #MEMO_SIZE} stacks' summaries (not their tensors),
 * so showing another head, item or block, or growing the stack, reuses the blocks already computed.
 */
public final class TransformerBlock {

    public static final int BATCH = 2;
    public static final int SEQUENCE = 16;
    public static final int D_MODEL = 256;
    public static final int HEADS = 8;
    public static final int D_HEAD = D_MODEL / HEADS;
    public static final int FF_MULTIPLIER = 4;
    public static final int D_FF = FF_MULTIPLIER * D_MODEL;
    public static final int MAX_BLOCKS = 12;
    public static final double LAYER_NORM_EPSILON = 1e-5;

    private static final String[] STAGE_NAMES = {
        "Input x",
        "Layer norm 1",
        "Queries Q",
        "Keys K",
        "Values V",
        "Attention weights",
        "Heads concatenated",
        "Output projection",
        "Residual add 1",
        "Layer norm 2",
        "Feed-forward hidden (GELU)",
        "Feed-forward output",
        "Residual add 2 (block output)",
    };

    /** How many stages {@link #stageNames()} has. */
    public static final int STAGES = STAGE_NAMES.length;

    static final int INPUT_SIZE = BATCH * SEQUENCE * D_MODEL;
    static final long BLOCK_WEIGHTS = 4L * D_MODEL * D_MODEL + 2L * D_MODEL * D_FF;

    /**
     * The extra factor on W_O and W_2, the matrices that write into the residual stream: 1/√2, so that the two
     * branches of a block together add about as much variance as one (the idea behind GPT-2's 1/√(2·layers)).
     * It also keeps the stack without layer norm at a size (std ≈ 20 after 12 blocks) where double precision
     * reproduces across BLAS libraries to about 1e-11; at gain 1 the activations reach the thousands and a
     * near-tie in a saturated softmax can amplify rounding differences beyond 1e-9.
     */
    static final double BRANCH_GAIN = Math.sqrt(0.5);

    private static final int TOKENS = BATCH * SEQUENCE;
    private static final double GELU_C = Math.sqrt(2 / Math.PI);

    private TransformerBlock() {
    }

    /** The names of the stages, in the order of {@link TransformerBlockResult#stageStats()}. */
    public static String[] stageNames() {
        return STAGE_NAMES.clone();
    }

    /**
     * Runs the stack and summarises it.
     *
     * @param seed      the weights and the input (any int; the same seed gives the same numbers everywhere)
     * @param blocks    1 to {@link #MAX_BLOCKS}
     * @param residual  add each sub-layer's input back to its output
     * @param layerNorm normalise before each sub-layer
     * @param causal    token i attends only to tokens j ≤ i
     * @param block     the block whose stages and attention are shown, 1 to {@code blocks}
     * @param item      the batch item whose attention is shown, 1 to 2
     * @param head      the head whose attention is shown, 1 to 8
     */
    public static TransformerBlockResult compute(int seed, int blocks, boolean residual, boolean layerNorm,
            boolean causal, int block, int item, int head) {
        check("blocks", blocks, 1, MAX_BLOCKS);
        check("block", block, 1, blocks);
        check("item", item, 1, BATCH);
        check("head", head, 1, HEADS);
        List<BlockRun> runs = stack(seed, blocks, residual, layerNorm, causal);
        double[][] blockStats = new double[blocks][];
        double[] tokenSpread = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            blockStats[b] = runs.get(b).stageStats[STAGES - 1].clone();
            tokenSpread[b] = runs.get(b).tokenSpread;
            for (double value : blockStats[b]) {
                if (!Double.isFinite(value)) { // cannot happen within the limits above; never hand out NaN
                    throw new IllegalArgumentException("The activations overflowed; use fewer blocks.");
                }
            }
        }
        BlockRun shown = runs.get(block - 1);
        double[][] stageStats = new double[STAGES][];
        for (int s = 0; s < STAGES; s++) {
            stageStats[s] = shown.stageStats[s].clone();
        }
        return new TransformerBlockResult(stageShapes(), stageStats, blockStats, tokenSpread,
                headWeights(shown.attention, item - 1, head - 1));
    }

    /**
     * The first {@code blocks} blocks of the stack for these settings, from the memo when it has them. Changing
     * the head, batch item or block on show, or adding blocks one at a time with the slider, then costs no new
     * ND4J work: a stack of 12 is computed once, not 1 + 2 + … + 12 blocks.
     */
    private static List<BlockRun> stack(int seed, int blocks, boolean residual, boolean layerNorm, boolean causal) {
        StackKey key = new StackKey(seed, residual, layerNorm, causal);
        Stack known;
        synchronized (MEMO) {
            known = MEMO.get(key);
        }
        if (known != null && known.runs.size() >= blocks) {
            return known.runs;
        }
        List<BlockRun> runs = new ArrayList<>(known == null ? List.of() : known.runs);
        double[] x = known == null ? input(seed) : known.output;
        double[] mask = causal ? causalMask() : null;
        for (int b = runs.size(); b < blocks; b++) {
            OutputAndRun next = runBlock(seed, b, x, residual, layerNorm, mask);
            x = next.output;
            runs.add(next.run);
        }
        Stack grown = new Stack(List.copyOf(runs), x);
        synchronized (MEMO) {
            Stack now = MEMO.get(key);
            if (now == null || now.runs.size() < grown.runs.size()) {
                MEMO.put(key, grown);
            }
        }
        return grown.runs;
    }

    private record StackKey(int seed, boolean residual, boolean layerNorm, boolean causal) {
    }

    /** The blocks computed so far and the last one's output, to extend the stack from. */
    private record Stack(List<BlockRun> runs, double[] output) {
    }

    /** Stacks remembered, least recently used dropped first: each holds at most ≈ 0.45 MB (12 blocks). */
    static final int MEMO_SIZE = 16;

    private static final Map<StackKey, Stack> MEMO = new LinkedHashMap<>(MEMO_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StackKey, Stack> eldest) {
            return size() > MEMO_SIZE;
        }
    };

    /** The output of the stack, batch × sequence × d_model flattened row-major: for tests. */
    static double[] output(int seed, int blocks, boolean residual, boolean layerNorm, boolean causal) {
        check("blocks", blocks, 1, MAX_BLOCKS);
        double[] x = input(seed);
        double[] mask = causal ? causalMask() : null;
        for (int b = 0; b < blocks; b++) {
            x = runBlock(seed, b, x, residual, layerNorm, mask).output;
        }
        return x;
    }

    /** The input, batch × sequence × d_model row-major: values 0 … 8191 of the stream, times √3. */
    static double[] input(int seed) {
        double[] x = new double[INPUT_SIZE];
        SeededStream.fill(seed, 0, Math.sqrt(3.0), x, 0, INPUT_SIZE);
        return x;
    }

    /**
     * What the view needs of one block: each stage's statistics (the last is the block output's), the spread of
     * its output tokens, and its attention weights (item, head, query, key), 4096 values.
     */
    private record BlockRun(double[][] stageStats, double tokenSpread, double[] attention) {
    }

    private record OutputAndRun(double[] output, BlockRun run) {
    }

    private static OutputAndRun runBlock(int seed, int b, double[] input, boolean residual, boolean layerNorm,
            double[] causalMask) {
        long base = INPUT_SIZE + b * BLOCK_WEIGHTS;
        long dd = (long) D_MODEL * D_MODEL;
        // W_Q, W_K and W_V side by side: one 256 × 768 matrix, so one matmul makes all three.
        double[] wqkv = new double[D_MODEL * 3 * D_MODEL];
        double qkvScale = Math.sqrt(3.0 / D_MODEL);
        for (int m = 0; m < 3; m++) {
            for (int r = 0; r < D_MODEL; r++) {
                SeededStream.fill(seed, base + m * dd + (long) r * D_MODEL, qkvScale, wqkv,
                        r * 3 * D_MODEL + m * D_MODEL, D_MODEL);
            }
        }
        double[] wo = weights(seed, base + 3 * dd, D_MODEL, D_MODEL, BRANCH_GAIN);
        double[] w1 = weights(seed, base + 4 * dd, D_MODEL, D_FF, 1.0);
        double[] w2 = weights(seed, base + 4 * dd + (long) D_MODEL * D_FF, D_FF, D_MODEL, BRANCH_GAIN);

        return Workspaces.run(() -> {
            INDArray x = Nd4j.create(input, new long[] {TOKENS, D_MODEL}, DataType.DOUBLE);
            INDArray h = layerNorm ? layerNorm(x) : x;
            INDArray qkv = h.mmul(Nd4j.create(wqkv, new long[] {D_MODEL, 3 * D_MODEL}, DataType.DOUBLE));
            // (item, token, q|k|v, head, d_head) → (q|k|v, item, head, token, d_head): one copy for all three.
            INDArray heads = qkv.reshape('c', BATCH, SEQUENCE, 3, HEADS, D_HEAD).permute(2, 0, 3, 1, 4).dup('c')
                    .reshape('c', 3, BATCH * HEADS, SEQUENCE, D_HEAD);
            INDArray q = heads.slice(0).dup('c');
            INDArray k = heads.slice(1).dup('c');
            INDArray v = heads.slice(2).dup('c');
            INDArray scores = Nd4j.matmul(q, k, null, false, true, false).divi(Math.sqrt(D_HEAD));
            INDArray rows = scores.reshape('c', BATCH * HEADS * SEQUENCE, SEQUENCE);
            if (causalMask != null) {
                rows = rows.reshape('c', BATCH * HEADS, SEQUENCE * SEQUENCE)
                        .addiRowVector(Nd4j.create(causalMask, new long[] {1, SEQUENCE * SEQUENCE}, DataType.DOUBLE))
                        .reshape('c', BATCH * HEADS * SEQUENCE, SEQUENCE);
            }
            INDArray weights = Softmax.rows(rows).reshape('c', BATCH * HEADS, SEQUENCE, SEQUENCE);
            INDArray context = Nd4j.matmul(weights, v) // (item·head, token, d_head) → (item·token, head·d_head)
                    .reshape('c', BATCH, HEADS, SEQUENCE, D_HEAD).permute(0, 2, 1, 3).dup('c')
                    .reshape('c', TOKENS, D_MODEL);
            INDArray projected = context.mmul(Nd4j.create(wo, new long[] {D_MODEL, D_MODEL}, DataType.DOUBLE));
            INDArray x1 = residual ? projected.add(x) : projected;
            INDArray h2 = layerNorm ? layerNorm(x1) : x1;
            INDArray hidden = gelu(h2.mmul(Nd4j.create(w1, new long[] {D_MODEL, D_FF}, DataType.DOUBLE)));
            INDArray ff = hidden.mmul(Nd4j.create(w2, new long[] {D_FF, D_MODEL}, DataType.DOUBLE));
            INDArray x2 = residual ? ff.add(x1) : ff;

            double[] output = NdArrays.toFlat(x2);
            double[] attention = NdArrays.toFlat(weights);
            INDArray[] stages = {x, h, q, k, v, weights, context, projected, x1, h2, hidden, ff};
            double[][] stageStats = new double[STAGES][];
            for (int s = 0; s < stages.length; s++) {
                stageStats[s] = stats(s == 5 ? attention : NdArrays.toFlat(stages[s]));
            }
            stageStats[STAGES - 1] = stats(output);
            return new OutputAndRun(output, new BlockRun(stageStats, tokenSpread(output), attention));
        });
    }

    private static double[] weights(int seed, long start, int rows, int columns, double gain) {
        double[] w = new double[rows * columns];
        SeededStream.fill(seed, start, Math.sqrt(3.0 / rows) * gain, w, 0, w.length);
        return w;
    }

    /** (x − mean) / √(variance + ε) along each row, variance without Bessel's correction. */
    private static INDArray layerNorm(INDArray x) {
        INDArray centred = x.subColumnVector(x.mean(true, 1));
        INDArray variance = centred.mul(centred).mean(true, 1);
        return centred.diviColumnVector(Transforms.sqrt(variance.addi(LAYER_NORM_EPSILON), false));
    }

    /** The tanh form of GELU: 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))). */
    private static INDArray gelu(INDArray x) {
        INDArray inner = x.mul(x).muli(x).muli(0.044715).addi(x).muli(GELU_C);
        return Transforms.tanh(inner, false).addi(1.0).muli(x).muli(0.5);
    }

    /** Sequence × sequence, 0 where query i may see key j (j ≤ i), −∞ where it may not. */
    private static double[] causalMask() {
        double[] mask = new double[SEQUENCE * SEQUENCE];
        for (int i = 0; i < SEQUENCE; i++) {
            Arrays.fill(mask, i * SEQUENCE + i + 1, (i + 1) * SEQUENCE, Double.NEGATIVE_INFINITY);
        }
        return mask;
    }

    private static double[][] headWeights(double[] all, int item, int head) {
        double[][] out = new double[SEQUENCE][SEQUENCE];
        int offset = (item * HEADS + head) * SEQUENCE * SEQUENCE;
        for (int i = 0; i < SEQUENCE; i++) {
            System.arraycopy(all, offset + i * SEQUENCE, out[i], 0, SEQUENCE);
        }
        return out;
    }

    private static int[][] stageShapes() {
        int[] model = {BATCH, SEQUENCE, D_MODEL};
        int[] perHead = {BATCH, HEADS, SEQUENCE, D_HEAD};
        return new int[][] {model, model, perHead, perHead, perHead, {BATCH, HEADS, SEQUENCE, SEQUENCE}, model,
            model, model, model, {BATCH, SEQUENCE, D_FF}, model, model};
    }

    /** Mean, population standard deviation (two passes), min and max. */
    static double[] stats(double[] values) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new double[] {mean, Math.sqrt(squares / values.length), min, max};
    }

    /** The standard deviation over the sequence of each (item, feature), averaged over items and features. */
    static double tokenSpread(double[] x) {
        double total = 0;
        for (int b = 0; b < BATCH; b++) {
            for (int f = 0; f < D_MODEL; f++) {
                double sum = 0;
                for (int t = 0; t < SEQUENCE; t++) {
                    sum += x[(b * SEQUENCE + t) * D_MODEL + f];
                }
                double mean = sum / SEQUENCE;
                double squares = 0;
                for (int t = 0; t < SEQUENCE; t++) {
                    double d = x[(b * SEQUENCE + t) * D_MODEL + f] - mean;
                    squares += d * d;
                }
                total += Math.sqrt(squares / SEQUENCE);
            }
        }
        return total / (BATCH * D_MODEL);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s = %d is out of range; use %d to %d",
                    name, value, min, max));
        }
    }
}
