package dev.genaiplayground.widget.classificationmetrics;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The classification-metrics widget's whole state: one classifier score and one true label per example, and the
 * threshold at or above which a score counts as "predicted positive". Validated on construction; arrays are copied
 * in and out.
 */
public record ClassificationMetricsState(
        @Limits(min = 0, max = 1, minCount = ClassificationMetricsState.MIN_EXAMPLES,
                maxCount = ClassificationMetricsState.MAX_EXAMPLES,
                note = "the classifier's score of each example; higher means more likely positive") double[] scores,
        @Limits(min = 0, max = 1, minCount = ClassificationMetricsState.MIN_EXAMPLES,
                maxCount = ClassificationMetricsState.MAX_EXAMPLES,
                note = "1 (positive) or 0 (negative) for each score; both must occur") int[] labels,
        @Limits(min = 0, max = 1, note = "a score at or above it is predicted positive") double threshold) {

    public static final int MIN_EXAMPLES = 2;
    public static final int MAX_EXAMPLES = 60;

    public ClassificationMetricsState {
        StateRules.requireCount("scores", scores, MIN_EXAMPLES, MAX_EXAMPLES);
        StateRules.requireWithin("scores", scores, 0, 1);
        if (labels == null) {
            throw new IllegalArgumentException("labels are missing.");
        }
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("There are " + scores.length + " scores but " + labels.length
                    + " labels; give one label (1 or 0) per score.");
        }
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels: number " + (i + 1) + " is " + labels[i]
                        + "; each label must be 1 (positive) or 0 (negative).");
            }
            positives += labels[i];
        }
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("labels: give at least one positive (1) and one negative (0); with "
                    + "only one class there is nothing to tell apart.");
        }
        StateRules.requireWithin("threshold", threshold, 0, 1);
        scores = scores.clone();
        labels = labels.clone();
    }

    /**
     * 20 examples, 4 of them positive, at threshold 0.5: TP 3, FP 2, FN 1, TN 14, so accuracy 0.85, precision 0.6,
     * recall 0.75 and F1 0.667 (the lesson's worked example).
     */
    public static ClassificationMetricsState defaults() {
        return Presets.RARE.state();
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public int size() {
        return scores.length;
    }

    public ClassificationMetricsState withThreshold(double value) {
        return new ClassificationMetricsState(scores, labels, value);
    }

    public ClassificationMetricsState withExamples(double[] newScores, int[] newLabels) {
        return new ClassificationMetricsState(newScores, newLabels, threshold);
    }

    @Override
    public boolean equals(Object other) {
        return StateRecords.equal(this, other);
    }

    @Override
    public int hashCode() {
        return StateRecords.hash(this);
    }

    @Override
    public String toString() {
        return StateRecords.text(this);
    }
}
