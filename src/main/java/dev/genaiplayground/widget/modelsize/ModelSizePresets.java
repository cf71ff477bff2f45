package dev.genaiplayground.widget.modelsize;

/**
 * Published model shapes. GPT-2 small and GPT-3 175B: Radford et al. 2019, Brown et al. 2020 (learned positions,
 * GELU, biases, tied embeddings, vocabulary 50,257). 7B and 13B: LLaMA (Touvron et al. 2023); 70B: Llama 2
 * (Touvron et al. 2023, grouped-query attention with 8 key/value heads); both SwiGLU, no biases, untied, rotary
 * positions (no position parameters), vocabulary 32,000.
 */
public enum ModelSizePresets {
    GPT2_SMALL("GPT-2 small (124M)", 12, 768, 12, 12, 50_257, 1024, 4, false, true, true, true, 10e9),
    LLAMA_7B("7B (LLaMA)", 32, 4096, 32, 32, 32_000, 2048, 11_008 / 4096.0, true, false, false, false, 1e12),
    LLAMA_13B("13B (LLaMA)", 40, 5120, 40, 40, 32_000, 2048, 13_824 / 5120.0, true, false, false, false, 1e12),
    LLAMA2_70B("70B (Llama 2)", 80, 8192, 64, 8, 32_000, 4096, 28_672 / 8192.0, true, false, false, false, 2e12),
    GPT3("175B (GPT-3)", 96, 12_288, 96, 96, 50_257, 2048, 4, false, true, true, true, 300e9);

    private final String title;
    private final ModelSizeState state;

    ModelSizePresets(String title, int layers, int dModel, int heads, int kvHeads, int vocab, int context,
                     double ffRatio, boolean gated, boolean biases, boolean tied, boolean learnedPositions,
                     double tokens) {
        this.title = title;
        this.state = new ModelSizeState(layers, dModel, heads, kvHeads, vocab, context, ffRatio, gated, biases, tied,
                learnedPositions, tokens, 1, Precision.FP16, Device.A100);
    }

    public String title() {
        return title;
    }

    /** The preset's shape, run at batch 1 in fp16 on an A100. */
    public ModelSizeState state() {
        return state;
    }

    /** This preset's shape and training tokens, keeping how {@code current} runs. */
    public ModelSizeState shapeOf(ModelSizeState current) {
        return state.withBatch(current.batch()).withPrecision(current.precision()).withDevice(current.device());
    }
}
