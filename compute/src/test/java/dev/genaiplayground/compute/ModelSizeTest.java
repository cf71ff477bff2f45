package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Parameter counts against the published sizes of real models, and the memory and time arithmetic against values
 * worked out by hand. Exact counts are those of the released checkpoints (summing every tensor).
 */
class ModelSizeTest {

    private static final ModelSize.Deployment A100_FP16 = new ModelSize.Deployment(1e12, 1, 2, 312e12, 2.039e12, 80e9);

    private static ModelSize.Architecture gpt(int layers, int d, int heads, int context) {
        return new ModelSize.Architecture(layers, d, heads, heads, 50_257, context, 4, false, true, true, true);
    }

    private static ModelSize.Architecture llama(int layers, int d, int heads, int kvHeads, int hidden) {
        return new ModelSize.Architecture(layers, d, heads, kvHeads, 32_000, 4096, hidden / (double) d, true, false,
                false, false);
    }

    @Test
    void gpt2SmallHasExactlyTheCheckpointsParameterCount() {
        ModelSizeResult r = ModelSize.evaluate(gpt(12, 768, 12, 1024), A100_FP16);
        assertThat(r.totalParameters()).isEqualTo(124_439_808L); // the released "gpt2" checkpoint
        assertThat(r.embeddingParameters()).isEqualTo(50_257L * 768);
        assertThat(r.positionParameters()).isEqualTo(1024L * 768);
        assertThat(r.unembeddingParameters()).isZero();
    }

    @Test
    void gpt3IsWithinOnePercentOf175Billion() {
        ModelSizeResult r = ModelSize.evaluate(gpt(96, 12_288, 96, 2048), A100_FP16);
        assertThat((double) r.totalParameters()).isCloseTo(175e9, within(0.01 * 175e9));
    }

    @Test
    void llamaShapesMatchTheirCheckpoints() {
        assertThat(ModelSize.evaluate(llama(32, 4096, 32, 32, 11_008), A100_FP16).totalParameters())
                .isEqualTo(6_738_415_616L); // LLaMA 7B
        assertThat(ModelSize.evaluate(llama(40, 5120, 40, 40, 13_824), A100_FP16).totalParameters())
                .isEqualTo(13_015_864_320L); // LLaMA 13B
        assertThat(ModelSize.evaluate(llama(80, 8192, 64, 8, 28_672), A100_FP16).totalParameters())
                .isEqualTo(68_976_648_192L); // Llama 2 70B, grouped-query attention with 8 key/value heads
    }

    @Test
    void flopsAndTrainingComputeFollowTheRulesOfThumb() {
        ModelSizeResult r = ModelSize.evaluate(gpt(12, 768, 12, 1024), A100_FP16);
        assertThat(r.flopsPerToken()).isEqualTo(2.0 * 124_439_808L);
        assertThat(r.attentionFlopsPerToken()).isEqualTo(2.0 * 12 * 1024 * 768);
        assertThat(r.trainingFlops()).isEqualTo(6.0 * 124_439_808L * 1e12);
    }

    @Test
    void memoryAtEachPrecisionAndTheKvCacheOfLlama2_70b() {
        ModelSizeResult r = ModelSize.evaluate(llama(80, 8192, 64, 8, 28_672),
                new ModelSize.Deployment(2e12, 1, 2, 312e12, 2.039e12, 80e9));
        assertThat(r.weightGigabytes()).containsExactly(new double[] {275.906592768, 137.953296384, 68.976648192,
                34.488324096}, within(1e-9));
        // fp16 keys and values: 2 × 80 layers × 8 heads × 128 dims × 2 bytes = 327,680 bytes per token of context.
        assertThat(r.kvCacheGigabytes()).isCloseTo(327_680.0 * 4096 / 1e9, within(1e-12));
        assertThat(r.devicesNeeded()).isEqualTo(2); // 139.3 GB on 80 GB devices
        // Memory-bound at batch 1: (137.95 + 1.34) GB ÷ 2.039 TB/s ≈ 68.3 ms per token.
        assertThat(r.memoryBound()).isTrue();
        assertThat(r.millisPerStep()).isCloseTo(r.memoryGigabytes() / 2.039e12 * 1e12, within(1e-9));
        assertThat(r.millisPerStep()).isCloseTo(68.3, within(0.1));
        assertThat(r.tokensPerSecond()).isCloseTo(1000 / r.millisPerStep(), within(1e-9));
    }

    @Test
    void aLargeBatchOfShortSequencesBecomesComputeBound() {
        // 4,096 sequences of 16 tokens: 2.5·10⁸ FLOPs per token for each 0.59 MB of its KV cache, more arithmetic
        // per byte than the A100's 312·10¹² FLOP/s ÷ 2.039·10¹² B/s ≈ 153.
        ModelSizeResult r = ModelSize.evaluate(gpt(12, 768, 12, 16),
                new ModelSize.Deployment(1e9, 4096, 2, 312e12, 2.039e12, 80e9));
        assertThat(r.memoryBound()).isFalse();
        assertThat(r.millisPerStep()).isEqualTo(r.computeMillisPerStep());
    }
}
