package dev.genaiplayground.compute;

import java.util.List;

/**
 * The Chinchilla scaling law (J. Hoffmann et al., "Training Compute-Optimal Large Language Models", 2022, the
 * parametric fit of its approach 3): L(N, D) = E + A/N^α + B/D^β with N parameters and D training tokens, and
 * training compute C ≈ 6·N·D FLOPs.
 *
 * <p>Minimising L along the budget line 6·N·D = C has a closed form: setting dL/dN = 0 with D = C/(6N) gives
 * α·A·N^−α = β·B·(C/6)^−β·N^β, so N_opt = G·(C/6)^(β/(α+β)) and D_opt = (C/6)/N_opt = G^−1·(C/6)^(α/(α+β)), where
 * G = (α·A / (β·B))^(1/(α+β)).
 *
 * <p>Plain Java, not ND4J: a few dozen powers with no linear algebra, where each ND4J call would cost more than all
 * of them together.
 */
public final class ScalingLaws {

    public static final double E = 1.69;
    public static final double A = 406.4;
    public static final double B = 410.7;
    public static final double ALPHA = 0.34;
    public static final double BETA = 0.28;
    /** The rule of thumb for compute-optimal training: about 20 tokens per parameter. */
    public static final double RULE_TOKENS_PER_PARAM = 20;

    /**
     * Published models: GPT-2 (Radford et al. 2019, 1.5 billion parameters; the paper gives no token count, so
     * 10 billion is an estimate: WebText's 40 GB read once), GPT-3 (Brown et al. 2020, 175 billion parameters,
     * 300 billion tokens) and Chinchilla (Hoffmann et al. 2022, 70 billion parameters, 1.4 trillion tokens).
     */
    public static final List<String> MODEL_NAMES = List.of("GPT-2 1.5B", "GPT-3 175B", "Chinchilla 70B");
    public static final double[] MODEL_PARAMS = {1.5e9, 175e9, 70e9};
    public static final double[] MODEL_TOKENS = {10e9, 300e9, 1.4e12};

    /** The curves span 10^15 to 10^28 FLOPs, four points per decade. */
    public static final double GRID_FROM_LOG10 = 15;
    public static final double GRID_TO_LOG10 = 28;
    public static final int GRID_POINTS_PER_DECADE = 4;

    /** Beyond these the fit is extrapolated past any sense (and far past any trained model). */
    public static final double MIN_COUNT = 1;
    public static final double MAX_COUNT = 1e30;
    public static final int MAX_ANSWER_TOKENS = 1000;

    private ScalingLaws() {
    }

    /** L(N, D) of the fit. */
    public static double loss(double params, double tokens) {
        return E + A / Math.pow(params, ALPHA) + B / Math.pow(tokens, BETA);
    }

    /** The compute-optimal parameter count for a budget of {@code compute} FLOPs. */
    public static double optimalParams(double compute) {
        double g = Math.pow(ALPHA * A / (BETA * B), 1 / (ALPHA + BETA));
        return g * Math.pow(compute / 6, BETA / (ALPHA + BETA));
    }

    /** The compute-optimal token count for a budget of {@code compute} FLOPs. */
    public static double optimalTokens(double compute) {
        double g = Math.pow(ALPHA * A / (BETA * B), 1 / (ALPHA + BETA));
        return Math.pow(compute / 6, ALPHA / (ALPHA + BETA)) / g;
    }

    /**
     * @param params       N, the model's parameter count
     * @param tokens       D, the number of training tokens
     * @param compute      a compute budget C in FLOPs, to split optimally
     * @param answerTokens k, the length of the answer in the emergence demonstration
     */
    public static ScalingLawsResult evaluate(double params, double tokens, double compute, int answerTokens) {
        count("params", params);
        count("tokens", tokens);
        count("compute", compute);
        if (answerTokens < 1 || answerTokens > MAX_ANSWER_TOKENS) {
            throw new IllegalArgumentException("answerTokens is " + answerTokens + "; it must be 1 to "
                    + MAX_ANSWER_TOKENS);
        }
        double paramTerm = A / Math.pow(params, ALPHA);
        double dataTerm = B / Math.pow(tokens, BETA);
        double loss = E + paramTerm + dataTerm;

        double nOpt = optimalParams(compute);
        double dOpt = optimalTokens(compute);
        double nRule = Math.sqrt(compute / (6 * RULE_TOKENS_PER_PARAM));
        double dRule = RULE_TOKENS_PER_PARAM * nRule;

        int points = (int) Math.round((GRID_TO_LOG10 - GRID_FROM_LOG10) * GRID_POINTS_PER_DECADE) + 1;
        double[] grid = new double[points];
        double[] frontier = new double[points];
        double[] ruleFrontier = new double[points];
        double[] frontierAccuracy = new double[points];
        double[] frontierExact = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = Math.pow(10, GRID_FROM_LOG10 + i / (double) GRID_POINTS_PER_DECADE);
            frontier[i] = loss(optimalParams(grid[i]), optimalTokens(grid[i]));
            double n = Math.sqrt(grid[i] / (6 * RULE_TOKENS_PER_PARAM));
            ruleFrontier[i] = loss(n, RULE_TOKENS_PER_PARAM * n);
            frontierAccuracy[i] = tokenAccuracy(frontier[i]);
            frontierExact[i] = Math.pow(frontierAccuracy[i], answerTokens);
        }
        int models = MODEL_NAMES.size();
        double[] modelCompute = new double[models];
        double[] modelLoss = new double[models];
        double[] modelExact = new double[models];
        for (int m = 0; m < models; m++) {
            modelCompute[m] = 6 * MODEL_PARAMS[m] * MODEL_TOKENS[m];
            modelLoss[m] = loss(MODEL_PARAMS[m], MODEL_TOKENS[m]);
            modelExact[m] = Math.pow(tokenAccuracy(modelLoss[m]), answerTokens);
        }
        double accuracy = tokenAccuracy(loss);
        return new ScalingLawsResult(loss, paramTerm, dataTerm, 6 * params * tokens, tokens / params,
                nOpt, dOpt, loss(nOpt, dOpt), dOpt / nOpt, nRule, dRule, loss(nRule, dRule),
                grid, frontier, ruleFrontier, modelCompute, modelLoss,
                accuracy, Math.pow(accuracy, answerTokens), frontierAccuracy, frontierExact, modelExact);
    }

    /**
     * The toy per-token accuracy: exp(−(L − E)), which is 1 for a model with only the irreducible loss left and
     * falls smoothly as the loss rises. Not a measured quantity: it stands for any smooth, improving skill.
     */
    static double tokenAccuracy(double loss) {
        return Math.exp(-(loss - E));
    }

    private static void count(String name, double value) {
        InputCheck.value(name, value);
        if (value < MIN_COUNT || value > MAX_COUNT) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be between 1 and 1e30");
        }
    }
}
