package dev.genaiplayground.compute;

/**
 * A mixture-of-experts layer's routing of some tokens (see {@link Moe}).
 *
 * @param probabilities       router probabilities, softmax of each token's logits (tokens × experts)
 * @param chosen              each token's chosen experts (0-based), best first (tokens × k)
 * @param gates               their gate weights, the probabilities renormalised over the chosen k (sum to 1)
 * @param load                assignments each expert receives before capacity is applied
 * @param capacity            the most assignments one expert takes: floor(capacityFactor · tokens · k / experts)
 * @param kept                1 where an assignment was processed, 0 where it was dropped at capacity (tokens × k)
 * @param processed           assignments each expert processes after capacity
 * @param droppedAssignments  assignments dropped at capacity
 * @param droppedTokens       tokens none of whose choices was processed (they skip the layer)
 * @param firstChoiceFraction fᵢ: the fraction of tokens whose first choice is expert i
 * @param meanProbability     Pᵢ: the mean router probability of expert i over the tokens
 * @param balanceLoss         E · Σᵢ fᵢ · Pᵢ (1 when perfectly balanced)
 * @param totalParameters     parameters of the layer: E experts and the router
 * @param activeParameters    parameters one token uses: k experts and the router
 * @param moeFlopsPerToken    2 × active parameters
 * @param denseParameters     a dense feed-forward layer as large as all experts together (d_ff · E)
 * @param denseFlopsPerToken  2 × dense parameters: every token uses all of them
 * @param activeFraction      active / total parameters
 */
public record MoeResult(double[][] probabilities, int[][] chosen, double[][] gates, int[] load, int capacity,
                        int[][] kept, int[] processed, int droppedAssignments, int droppedTokens,
                        double[] firstChoiceFraction, double[] meanProbability, double balanceLoss,
                        double totalParameters, double activeParameters, double moeFlopsPerToken,
                        double denseParameters, double denseFlopsPerToken, double activeFraction) {
}
