package dev.genaiplayground.widget.modelsize;

import dev.genaiplayground.compute.ModelSize;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The model-size widget's state: a decoder-only transformer's shape, how many tokens it is trained on, and how it
 * runs (batch, precision, device).
 */
public record ModelSizeState(
        @Limits(min = 1, max = ModelSizeState.MAX_LAYERS) int layers,
        @Limits(min = 1, max = ModelSizeState.MAX_D_MODEL, note = "a multiple of heads") int dModel,
        @Limits(min = 1, max = ModelSizeState.MAX_HEADS, note = "divides dModel") int heads,
        @Limits(min = 1, max = ModelSizeState.MAX_HEADS,
                note = "key/value heads (grouped-query attention); divides heads") int kvHeads,
        @Limits(min = 1, max = ModelSizeState.MAX_VOCAB) int vocab,
        @Limits(min = 1, max = ModelSizeState.MAX_CONTEXT) int context,
        @Limits(min = ModelSizeState.MIN_FF_RATIO, max = ModelSizeState.MAX_FF_RATIO,
                note = "feed-forward width ÷ dModel") double ffRatio,
        @Limits(note = "gated (SwiGLU, three matrices) or plain (GELU, two)") boolean gated,
        @Limits(note = "biases on projections and a shift in each norm") boolean biases,
        @Limits(note = "the output layer reuses the token embedding") boolean tied,
        @Limits(note = "learned position embeddings (context × dModel parameters)") boolean learnedPositions,
        @Limits(min = 1, max = ModelSizeState.MAX_TOKENS, note = "training tokens D") double tokens,
        @Limits(min = 1, max = ModelSizeState.MAX_BATCH) int batch,
        Precision precision,
        Device device) {

    public static final int MAX_LAYERS = 200;
    public static final int MAX_D_MODEL = 65_536;
    public static final int MAX_HEADS = 512;
    public static final int MAX_VOCAB = 1_000_000;
    public static final int MAX_CONTEXT = 2_097_152;
    public static final double MIN_FF_RATIO = 0.25;
    public static final double MAX_FF_RATIO = 16;
    public static final double MAX_TOKENS = 1e15;
    public static final int MAX_BATCH = 4096;

    public ModelSizeState {
        StateRules.requireWithin("layers", layers, 1, MAX_LAYERS);
        StateRules.requireWithin("dModel", dModel, 1, MAX_D_MODEL);
        StateRules.requireWithin("heads", heads, 1, MAX_HEADS);
        StateRules.requireWithin("kvHeads", kvHeads, 1, MAX_HEADS);
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("heads must divide dModel so that every head gets the same width: "
                    + dModel + " ÷ " + heads + " is not a whole number.");
        }
        if (kvHeads > heads || heads % kvHeads != 0) {
            throw new IllegalArgumentException("kvHeads must divide heads (each key/value head serves the same "
                    + "number of query heads): " + heads + " ÷ " + kvHeads + " is not a whole number.");
        }
        StateRules.requireWithin("vocab", vocab, 1, MAX_VOCAB);
        StateRules.requireWithin("context", context, 1, MAX_CONTEXT);
        StateRules.requireWithin("ffRatio", ffRatio, MIN_FF_RATIO, MAX_FF_RATIO);
        StateRules.requireWithin("tokens", tokens, 1, MAX_TOKENS);
        StateRules.requireWithin("batch", batch, 1, MAX_BATCH);
        if (precision == null || device == null) {
            throw new IllegalArgumentException("Choose a precision and a device.");
        }
    }

    /** GPT-2 small: 12 layers of width 768, 124M parameters. */
    public static ModelSizeState defaults() {
        return ModelSizePresets.GPT2_SMALL.state();
    }

    public ModelSize.Architecture architecture() {
        return new ModelSize.Architecture(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases,
                tied, learnedPositions);
    }

    public ModelSize.Deployment deployment() {
        return new ModelSize.Deployment(tokens, batch, precision.bytes(), device.flops(), device.bandwidth(),
                device.memory());
    }

    public ModelSizeState withLayers(int value) {
        return new ModelSizeState(value, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withDModel(int value) {
        return new ModelSizeState(layers, value, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    /** Changes the query heads; key/value heads follow when they no longer divide them (plain multi-head). */
    public ModelSizeState withHeads(int value) {
        int kv = value > 0 && value % kvHeads == 0 && kvHeads <= value ? kvHeads : value;
        return new ModelSizeState(layers, dModel, value, kv, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withKvHeads(int value) {
        return new ModelSizeState(layers, dModel, heads, value, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withVocab(int value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, value, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withContext(int value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, value, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withFfRatio(double value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, value, gated, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withGated(boolean value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, value, biases, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withBiases(boolean value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, value, tied,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withTied(boolean value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, value,
                learnedPositions, tokens, batch, precision, device);
    }

    public ModelSizeState withLearnedPositions(boolean value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                value, tokens, batch, precision, device);
    }

    public ModelSizeState withTokens(double value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, value, batch, precision, device);
    }

    public ModelSizeState withBatch(int value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, value, precision, device);
    }

    public ModelSizeState withPrecision(Precision value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, value, device);
    }

    public ModelSizeState withDevice(Device value) {
        return new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, batch, precision, value);
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
