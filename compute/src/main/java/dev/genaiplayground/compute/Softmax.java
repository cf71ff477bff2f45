package dev.genaiplayground.compute;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax with temperature: p_i = exp(x_i / T) / Σ_j exp(x_j / T).
 *
 * <p>Computed stably: the largest logit is subtracted first, so every exponent is at most 0 and nothing
 * overflows, however large the logits (softmax does not change when all logits move by the same amount).
 */
public final class Softmax {

    private Softmax() {
    }

    /** The probabilities softmax(logits / temperature); temperature must be positive and finite. */
    public static double[] probabilities(double[] logits, double temperature) {
        InputCheck.vector("logits", logits, InputCheck.MAX_CLASSES);
        InputCheck.temperature(temperature);
        return Workspaces.run(() -> NdArrays.toFlat(
                normalize(Transforms.exp(shifted(NdArrays.row(logits), temperature), false))));
    }

    /** The probabilities together with the cross-entropy loss against {@code target} and its gradient. */
    public static SoftmaxResult evaluate(double[] logits, double temperature, int target) {
        InputCheck.vector("logits", logits, InputCheck.MAX_CLASSES);
        InputCheck.temperature(temperature);
        InputCheck.target(target, logits.length);
        return Workspaces.run(() -> {
            INDArray z = shifted(NdArrays.row(logits), temperature);
            INDArray p = normalize(Transforms.exp(z, true));
            return new SoftmaxResult(
                    NdArrays.toFlat(p),
                    CrossEntropy.loss(z, target),
                    NdArrays.toFlat(CrossEntropy.gradient(p, target, temperature)));
        });
    }

    /**
     * Row-wise softmax of a matrix (each row sums to 1). Entries of −∞ get a weight of exactly 0, as long as
     * each row has at least one finite entry.
     */
    static INDArray rows(INDArray scores) {
        INDArray e = Transforms.exp(scores.subColumnVector(scores.max(true, 1)), false);
        return e.diviColumnVector(e.sum(true, 1));
    }

    /**
     * (x − max x) / T for a 1 × n row: the logits divided by the temperature, moved so the largest is 0.
     * Shifting before dividing keeps a small temperature from overflowing large logits.
     */
    private static INDArray shifted(INDArray logits, double temperature) {
        return logits.subi(logits.maxNumber()).divi(temperature);
    }

    private static INDArray normalize(INDArray exps) {
        return exps.divi(exps.sumNumber());
    }
}
