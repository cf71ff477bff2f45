package dev.genaiplayground.widget.moe;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The mixture-of-experts widget's whole state: the router's logits (one row per token, one column per expert), how
 * many experts each token uses (k), the capacity factor, and the sizes of one expert (d_model and d_ff) for the
 * parameter and FLOP counts.
 */
public record MoeState(
        @Limits(min = -MoeState.MAX_ABS_LOGIT, max = MoeState.MAX_ABS_LOGIT, minCount = MoeState.MIN_TOKENS,
                maxCount = MoeState.MAX_TOKENS, note = "one row per token, " + MoeState.MIN_EXPERTS + " to "
                + MoeState.MAX_EXPERTS + " logits (one per expert) in each") double[][] router,
        @Limits(min = 1, max = MoeState.MAX_K, note = "experts per token, at most the number of experts") int k,
        @Limits(min = MoeState.MIN_CAPACITY_FACTOR, max = MoeState.MAX_CAPACITY_FACTOR) double capacityFactor,
        @Limits(min = 1, max = MoeState.MAX_D_MODEL) int dModel,
        @Limits(min = 1, max = MoeState.MAX_D_FF) int dFf) {

    public static final int MIN_TOKENS = 1;
    public static final int MAX_TOKENS = 16;
    public static final int MIN_EXPERTS = 2;
    public static final int MAX_EXPERTS = 8;
    public static final int MAX_K = 2;
    public static final double MAX_ABS_LOGIT = 20;
    public static final double MIN_CAPACITY_FACTOR = 0.1;
    public static final double MAX_CAPACITY_FACTOR = 8;
    public static final int MAX_D_MODEL = 65536;
    public static final int MAX_D_FF = 262144;

    public MoeState {
        if (router == null || router.length == 0 || router[0] == null) {
            throw new IllegalArgumentException("router is missing: give one row of logits per token.");
        }
        StateRules.requireCount("router", router.length, MIN_TOKENS, MAX_TOKENS);
        int experts = router[0].length;
        if (experts < MIN_EXPERTS || experts > MAX_EXPERTS) {
            throw new IllegalArgumentException("router needs " + MIN_EXPERTS + " to " + MAX_EXPERTS
                    + " logits in each row (one per expert), not " + experts + ".");
        }
        router = StateRules.matrix("router", router, router.length, experts, MAX_ABS_LOGIT);
        if (k < 1 || k > Math.min(MAX_K, experts)) {
            throw new IllegalArgumentException("k must be 1 to " + Math.min(MAX_K, experts) + ", not " + k + ".");
        }
        StateRules.requireWithin("capacityFactor", capacityFactor, MIN_CAPACITY_FACTOR, MAX_CAPACITY_FACTOR);
        if (dModel < 1 || dModel > MAX_D_MODEL) {
            throw new IllegalArgumentException("dModel must be 1 to " + MAX_D_MODEL + ", not " + dModel + ".");
        }
        if (dFf < 1 || dFf > MAX_D_FF) {
            throw new IllegalArgumentException("dFf must be 1 to " + MAX_D_FF + ", not " + dFf + ".");
        }
    }

    /**
     * Eight tokens, four experts, top-1 at capacity factor 1: four tokens prefer expert 1, so two of them are
     * dropped; an expert the size of Mixtral's (d_model 4096, d_ff 14336).
     */
    public static MoeState defaults() {
        return new MoeState(new double[][] {
                {2.0, 0.5, 0.1, -1.0},
                {1.5, 1.0, -0.5, 0.0},
                {2.5, -0.5, 0.3, 0.2},
                {1.2, 0.4, 0.9, -0.3},
                {0.1, 2.2, 0.4, -0.8},
                {-0.4, 1.8, 0.6, 0.3},
                {0.2, 0.0, 1.9, 0.5},
                {0.6, -0.2, 1.4, 0.9}}, 1, 1.0, 4096, 14336);
    }

    public int tokens() {
        return router.length;
    }

    public int experts() {
        return router[0].length;
    }

    @Override
    public double[][] router() {
        return StateRecords.copy(router);
    }

    public MoeState withLogit(int token, int expert, double value) {
        StateRules.requireIndex("token", token, tokens());
        StateRules.requireIndex("expert", expert, experts());
        double[][] next = router();
        next[token][expert] = value;
        return withRouter(next);
    }

    public MoeState withRouter(double[][] next) {
        return new MoeState(next, k, capacityFactor, dModel, dFf);
    }

    public MoeState withK(int value) {
        return new MoeState(router, value, capacityFactor, dModel, dFf);
    }

    public MoeState withCapacityFactor(double value) {
        return new MoeState(router, k, value, dModel, dFf);
    }

    public MoeState withDModel(int value) {
        return new MoeState(router, k, capacityFactor, value, dFf);
    }

    public MoeState withDFf(int value) {
        return new MoeState(router, k, capacityFactor, dModel, value);
    }

    /** A new token (row of zeros) at the end, or the last token removed. */
    public MoeState withTokens(int count) {
        StateRules.requireCount("router", count, MIN_TOKENS, MAX_TOKENS);
        double[][] next = new double[count][experts()];
        for (int t = 0; t < Math.min(count, tokens()); t++) {
            next[t] = router[t].clone();
        }
        return withRouter(next);
    }

    /** A new expert (column of zeros) at the end, or the last expert removed; k falls to 1 if it no longer fits. */
    public MoeState withExperts(int count) {
        if (count < MIN_EXPERTS || count > MAX_EXPERTS) {
            throw new IllegalArgumentException("Use " + MIN_EXPERTS + " to " + MAX_EXPERTS + " experts, not " + count
                    + ".");
        }
        double[][] next = new double[tokens()][count];
        for (int t = 0; t < tokens(); t++) {
            System.arraycopy(router[t], 0, next[t], 0, Math.min(count, experts()));
        }
        return new MoeState(next, Math.min(k, count), capacityFactor, dModel, dFf);
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
