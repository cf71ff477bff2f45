package dev.genaiplayground.compute;

/**
 * The steps of one forward and backward pass through {@link Backprop}'s network, in order: step n reveals the
 * quantities of the n-th constant and keeps those of every earlier one. Forward steps fill node values; backward steps
 * multiply by one more chain-rule factor each.
 */
public enum BackpropStep {
    /** Only the inputs and weights are known. */
    START("Nothing computed yet", ""),
    HIDDEN_SUM("Forward: hidden sums", "z = W1·x + b1"),
    HIDDEN("Forward: hidden activations", "h = σ(z)"),
    OUTPUT_SUM("Forward: output sum", "u = w2·h + b2"),
    OUTPUT("Forward: output", "y = σ(u)"),
    LOSS("Forward: loss", "L = ½ (y − t)²"),
    D_OUTPUT("Backward: ∂L/∂y", "∂L/∂y = y − t"),
    D_OUTPUT_SUM("Backward: ∂L/∂u", "∂L/∂u = ∂L/∂y · ∂y/∂u"),
    D_W2("Backward: output-layer weights", "∂L/∂w2 = ∂L/∂u · ∂u/∂w2 = ∂L/∂u · h"),
    D_HIDDEN("Backward: ∂L/∂h", "∂L/∂h = ∂L/∂u · ∂u/∂h = ∂L/∂u · w2"),
    D_HIDDEN_SUM("Backward: ∂L/∂z", "∂L/∂z = ∂L/∂h · ∂h/∂z"),
    D_W1("Backward: hidden-layer weights", "∂L/∂W1 = ∂L/∂z · ∂z/∂W1 = ∂L/∂z · x");

    private final String title;
    private final String rule;

    BackpropStep(String title, String rule) {
        this.title = title;
        this.rule = rule;
    }

    /** The step in words, e.g. "Forward: output sum". */
    public String title() {
        return title;
    }

    /** The formula this step evaluates (empty for {@link #START}). */
    public String rule() {
        return rule;
    }

    public boolean isBackward() {
        return ordinal() >= D_OUTPUT.ordinal();
    }
}
