package dev.genaiplayground.widget.classificationmetrics;

/** Example data sets to start from, each a lesson in itself. */
enum Presets {
    /** A rare positive class: 4 in 20. Always answering "negative" already scores 80% accuracy. */
    RARE("Rare positives (4 in 20)",
            new double[] {0.92, 0.81, 0.74, 0.62, 0.55, 0.45, 0.40, 0.33, 0.31, 0.28,
                    0.22, 0.18, 0.15, 0.12, 0.10, 0.08, 0.06, 0.05, 0.03, 0.02},
            new int[] {1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
    /** Very rare: 2 in 40, so "always negative" scores 95% and finds nothing. */
    VERY_RARE("Very rare (2 in 40)",
            new double[] {0.88, 0.71, 0.64, 0.58, 0.47, 0.41, 0.39, 0.35, 0.33, 0.30, 0.29, 0.27, 0.25, 0.24,
                    0.22, 0.21, 0.2, 0.19, 0.18, 0.17, 0.16, 0.15, 0.14, 0.13, 0.12, 0.11, 0.1, 0.09, 0.08, 0.07,
                    0.07, 0.06, 0.05, 0.05, 0.04, 0.03, 0.03, 0.02, 0.01, 0.01},
            new int[] {0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
    /** Half and half, with the two classes' scores overlapping in the middle. */
    BALANCED("Balanced (10 and 10)",
            new double[] {0.95, 0.9, 0.84, 0.77, 0.7, 0.66, 0.61, 0.57, 0.52, 0.48,
                    0.45, 0.41, 0.38, 0.34, 0.29, 0.25, 0.2, 0.14, 0.09, 0.04},
            new int[] {1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0});

    private final String title;
    private final double[] scores;
    private final int[] labels;

    Presets(String title, double[] scores, int[] labels) {
        this.title = title;
        this.scores = scores;
        this.labels = labels;
    }

    String title() {
        return title;
    }

    ClassificationMetricsState state() {
        return new ClassificationMetricsState(scores, labels, 0.5);
    }
}
