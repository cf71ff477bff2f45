package dev.genaiplayground.widget.perplexity;

/**
 * Sentences with the probability a model might give each token when it comes next. The numbers are illustrative,
 * chosen by hand to be plausible for a small language model; they are not the output of a particular model.
 */
enum PerplexityPresets {
    CAT("The cat sat on the mat", new String[] {"the", "cat", "sat", "on", "the", "mat", "."},
            new double[] {0.04, 0.01, 0.12, 0.45, 0.62, 0.3, 0.55}),
    SURPRISE("One big surprise", new String[] {"the", "cat", "sat", "on", "the", "piano", "."},
            new double[] {0.04, 0.01, 0.12, 0.45, 0.62, 0.001, 0.55}),
    CONFIDENT("A confident model", new String[] {"to", "be", "or", "not", "to", "be"},
            new double[] {0.3, 0.9, 0.95, 0.97, 0.99, 0.99}),
    COIN("Fair coin flips", new String[] {"heads", "tails", "tails", "heads", "tails"},
            new double[] {0.5, 0.5, 0.5, 0.5, 0.5});

    private final String title;
    private final String[] tokens;
    private final double[] probs;

    PerplexityPresets(String title, String[] tokens, double[] probs) {
        this.title = title;
        this.tokens = tokens;
        this.probs = probs;
    }

    String title() {
        return title;
    }

    PerplexityState state() {
        return new PerplexityState(tokens, probs);
    }
}
