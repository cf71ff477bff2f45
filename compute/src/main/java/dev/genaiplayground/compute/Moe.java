package dev.genaiplayground.compute;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A mixture-of-experts layer's routing, from the router's logits (one row per token, one column per expert).
 *
 * <ol>
 *   <li>Router probabilities: softmax of each token's row.</li>
 *   <li>Each token picks the k experts with the highest logits (the same order as the probabilities; equal logits
 *       go to the expert with the smaller number). Its gate weights are those experts' probabilities divided by
 *       their sum, so they add up to 1.</li>
 *   <li>Capacity: each expert takes at most floor(capacityFactor · tokens · k / experts) assignments. Slots are
 *       filled first with every token's first choice, in token order, then with the second choices (as GShard
 *       and the Switch Transformer do); an assignment that finds its expert full is dropped. A token whose every
 *       choice is dropped skips the layer and is carried on by the residual connection alone.</li>
 *   <li>Load-balancing loss of the Switch Transformer (Fedus et al. 2021): E · Σᵢ fᵢ · Pᵢ, with fᵢ the fraction of
 *       tokens whose first choice is expert i and Pᵢ the mean router probability of expert i. It is 1 when both
 *       are uniform and reaches E when one expert takes everything.</li>
 *   <li>Size: each expert is a feed-forward network of two matrices, d_model × d_ff and d_ff × d_model (biases
 *       left out); the router is d_model × E. A multiply-add counts as 2 FLOPs.</li>
 * </ol>
 */
public final class Moe {

    public static final int MAX_TOKENS = 64;
    public static final int MAX_EXPERTS = 64;
    public static final int MAX_K = 2;
    public static final double MAX_ABS_LOGIT = 1000;

    private Moe() {
    }

    public static MoeResult route(double[][] router, int k, double capacityFactor, long dModel, long dFf) {
        InputCheck.matrix("router", router, MAX_TOKENS, MAX_EXPERTS);
        int tokens = router.length;
        int experts = router[0].length;
        for (double[] row : router) {
            for (double x : row) {
                if (Math.abs(x) > MAX_ABS_LOGIT) {
                    throw new IllegalArgumentException("router logits must lie between -" + (int) MAX_ABS_LOGIT
                            + " and " + (int) MAX_ABS_LOGIT + ".");
                }
            }
        }
        if (experts < 2) {
            throw new IllegalArgumentException("router needs at least 2 experts (columns), not " + experts + ".");
        }
        if (k < 1 || k > Math.min(MAX_K, experts)) {
            throw new IllegalArgumentException("k must be 1 to " + Math.min(MAX_K, experts) + ", not " + k + ".");
        }
        if (!(capacityFactor > 0) || capacityFactor > 100) {
            throw new IllegalArgumentException("capacityFactor must be above 0 and at most 100, not "
                    + capacityFactor + ".");
        }
        if (dModel < 1 || dFf < 1 || dModel > 1_000_000 || dFf > 1_000_000) {
            throw new IllegalArgumentException("dModel and dFf must be 1 to 1000000.");
        }

        double[][][] both = Workspaces.run(() -> {
            INDArray probs = Softmax.rows(NdArrays.matrix(router));
            return new double[][][] {NdArrays.toMatrix(probs), {NdArrays.toFlat(probs.mean(true, 0))}};
        });
        double[][] p = both[0];
        double[] meanProbability = both[1][0];

        int[][] chosen = new int[tokens][k];
        double[][] gates = new double[tokens][k];
        int[] load = new int[experts];
        double[] firstChoiceFraction = new double[experts];
        for (int t = 0; t < tokens; t++) {
            boolean[] taken = new boolean[experts];
            double sum = 0;
            for (int j = 0; j < k; j++) {
                int best = -1;
                for (int e = 0; e < experts; e++) {
                    if (!taken[e] && (best < 0 || router[t][e] > router[t][best])) {
                        best = e;
                    }
                }
                taken[best] = true;
                chosen[t][j] = best;
                sum += p[t][best];
                load[best]++;
            }
            for (int j = 0; j < k; j++) {
                gates[t][j] = p[t][chosen[t][j]] / sum;
            }
            firstChoiceFraction[chosen[t][0]]++;
        }
        for (int e = 0; e < experts; e++) {
            firstChoiceFraction[e] /= tokens;
        }

        int capacity = (int) Math.floor(capacityFactor * tokens * k / experts);
        int[][] kept = new int[tokens][k];
        int[] processed = new int[experts];
        int droppedAssignments = 0;
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < tokens; t++) {
                int e = chosen[t][j];
                if (processed[e] < capacity) {
                    processed[e]++;
                    kept[t][j] = 1;
                } else {
                    droppedAssignments++;
                }
            }
        }
        int droppedTokens = 0;
        for (int t = 0; t < tokens; t++) {
            int sumKept = 0;
            for (int j = 0; j < k; j++) {
                sumKept += kept[t][j];
            }
            if (sumKept == 0) {
                droppedTokens++;
            }
        }
        double loss = 0;
        for (int e = 0; e < experts; e++) {
            loss += firstChoiceFraction[e] * meanProbability[e];
        }
        loss *= experts;

        double expert = 2.0 * dModel * dFf;
        double routerParameters = (double) dModel * experts;
        double total = experts * expert + routerParameters;
        double active = k * expert + routerParameters;
        double dense = experts * expert;
        return new MoeResult(p, chosen, gates, load, capacity, kept, processed, droppedAssignments,
                droppedTokens, firstChoiceFraction, meanProbability, loss, total, active, 2 * active, dense,
                2 * dense, active / total);
    }

    /** Logits of a linear router: the token vectors x (tokens × d) times the router weights w (d × experts). */
    public static double[][] linearRouter(double[][] x, double[][] w) {
        InputCheck.matrix("x", x, MAX_TOKENS, 1024);
        InputCheck.matrix("w", w, 1024, MAX_EXPERTS);
        if (x[0].length != w.length) {
            throw new IllegalArgumentException("x has " + x[0].length + " columns but w has " + w.length
                    + " rows; they must match.");
        }
        return Workspaces.run(() -> {
            INDArray logits = NdArrays.matrix(x).mmul(NdArrays.matrix(w));
            return NdArrays.toMatrix(logits);
        });
    }
}
