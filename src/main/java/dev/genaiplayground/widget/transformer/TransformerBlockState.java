package dev.genaiplayground.widget.transformer;

import dev.genaiplayground.compute.TransformerBlock;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;

/**
 * The transformer-block widget's whole state: the seed of the weights and input, how many blocks are stacked,
 * which of the residual connections, layer norms and causal mask are on, and which block, batch item and head the
 * stages and the attention heatmap show (all counted from 1, as a person reads them).
 */
public record TransformerBlockState(
        @Limits(min = 0, max = TransformerBlockState.MAX_SEED,
                note = "the same seed gives the same weights and input, in Java and in NumPy") int seed,
        @Limits(min = 1, max = TransformerBlockState.MAX_BLOCKS) int blocks,
        boolean residual,
        boolean layerNorm,
        boolean causal,
        @Limits(min = 1, max = TransformerBlockState.MAX_BLOCKS, note = "the block on show, at most blocks")
        int block,
        @Limits(min = 1, max = TransformerBlockState.BATCH, note = "the batch item whose attention is shown")
        int item,
        @Limits(min = 1, max = TransformerBlockState.HEADS, note = "the head whose attention is shown") int head) {

    public static final int MAX_SEED = Integer.MAX_VALUE;
    public static final int MAX_BLOCKS = TransformerBlock.MAX_BLOCKS;
    public static final int BATCH = TransformerBlock.BATCH;
    public static final int HEADS = TransformerBlock.HEADS;
    public static final int DEFAULT_SEED = 42;

    public TransformerBlockState {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be a whole number from 0 to " + MAX_SEED + ", not " + seed
                    + ".");
        }
        if (blocks < 1 || blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("blocks must be 1 to " + MAX_BLOCKS + ", not " + blocks + ".");
        }
        if (block < 1 || block > blocks) {
            throw new IllegalArgumentException("block is the block on show, 1 to " + blocks + " (the number of "
                    + "blocks), not " + block + ".");
        }
        if (item < 1 || item > BATCH) {
            throw new IllegalArgumentException("item is the batch item on show, 1 to " + BATCH + ", not " + item
                    + ".");
        }
        if (head < 1 || head > HEADS) {
            throw new IllegalArgumentException("head is the head on show, 1 to " + HEADS + ", not " + head + ".");
        }
    }

    /** The curriculum's worked example: one block with residuals and layer norms, seed 42, head 1 of item 1. */
    public static TransformerBlockState defaults() {
        return new TransformerBlockState(DEFAULT_SEED, 1, true, true, false, 1, 1, 1);
    }

    public TransformerBlockState withSeed(int newSeed) {
        return new TransformerBlockState(newSeed, blocks, residual, layerNorm, causal, block, item, head);
    }

    /** A new stack height; the block on show stays, or becomes the last one if the stack no longer has it. */
    public TransformerBlockState withBlocks(int count) {
        if (count < 1 || count > MAX_BLOCKS) {
            throw new IllegalArgumentException("blocks must be 1 to " + MAX_BLOCKS + ", not " + count + ".");
        }
        return new TransformerBlockState(seed, count, residual, layerNorm, causal, Math.min(block, count), item,
                head);
    }

    public TransformerBlockState withResidual(boolean on) {
        return new TransformerBlockState(seed, blocks, on, layerNorm, causal, block, item, head);
    }

    public TransformerBlockState withLayerNorm(boolean on) {
        return new TransformerBlockState(seed, blocks, residual, on, causal, block, item, head);
    }

    public TransformerBlockState withCausal(boolean on) {
        return new TransformerBlockState(seed, blocks, residual, layerNorm, on, block, item, head);
    }

    public TransformerBlockState withBlock(int shown) {
        return new TransformerBlockState(seed, blocks, residual, layerNorm, causal, shown, item, head);
    }

    public TransformerBlockState withItem(int shown) {
        return new TransformerBlockState(seed, blocks, residual, layerNorm, causal, block, shown, head);
    }

    public TransformerBlockState withHead(int shown) {
        return new TransformerBlockState(seed, blocks, residual, layerNorm, causal, block, item, shown);
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
