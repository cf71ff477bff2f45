package dev.genaiplayground.compute;

/**
 * Softmax of some logits at a temperature, scored against a target class with cross-entropy.
 *
 * @param probabilities softmax(logits / T): non-negative, sums to 1
 * @param loss          cross-entropy −ln p[target], in nats
 * @param gradient      ∂loss/∂logits = (p − onehot(target)) / T; its entries sum to 0
 */
public record SoftmaxResult(double[] probabilities, double loss, double[] gradient) {
}
