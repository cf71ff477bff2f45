package dev.genaiplayground.widget.scalinglaws;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The scaling-laws widget's whole state: a model's parameter count N and training tokens D, a compute budget C in
 * FLOPs to split optimally, and the answer length k of the emergence demonstration.
 */
public record ScalingLawsState(
        @Limits(min = ScalingLawsState.MIN_PARAMS, max = ScalingLawsState.MAX_PARAMS,
                note = "the model's parameter count N") double params,
        @Limits(min = ScalingLawsState.MIN_TOKENS, max = ScalingLawsState.MAX_TOKENS,
                note = "the number of training tokens D") double tokens,
        @Limits(min = ScalingLawsState.MIN_COMPUTE, max = ScalingLawsState.MAX_COMPUTE,
                note = "a training budget C in FLOPs, split as C = 6·N·D") double compute,
        @Limits(min = 1, max = ScalingLawsState.MAX_ANSWER_TOKENS,
                note = "k: an answer counts only when all k of its tokens are right") int answerTokens) {

    public static final double MIN_PARAMS = 1e7;
    public static final double MAX_PARAMS = 1e13;
    public static final double MIN_TOKENS = 1e8;
    public static final double MAX_TOKENS = 1e14;
    public static final double MIN_COMPUTE = 1e15;
    public static final double MAX_COMPUTE = 1e28;
    public static final int MAX_ANSWER_TOKENS = 50;

    public ScalingLawsState {
        StateRules.requireWithin("params", params, MIN_PARAMS, MAX_PARAMS);
        StateRules.requireWithin("tokens", tokens, MIN_TOKENS, MAX_TOKENS);
        StateRules.requireWithin("compute", compute, MIN_COMPUTE, MAX_COMPUTE);
        if (answerTokens < 1 || answerTokens > MAX_ANSWER_TOKENS) {
            throw new IllegalArgumentException("answerTokens must be a whole number from 1 to " + MAX_ANSWER_TOKENS
                    + ", not " + answerTokens + ".");
        }
    }

    /** Chinchilla (70 billion parameters, 1.4 trillion tokens) and its own budget, 6·N·D = 5.88e23 FLOPs. */
    public static ScalingLawsState defaults() {
        return new ScalingLawsState(70e9, 1.4e12, 5.88e23, 10);
    }

    public ScalingLawsState withParams(double value) {
        return new ScalingLawsState(value, tokens, compute, answerTokens);
    }

    public ScalingLawsState withTokens(double value) {
        return new ScalingLawsState(params, value, compute, answerTokens);
    }

    public ScalingLawsState withCompute(double value) {
        return new ScalingLawsState(params, tokens, value, answerTokens);
    }

    public ScalingLawsState withAnswerTokens(int value) {
        return new ScalingLawsState(params, tokens, compute, value);
    }

    /** A model and its own training compute as the budget. */
    public ScalingLawsState withModel(double newParams, double newTokens) {
        return new ScalingLawsState(newParams, newTokens, 6 * newParams * newTokens, answerTokens);
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
