package dev.genaiplayground.compute;

import java.util.Arrays;

/**
 * Confusion matrix, accuracy, precision, recall, F1 and the precision–recall curve of a binary classifier's scores
 * at a threshold.
 *
 * <p>Plain Java, not ND4J: this is counting and sorting at most a few hundred numbers, with no linear algebra, and
 * each ND4J call costs tens of microseconds more than the whole computation does here.
 */
public final class ClassificationMetrics {

    /** The most examples one call accepts. */
    public static final int MAX_EXAMPLES = 1000;

    static final String NO_PREDICTED_POSITIVES = "Nothing is predicted positive at this threshold, so precision = "
            + "TP / (TP + FP) = 0 / 0 is undefined.";

    private ClassificationMetrics() {
    }

    /**
     * @param scores    one score per example, each in [0, 1]; higher means "more likely positive"
     * @param labels    the true class of each example: 1 (positive) or 0 (negative); both must occur
     * @param threshold an example is predicted positive when its score is at least this
     */
    public static ClassificationMetricsResult evaluate(double[] scores, int[] labels, double threshold) {
        InputCheck.vector("scores", scores, MAX_EXAMPLES);
        if (labels == null) {
            throw new IllegalArgumentException("labels are missing (null)");
        }
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("there are " + scores.length + " scores but " + labels.length
                    + " labels; give one label per score");
        }
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + (i + 1) + " is " + labels[i]
                        + "; each label must be 1 (positive) or 0 (negative)");
            }
            positives += labels[i];
        }
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("the labels need at least one positive (1) and one negative (0)");
        }
        InputCheck.value("threshold", threshold);

        int n = scores.length;
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] >= threshold) {
                if (labels[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        int fn = positives - tp;
        int tn = n - positives - fp;
        double accuracy = (tp + tn) / (double) n;
        Double precision = tp + fp == 0 ? null : tp / (double) (tp + fp);
        double recall = tp / (double) positives;
        double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        double majority = Math.max(positives, n - positives) / (double) n;

        // The curve: sort by score, highest first, and sweep the threshold down through each distinct score.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] thresholds = new double[n];
        double[] curveRecall = new double[n];
        double[] curvePrecision = new double[n];
        int points = 0;
        int seenTp = 0;
        int seen = 0;
        double averagePrecision = 0;
        double lastRecall = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            seen++;
            seenTp += labels[i];
            boolean lastOfItsScore = k == n - 1 || scores[order[k + 1]] != scores[i];
            if (lastOfItsScore) { // ties are all in or all out together
                thresholds[points] = scores[i];
                curveRecall[points] = seenTp / (double) positives;
                curvePrecision[points] = seenTp / (double) seen;
                averagePrecision += (curveRecall[points] - lastRecall) * curvePrecision[points];
                lastRecall = curveRecall[points];
                points++;
            }
        }
        return new ClassificationMetricsResult(tp, fp, fn, tn, accuracy, precision,
                precision == null ? NO_PREDICTED_POSITIVES : "", recall, f1, majority,
                Arrays.copyOf(thresholds, points), Arrays.copyOf(curveRecall, points),
                Arrays.copyOf(curvePrecision, points), averagePrecision);
    }
}
