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
     * Everything about two vectors: a·b, their lengths, the cosine and the angle. A zero vector is allowed: it has
     * no direction, so the result says {@code defined = 0} with a cosine of 0 and an angle of 90° rather than NaN.
     *
     * <p>The angle is 2·atan2(|â − b̂|, |â + b̂|) for the unit vectors â, b̂ (Kahan's formula): acos of the cosine
     * would lose half the digits for nearly parallel vectors, where acos is steep.
     */
    public static CosineResult compare(double[] a, double[] b) {
        InputCheck.vector("a", a, InputCheck.MAX_DIMS);
        InputCheck.vector("b", b, InputCheck.MAX_DIMS);
        InputCheck.sameLength("a", a, "b", b);
        double scaleA = largestMagnitude(a);
        double scaleB = largestMagnitude(b);
        return Workspaces.run(() -> {
            INDArray both = NdArrays.matrix(new double[][] {a, b});
            double dot = NdArrays.toFlat(both.mmul(both.transpose()))[1];
            if (scaleA == 0 || scaleB == 0) {
                double normA = scaleA == 0 ? 0 : scaleA * unitScale(NdArrays.row(a)).norm2Number().doubleValue();
                double normB = scaleB == 0 ? 0 : scaleB * unitScale(NdArrays.row(b)).norm2Number().doubleValue();
                return new CosineResult(dot, normA, normB, 0, 90, 0);
            }
            // Each row divided by its largest |entry| (no overflow or underflow when squaring), then by its length.
            INDArray scaled = both.divColumnVector(NdArrays.matrix(new double[][] {{scaleA}, {scaleB}}));
            double[] scaledNorms = NdArrays.toFlat(scaled.norm2(1));
            INDArray units = scaled.diviColumnVector(NdArrays.matrix(new double[][] {{scaledNorms[0]}, {scaledNorms[1]}}));
            double cosine = NdArrays.toFlat(units.mmul(units.transpose()))[1];
            // Rows: â − b̂ and â + b̂.
            INDArray differenceAndSum = NdArrays.matrix(new double[][] {{1, -1}, {1, 1}}).mmul(units);
            double[] lengths = NdArrays.toFlat(differenceAndSum.norm2(1));
            double angle = Math.toDegrees(2 * Math.atan2(lengths[0], lengths[1]));
            return new CosineResult(dot, scaleA * scaledNorms[0], scaleB * scaledNorms[1],
                    Math.max(-1.0, Math.min(1.0, cosine)), angle, 1);
        });
    }

    private static double largestMagnitude(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    /**
     * Divides by the largest |entry| so it becomes 1. The cosine does not change, and squaring the entries can
     * then neither overflow (huge values) nor underflow to a length of 0 (tiny values).
     */
    private static INDArray unitScale(INDArray v) {
        return v.divi(v.amaxNumber());
    }
}
