package dev.genaiplayground.compute;

/**
 * The Chinchilla loss fit at one model size and data size, the compute-optimal split of a compute budget, the
 * loss–compute frontier, three published models placed on it, and a toy "emergent ability" read off the smooth
 * loss. Compute is in FLOPs, C = 6·N·D; losses are in nats per token.
 *
 * @param loss                  L(N, D) = E + A/N^α + B/D^β at the chosen params N and tokens D
 * @param paramTerm             A/N^α: the part of the loss a bigger model removes
 * @param dataTerm              B/D^β: the part of the loss more data removes
 * @param trainingCompute       6·N·D, the compute the chosen model and data cost
 * @param tokensPerParam        D / N
 * @param optimalParams         the N that minimises L under the budget C = 6·N·D (closed form from the fit)
 * @param optimalTokens         the matching D = C / (6·N)
 * @param optimalLoss           L at that N and D
 * @param optimalTokensPerParam optimalTokens / optimalParams
 * @param ruleParams            N under the rule of thumb D = 20·N with 6·N·D = C, so N = √(C / 120)
 * @param ruleTokens            20 · ruleParams
 * @param ruleLoss              L at the rule's N and D
 * @param gridCompute           compute budgets, a quarter of a decade apart, for the curves
 * @param frontierLoss          the compute-optimal loss at each budget
 * @param ruleFrontierLoss      the loss of the 20-tokens-per-parameter split at each budget
 * @param modelCompute          6·N·D of each model in {@link ScalingLaws#MODEL_NAMES}
 * @param modelLoss             the fit's L(N, D) of each of those models
 * @param tokenAccuracy         the toy per-token accuracy at the chosen N and D: p = exp(−(L − E))
 * @param exactMatch            p^k: the chance that all k tokens of an answer are right
 * @param frontierTokenAccuracy p along the compute-optimal frontier
 * @param frontierExactMatch    p^k along the compute-optimal frontier
 * @param modelExactMatch       p^k of each model
 */
public record ScalingLawsResult(
        double loss, double paramTerm, double dataTerm, double trainingCompute, double tokensPerParam,
        double optimalParams, double optimalTokens, double optimalLoss, double optimalTokensPerParam,
        double ruleParams, double ruleTokens, double ruleLoss,
        double[] gridCompute, double[] frontierLoss, double[] ruleFrontierLoss,
        double[] modelCompute, double[] modelLoss,
        double tokenAccuracy, double exactMatch,
        double[] frontierTokenAccuracy, double[] frontierExactMatch, double[] modelExactMatch) {

    public ScalingLawsResult {
        gridCompute = gridCompute.clone();
        frontierLoss = frontierLoss.clone();
        ruleFrontierLoss = ruleFrontierLoss.clone();
        modelCompute = modelCompute.clone();
        modelLoss = modelLoss.clone();
        frontierTokenAccuracy = frontierTokenAccuracy.clone();
        frontierExactMatch = frontierExactMatch.clone();
        modelExactMatch = modelExactMatch.clone();
    }

    @Override
    public double[] gridCompute() {
        return gridCompute.clone();
    }

    @Override
    public double[] frontierLoss() {
        return frontierLoss.clone();
    }

    @Override
    public double[] ruleFrontierLoss() {
        return ruleFrontierLoss.clone();
    }

    @Override
    public double[] modelCompute() {
        return modelCompute.clone();
    }

    @Override
    public double[] modelLoss() {
        return modelLoss.clone();
    }

    @Override
    public double[] frontierTokenAccuracy() {
        return frontierTokenAccuracy.clone();
    }

    @Override
    public double[] frontierExactMatch() {
        return frontierExactMatch.clone();
    }

    @Override
    public double[] modelExactMatch() {
        return modelExactMatch.clone();
    }
}
