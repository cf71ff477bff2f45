package dev.genaiplayground.widget.bpe;

import dev.genaiplayground.compute.Bpe;
import dev.genaiplayground.compute.BpeResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Registers the byte-level BPE tokenizer widget. */
@Component
public class BpeWidget extends BasicWidgetDefinition<BpeState, BpeResult> {

    public BpeWidget() {
        super("bpe", "Byte-pair encoding",
                "Train a byte-level BPE tokenizer on a text, step through its merges, and see how vocabulary size "
                        + "trades against the number of tokens a sentence needs.",
                BpeState.class, BpeState::defaults,
                state -> Bpe.run(state.text(), state.merges(), state.sentence(), state.step(), state.context()),
                BpeView::new);
    }

    @Override
    public String numpyCode(BpeState state) {
        return BpeCode.python(state);
    }

    /** Text and sentence of 4-byte emoji (12 characters each in a link) up to their byte limits, every number at its most. */
    @Override
    public BpeState largestState() {
        return new BpeState(emoji(Bpe.MAX_TEXT_BYTES), Bpe.MAX_MERGES, emoji(Bpe.MAX_SENTENCE_BYTES),
                Bpe.MAX_MERGES, Bpe.MAX_CONTEXT);
    }

    private static String emoji(int bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; (text.toString().getBytes(StandardCharsets.UTF_8).length + 4) <= bytes; i++) {
            text.appendCodePoint(0x1F600 + (i * i + i / 3) % 64); // repeats, so there are pairs to merge
        }
        return text.toString();
    }
}
