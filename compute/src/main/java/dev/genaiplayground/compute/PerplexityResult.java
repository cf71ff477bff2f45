package dev.genaiplayground.compute;

/**
 * How surprised a model was by a text, from the probability it gave each actual next token.
 *
 * @param surprisal           −ln p per token, in nats (0 for a token the model was sure of)
 * @param surprisalBits       the same in bits, −log₂ p
 * @param crossEntropy        the mean surprisal, in nats: the model's cross-entropy on this text
 * @param crossEntropyBits    the same in bits
 * @param perplexity          exp(crossEntropy): the model was as uncertain as if it chose evenly among this many
 *                            tokens at every step
 * @param geometricMean       the geometric mean of the probabilities, 1 / perplexity
 * @param mostSurprising      the index of the token with the largest surprisal (the first, on a tie)
 */
public record PerplexityResult(double[] surprisal, double[] surprisalBits, double crossEntropy,
                               double crossEntropyBits, double perplexity, double geometricMean, int mostSurprising) {
}
