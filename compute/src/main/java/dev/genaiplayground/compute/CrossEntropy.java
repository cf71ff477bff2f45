package dev.genaiplayground.compute;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Cross-entropy of a softmax against one correct class: loss = −ln p[target], and its gradient with respect
 * to the logits, (p − onehot(target)) / T.
 */
final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * −ln p[target] from the shifted scaled logits z = (x − max x) / T, as log Σ exp(z) − z[target]
     * (log-sum-exp). Never the log of p itself: p[target] can round to 0 while the loss is a finite 1000.
     */
    static double loss(INDArray z, int target) {
        double logSumExp = Transforms.log(Transforms.exp(z, true).sum(), false).getDouble(0);
        return logSumExp - z.getDouble(0, target);
    }

    /** ∂loss/∂logits = (p − onehot(target)) / T, for probabilities p as a 1 × n row. */
    static INDArray gradient(INDArray p, int target, double temperature) {
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, p.shape());
        oneHot.putScalar(0, target, 1.0);
        return p.sub(oneHot).divi(temperature);
    }
}
