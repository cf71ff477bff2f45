package dev.genaiplayground.widget.perplexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The perplexity state's checks and edits. */
class PerplexityStateTest {

    @Test
    void zeroIsRefusedAsInfiniteSurpriseNotStoredAsInfinity() {
        assertThatThrownBy(() -> PerplexityState.defaults().withProb(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("probs: number 2 is 0: the model called that token impossible")
                .hasMessageContaining("infinitely surprising");
    }

    @Test
    void outsideZeroToOneAndTooSmallAreRefused() {
        assertThatThrownBy(() -> PerplexityState.defaults().withProb(0, 1.01))
                .hasMessageContaining("above 0 and at most 1");
        assertThatThrownBy(() -> PerplexityState.defaults().withProb(0, -0.5))
                .hasMessageContaining("above 0 and at most 1");
        assertThatThrownBy(() -> PerplexityState.defaults().withProb(0, 1e-6))
                .hasMessageContaining("at least 0.00001");
        assertThatThrownBy(() -> PerplexityState.defaults().withProb(0, Double.NaN))
                .hasMessageContaining("finite");
        assertThat(PerplexityState.defaults().withProb(0, 1).probs()[0]).isEqualTo(1);
    }

    @Test
    void tokensAndProbabilitiesStayPaired() {
        PerplexityState state = PerplexityState.defaults().withTokens(new String[] {"a", "b"});
        assertThat(state.probs()).containsExactly(0.04, 0.01);
        PerplexityState longer = state.withTokens(new String[] {"a", "b", "c"});
        assertThat(longer.probs()).containsExactly(0.04, 0.01, PerplexityState.NEW_TOKEN_PROBABILITY);
        assertThatThrownBy(() -> new PerplexityState(new String[] {"a", "b"}, new double[] {0.5}))
                .hasMessageContaining("one probability per token");
        assertThatThrownBy(() -> state.withTokens(new String[33])).hasMessageContaining("At most 32");
        assertThatThrownBy(() -> state.withTokens(new String[0])).hasMessageContaining("at least one");
    }

    @Test
    void everyPresetIsAValidState() {
        for (PerplexityPresets preset : PerplexityPresets.values()) {
            assertThat(preset.state().size()).isPositive();
        }
    }
}
