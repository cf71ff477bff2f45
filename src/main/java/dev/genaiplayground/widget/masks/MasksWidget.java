package dev.genaiplayground.widget.masks;

import dev.genaiplayground.compute.AttentionMasks;
import dev.genaiplayground.compute.AttentionMasks.Architecture;
import dev.genaiplayground.compute.AttentionMasksResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.LongestText;
import org.springframework.stereotype.Component;

/** Registers the attention-masks widget: who may see whom in encoders, decoders and encoder–decoders. */
@Component
public class MasksWidget extends BasicWidgetDefinition<MasksState, AttentionMasksResult> {

    public MasksWidget() {
        super("masks", "Attention masks",
                "Type a sentence and see which words may attend to which in an encoder (BERT), a decoder (GPT) and "
                        + "an encoder–decoder (translation), with the attention weights that follow.",
                MasksState.class, MasksState::defaults,
                state -> AttentionMasks.compute(state.architecture(), state.sentenceWords(), state.targetWords(),
                        state.seed()),
                MasksView::new);
    }

    @Override
    public String numpyCode(MasksState state) {
        return MasksCode.numpy(state);
    }

    @Override
    public MasksState largestState() {
        StringBuilder sentence = new StringBuilder();
        StringBuilder target = new StringBuilder();
        for (int i = 0; i < MasksState.MAX_WORDS; i++) {
            sentence.append(i == 0 ? "" : " ").append(LongestText.label(i));
            target.append(i == 0 ? "" : " ").append(LongestText.label(i + MasksState.MAX_WORDS));
        }
        return new MasksState(Architecture.ENCODER_DECODER, sentence.toString(), target.toString(),
                MasksState.MAX_SEED);
    }
}
