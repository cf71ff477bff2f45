package dev.genaiplayground.widget.perplexity;

import dev.genaiplayground.compute.Perplexity;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;
import java.util.Arrays;

/**
 * The perplexity widget's whole state: the tokens of a text and, for each, the probability a model gave it when it
 * came next. Validated on construction; arrays are copied in and out so a state never changes.
 */
public record PerplexityState(
        @Limits(minCount = PerplexityState.MIN_TOKENS, maxCount = PerplexityState.MAX_TOKENS,
                maxLength = StateRules.MAX_LABEL_LENGTH, note = "the text, one entry per token") String[] tokens,
        @Limits(min = PerplexityState.MIN_PROBABILITY, max = 1, minCount = PerplexityState.MIN_TOKENS,
                maxCount = PerplexityState.MAX_TOKENS, note = "the probability the model gave each token; above 0 "
                        + "(0 would be infinite surprise) and at most 1") double[] probs) {

    public static final int MIN_TOKENS = 1;
    public static final int MAX_TOKENS = 32;
    /** The probability a newly added token starts with. */
    public static final double NEW_TOKEN_PROBABILITY = 0.5;
    /**
     * The smallest probability a person may give: a 1-in-100,000 chance, below a uniform guess over a 50,000-token
     * vocabulary (0.00002). It keeps the perplexity at most 100,000, where its digits stay exact to 1e-9 (the
     * computation itself takes probabilities down to {@link Perplexity#MIN_PROBABILITY}).
     */
    public static final double MIN_PROBABILITY = 1e-5;

    public PerplexityState {
        if (tokens == null) {
            throw new IllegalArgumentException("tokens are missing.");
        }
        StateRules.requireCount("tokens", tokens.length, MIN_TOKENS, MAX_TOKENS);
        tokens = StateRules.labels("tokens", tokens, tokens.length, false);
        if (probs == null) {
            throw new IllegalArgumentException("probs is missing.");
        }
        if (probs.length != tokens.length) {
            throw new IllegalArgumentException("probs: give one probability per token: " + tokens.length
                    + " of them, not " + probs.length + ".");
        }
        for (int i = 0; i < probs.length; i++) {
            probs[i] = probability(i, probs[i]);
        }
        probs = probs.clone();
    }

    private static double probability(int index, double p) {
        String which = "probs: number " + (index + 1);
        if (Double.isNaN(p) || Double.isInfinite(p)) {
            throw new IllegalArgumentException(which + " must be a finite number.");
        }
        if (p == 0) {
            throw new IllegalArgumentException(which + " is 0: the model called that token impossible, so seeing it "
                    + "is infinitely surprising (−ln 0 = ∞) and the perplexity would be infinite. Give it a small "
                    + "probability instead, such as 0.001.");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException(which + " is " + Double.toString(p) + "; a probability must be "
                    + "above 0 and at most 1.");
        }
        if (p < MIN_PROBABILITY) {
            throw new IllegalArgumentException(which + " is " + Double.toString(p) + ", smaller than this widget "
                    + "takes; use at least 0.00001 (a 1-in-100,000 chance).");
        }
        return p;
    }

    /** "the cat sat on the mat ." with probabilities a plausible small model might give (illustrative numbers). */
    public static PerplexityState defaults() {
        return PerplexityPresets.CAT.state();
    }

    @Override
    public String[] tokens() {
        return tokens.clone();
    }

    @Override
    public double[] probs() {
        return probs.clone();
    }

    public int size() {
        return tokens.length;
    }

    public PerplexityState withProb(int index, double value) {
        StateRules.requireIndex("token", index, size());
        double[] next = probs();
        next[index] = value;
        return new PerplexityState(tokens, next);
    }

    /** New tokens: each keeps the probability at its position; new positions start at 0.5. */
    public PerplexityState withTokens(String[] newTokens) {
        if (newTokens == null || newTokens.length < MIN_TOKENS) {
            throw new IllegalArgumentException("Type at least one token.");
        }
        if (newTokens.length > MAX_TOKENS) {
            throw new IllegalArgumentException("At most " + MAX_TOKENS + " tokens fit, not " + newTokens.length + ".");
        }
        double[] next = Arrays.copyOf(probs, newTokens.length);
        for (int i = probs.length; i < next.length; i++) {
            next[i] = NEW_TOKEN_PROBABILITY;
        }
        return new PerplexityState(newTokens, next);
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
