package dev.genaiplayground.widget.positional;

import dev.genaiplayground.compute.PositionalEncoding;
import dev.genaiplayground.compute.PositionalEncoding.Scheme;
import dev.genaiplayground.compute.PositionalEncodingResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.LongestText;
import org.springframework.stereotype.Component;

/** Registers the positional-encoding widget. */
@Component
public class PositionalWidget extends BasicWidgetDefinition<PositionalState, PositionalEncodingResult> {

    public PositionalWidget() {
        super("positional-encoding", "Positional encoding",
                "See the sinusoidal position table of “Attention Is All You Need”, compare it with a learned table "
                        + "and a relative bias, and watch “dog bites man” become different from “man bites dog”.",
                PositionalState.class, PositionalState::defaults,
                state -> PositionalEncoding.compute(state.positions(), state.dims(), state.encoding(), state.seed(),
                        state.words()),
                PositionalView::new);
    }

    @Override
    public String numpyCode(PositionalState state) {
        return PositionalCode.numpy(state);
    }

    @Override
    public PositionalState largestState() {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < PositionalState.MAX_WORDS; i++) {
            sentence.append(i == 0 ? "" : " ").append(LongestText.label(i));
        }
        return new PositionalState(PositionalState.MAX_POSITIONS, PositionalState.MAX_DIMS, Scheme.LEARNED,
                new int[] {PositionalState.MAX_DIMS - 4, PositionalState.MAX_DIMS - 3, PositionalState.MAX_DIMS - 2,
                    PositionalState.MAX_DIMS - 1},
                PositionalState.MAX_SEED, sentence.toString());
    }
}
