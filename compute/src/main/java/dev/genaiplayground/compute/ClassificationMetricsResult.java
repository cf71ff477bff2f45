package dev.genaiplayground.compute;

/**
 * A binary classifier's scores cut at one threshold (score ≥ threshold means "predicted positive"), counted against
 * the true labels, with the precision–recall curve over every threshold.
 *
 * @param truePositives    positives predicted positive
 * @param falsePositives   negatives predicted positive
 * @param falseNegatives   positives predicted negative
 * @param trueNegatives    negatives predicted negative
 * @param accuracy         (TP + TN) / all
 * @param precision        TP / (TP + FP); {@code null} when nothing is predicted positive (0 / 0 is undefined)
 * @param precisionNote    why precision is {@code null}, in words; empty when it is a number
 * @param recall           TP / (TP + FN), the share of real positives found (there is always at least one)
 * @param f1               2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; 0 when TP = 0
 * @param majorityAccuracy the accuracy of always answering the more common class, the bar any classifier must beat
 * @param curveThresholds  the distinct scores, highest first: each one, used as the threshold, is a curve point
 * @param curveRecall      the recall at each of those thresholds
 * @param curvePrecision   the precision at each of those thresholds (always defined: at least one is predicted)
 * @param averagePrecision Σ (Rₙ − Rₙ₋₁)·Pₙ over the curve points, R₀ = 0: the area under the curve as a step
 *                         function
 */
public record ClassificationMetricsResult(
        int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
        double accuracy, Double precision, String precisionNote, double recall, double f1,
        double majorityAccuracy,
        double[] curveThresholds, double[] curveRecall, double[] curvePrecision, double averagePrecision) {

    public ClassificationMetricsResult {
        curveThresholds = curveThresholds.clone();
        curveRecall = curveRecall.clone();
        curvePrecision = curvePrecision.clone();
    }

    @Override
    public double[] curveThresholds() {
        return curveThresholds.clone();
    }

    @Override
    public double[] curveRecall() {
        return curveRecall.clone();
    }

    @Override
    public double[] curvePrecision() {
        return curvePrecision.clone();
    }

    /** Whether precision is a number here (something is predicted positive). */
    public boolean precisionDefined() {
        return precision != null;
    }
}
