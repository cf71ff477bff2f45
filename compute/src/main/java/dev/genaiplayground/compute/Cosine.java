package dev.genaiplayground.compute;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Cosine similarity a·b / (|a| |b|): the cosine of the angle between two vectors, from −1 to 1. */
public final class Cosine {

    private Cosine() {
    }

    /** The cosine of the angle between {@code a} and {@code b}; both must be non-zero and of equal length. */
    public static double similarity(double[] a, double[] b) {
        InputCheck.vector("a", a, InputCheck.MAX_DIMS);
        InputCheck.vector("b", b, InputCheck.MAX_DIMS);
        InputCheck.sameLength("a", a, "b", b);
        InputCheck.notAllZero("a", a);
        InputCheck.notAllZero("b", b);
        double cosine = Workspaces.run(() -> {
            INDArray x = unitScale(NdArrays.row(a));
            INDArray y = unitScale(NdArrays.row(b));
            return x.mul(y).sumNumber().doubleValue() / (x.norm2Number().doubleValue() * y.norm2Number().doubleValue());
        });
        // Rounding can land a hair outside [-1, 1] for (anti)parallel vectors.
        return Math.max(-1.0, Math.min(1.0, cosine));
    }

    /**
     * Divides by the largest |entry| so it becomes 1. The cosine does not change, and squaring the entries can
     * then neither overflow (huge values) nor underflow to a length of 0 (tiny values).
     */
    private static INDArray unitScale(INDArray v) {
        return v.divi(v.amaxNumber());
    }
}
