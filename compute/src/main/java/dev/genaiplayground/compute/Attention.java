package dev.genaiplayground.compute;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Scaled dot-product attention, split over heads: for each head h, softmax(Q_h K_hᵀ / √d_head) V_h, where
 * head h works on the columns [h·d/heads, (h+1)·d/heads) of Q, K and V; the heads' outputs are concatenated.
 */
public final class Attention {

    /** The most heads d may be split into: the one source of this limit (the attention widget states it too). */
    public static final int MAX_HEADS = 4;

    private Attention() {
    }

    /**
     * Attention of T tokens with d dimensions each.
     *
     * @param q      queries, T × d
     * @param k      keys, T × d
     * @param v      values, T × d
     * @param heads  1 to 4, must divide d
     * @param scaled divide the scores by √d_head (keeps the softmax from saturating as d grows)
     * @param causal token i attends only to tokens j ≤ i (later positions get weight exactly 0)
     */
    public static AttentionResult compute(double[][] q, double[][] k, double[][] v, int heads, boolean scaled,
            boolean causal) {
        InputCheck.matrix("Q", q, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        InputCheck.matrix("K", k, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        InputCheck.matrix("V", v, InputCheck.MAX_TOKENS, InputCheck.MAX_DIMS);
        InputCheck.attentionShapes(q, k, v);
        InputCheck.heads(heads, q[0].length);
        int tokens = q.length;
        int headSize = q[0].length / heads;
        return Workspaces.run(() -> {
            INDArray queries = NdArrays.matrix(q);
            INDArray keys = NdArrays.matrix(k);
            INDArray values = NdArrays.matrix(v);
            INDArray mask = causal ? causalMask(tokens) : null;
            double[][][] scores = new double[heads][][];
            double[][][] scaledScores = new double[heads][][];
            double[][][] weights = new double[heads][][];
            INDArray[] outputs = new INDArray[heads];
            for (int h = 0; h < heads; h++) {
                INDArrayIndex columns = NDArrayIndex.interval(h * headSize, (h + 1) * headSize);
                INDArray raw = slice(queries, columns).mmul(slice(keys, columns).transpose());
                INDArray logits = scaled ? raw.div(Math.sqrt(headSize)) : raw.dup();
                if (mask != null) {
                    logits.addi(mask);
                }
                INDArray w = Softmax.rows(logits);
                outputs[h] = w.mmul(slice(values, columns));
                scores[h] = NdArrays.toMatrix(raw);
                scaledScores[h] = NdArrays.toMatrix(logits);
                weights[h] = NdArrays.toMatrix(w);
            }
            return new AttentionResult(scores, scaledScores, weights, NdArrays.toMatrix(Nd4j.hstack(outputs)));
        });
    }

    /** The columns of one head, copied out of the strided view so mmul gets a plain row-major matrix. */
    private static INDArray slice(INDArray matrix, INDArrayIndex columns) {
        return matrix.get(NDArrayIndex.all(), columns).dup();
    }

    /**
     * T × T, 0 where token i may look at token j (j ≤ i) and −∞ where it may not. Added to the scores, it
     * leaves allowed entries exactly unchanged and sends future ones to −∞, whose softmax weight is exactly 0.
     * Filled in Java and copied in once: one ND4J op per row cost more than the attention itself, and
     * {@code Nd4j.triu} crashed the JVM for a 512 × 512 matrix in ND4J 1.0.0-M2.1.
     */
    private static INDArray causalMask(int tokens) {
        double[] mask = new double[tokens * tokens];
        for (int i = 0; i < tokens; i++) {
            Arrays.fill(mask, i * tokens + i + 1, (i + 1) * tokens, Double.NEGATIVE_INFINITY);
        }
        return Nd4j.create(mask, new long[] {tokens, tokens}, DataType.DOUBLE);
    }
}
