package dev.genaiplayground.compute;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Position information for attention, three ways, and what it changes.
 *
 * <ul>
 *   <li>Sinusoidal (Vaswani et al. 2017): PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos /
 *       10000^(2i/d)), added to the token embeddings.</li>
 *   <li>Learned: a table with one trainable vector per position, added the same way; shown here as it starts,
 *       random ({@link SeededValues}, name "position " + pos).</li>
 *   <li>Relative: nothing is added to the embeddings; a bias b(j − i) that depends only on how far key j is from
 *       query i is added to the attention scores (one number per offset, random here: name "offset " + (j − i)).</li>
 * </ul>
 *
 * <p>The order demo runs self-attention (Q = K = V = the words' embeddings, scaled by 1/√d) over a sentence and
 * over the same words in reverse order, without and with position information.
 */
public final class PositionalEncoding {

    public static final int MAX_POSITIONS = 512;
    public static final int MAX_DIMS = 1024;
    public static final double BASE = 10000;

    /** How position reaches attention. */
    public enum Scheme { SINUSOIDAL, LEARNED, RELATIVE }

    private PositionalEncoding() {
    }

    /** The positions × dims sinusoidal table; dims must be even. */
    public static double[][] sinusoidal(int positions, int dims) {
        size(positions, dims);
        int pairs = dims / 2;
        double[] pos = new double[positions];
        for (int p = 0; p < positions; p++) {
            pos[p] = p;
        }
        double[] inverse = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            inverse[i] = 1 / Math.pow(BASE, 2.0 * i / dims);
        }
        return Workspaces.run(() -> {
            // one product per cell: the outer product of positions and frequencies is exact up to one rounding
            INDArray angles = Nd4j.create(pos, new long[] {positions, 1}, DataType.DOUBLE)
                    .mmul(Nd4j.create(inverse, new long[] {1, pairs}, DataType.DOUBLE));
            double[] sin = NdArrays.toFlat(Transforms.sin(angles, true));
            double[] cos = NdArrays.toFlat(Transforms.cos(angles, true));
            double[][] table = new double[positions][dims];
            for (int p = 0; p < positions; p++) {
                for (int i = 0; i < pairs; i++) {
                    table[p][2 * i] = sin[p * pairs + i];
                    table[p][2 * i + 1] = cos[p * pairs + i];
                }
            }
            return table;
        });
    }

    /** A learned table as it starts: one random vector per position, numbers in [−1, 1). */
    public static double[][] learned(int positions, int dims, long seed) {
        size(positions, dims);
        double[][] table = new double[positions][];
        for (int p = 0; p < positions; p++) {
            table[p] = SeededValues.vector("position " + p, seed, dims);
        }
        return table;
    }

    /** queries × keys: the relative bias b(j − i) added to the score of query i and key j. */
    public static double[][] relativeBias(int queries, int keys, long seed) {
        size(Math.max(queries, keys), 2);
        double[] offsets = new double[queries + keys - 1]; // j − i runs from −(queries − 1) to keys − 1
        for (int k = -(queries - 1); k < keys; k++) {
            offsets[k + queries - 1] = SeededValues.vector("offset " + k, seed, 1)[0];
        }
        double[][] bias = new double[queries][keys];
        for (int i = 0; i < queries; i++) {
            for (int j = 0; j < keys; j++) {
                bias[i][j] = offsets[j - i + queries - 1];
            }
        }
        return bias;
    }

    /**
     * Everything the positional-encoding widget shows.
     *
     * @param words the sentence of the order demo, at least two words; it is compared with its reverse
     */
    public static PositionalEncodingResult compute(int positions, int dims, Scheme scheme, long seed, String[] words) {
        size(positions, dims);
        if (scheme == null) {
            throw new IllegalArgumentException("scheme is missing");
        }
        if (words == null || words.length < 2 || words.length > positions) {
            throw new IllegalArgumentException("the order demo needs 2 to " + positions + " words");
        }
        double[][] table = scheme == Scheme.RELATIVE ? new double[0][]
                : scheme == Scheme.SINUSOIDAL ? sinusoidal(positions, dims) : learned(positions, dims, seed);
        double[][] positionScores = scheme == Scheme.RELATIVE ? relativeBias(positions, positions, seed)
                : Workspaces.run(() -> {
                    INDArray t = NdArrays.matrix(table);
                    return NdArrays.toMatrix(t.mmul(t.transpose()));
                });

        int n = words.length;
        String[] reversed = new String[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = words[n - 1 - i];
        }
        double[][] x = SeededValues.rows("word ", words, seed, dims);
        double[][] xr = SeededValues.rows("word ", reversed, seed, dims);
        double[][] withoutOriginal = selfAttention(x);
        double[][] withoutReversed = selfAttention(xr);
        double[][] withOriginal;
        double[][] withReversed;
        if (scheme == Scheme.RELATIVE) {
            double[][] bias = relativeBias(n, n, seed);
            withOriginal = ScoredAttention.compute(x, x, x, bias).output();
            withReversed = ScoredAttention.compute(xr, xr, xr, bias).output();
        } else {
            double[][] firstRows = java.util.Arrays.copyOf(table, n);
            withOriginal = selfAttention(plus(x, firstRows));
            withReversed = selfAttention(plus(xr, firstRows));
        }
        double[] gapWithout = gaps(withoutOriginal, withoutReversed);
        double[] gapWith = gaps(withOriginal, withReversed);
        return new PositionalEncodingResult(table, positionScores, withoutOriginal, withoutReversed, withOriginal,
                withReversed, gapWithout, gapWith, max(gapWithout), max(gapWith));
    }

    private static double[][] selfAttention(double[][] x) {
        return Attention.compute(x, x, x, 1, true, false).output();
    }

    private static double[][] plus(double[][] a, double[][] b) {
        double[][] sum = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                sum[i][j] = a[i][j] + b[i][j];
            }
        }
        return sum;
    }

    /** For word i of the sentence: how far its output moved when the words were reversed (it is then row n−1−i). */
    private static double[] gaps(double[][] original, double[][] reversed) {
        int n = original.length;
        double[] gaps = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < original[i].length; j++) {
                double d = original[i][j] - reversed[n - 1 - i][j];
                sum += d * d;
            }
            gaps[i] = Math.sqrt(sum);
        }
        return gaps;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static void size(int positions, int dims) {
        if (positions < 1 || positions > MAX_POSITIONS) {
            throw new IllegalArgumentException("positions = " + positions + "; use 1 to " + MAX_POSITIONS);
        }
        if (dims < 2 || dims > MAX_DIMS || dims % 2 != 0) {
            throw new IllegalArgumentException("dims = " + dims + "; use an even number from 2 to " + MAX_DIMS
                    + " (sine and cosine come in pairs)");
        }
    }
}
