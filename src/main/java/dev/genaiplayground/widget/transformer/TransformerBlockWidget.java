package dev.genaiplayground.widget.transformer;

import dev.genaiplayground.compute.TransformerBlock;
import dev.genaiplayground.compute.TransformerBlockResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the transformer-block widget: a pre-layer-norm block at the worked example's size, stackable to 12. */
@Component
public class TransformerBlockWidget extends BasicWidgetDefinition<TransformerBlockState, TransformerBlockResult> {

    public TransformerBlockWidget() {
        super("transformer-block", "Transformer block",
                "Run a real pre-layer-norm block (d_model 256, 8 heads, feed-forward ×4 with GELU) on a 2 × 16 "
                        + "batch: see every stage's shape and statistics, a head's attention, and what a stack of up"
                        + " to 12 blocks does without residual connections or layer norms.",
                TransformerBlockState.class, TransformerBlockState::defaults,
                state -> TransformerBlock.compute(state.seed(), state.blocks(), state.residual(), state.layerNorm(),
                        state.causal(), state.block(), state.item(), state.head()),
                TransformerBlockView::new);
    }

    @Override
    public String numpyCode(TransformerBlockState state) {
        return TransformerBlockCode.numpy(state);
    }

    @Override
    public TransformerBlockState largestState() {
        int max = TransformerBlockState.MAX_BLOCKS;
        return new TransformerBlockState(TransformerBlockState.MAX_SEED, max, false, false, false, max,
                TransformerBlockState.BATCH, TransformerBlockState.HEADS);
    }
}
