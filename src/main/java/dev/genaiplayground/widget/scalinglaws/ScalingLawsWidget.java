package dev.genaiplayground.widget.scalinglaws;

import dev.genaiplayground.compute.ScalingLaws;
import dev.genaiplayground.compute.ScalingLawsResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the scaling-laws widget. */
@Component
public class ScalingLawsWidget extends BasicWidgetDefinition<ScalingLawsState, ScalingLawsResult> {

    public ScalingLawsWidget() {
        super("scaling-laws", "Scaling laws and emergence",
                "Pick a model size and a number of training tokens, or a compute budget, and read the loss off "
                        + "Chinchilla's fit; see GPT-2, GPT-3 and Chinchilla on the curve, and how a smooth curve "
                        + "can look like a sudden new ability.",
                ScalingLawsState.class, ScalingLawsState::defaults,
                state -> ScalingLaws.evaluate(state.params(), state.tokens(), state.compute(), state.answerTokens()),
                ScalingLawsView::new);
    }

    @Override
    public String numpyCode(ScalingLawsState state) {
        return ScalingLawsCode.numpy(state);
    }

    @Override
    public ScalingLawsState largestState() {
        // 17 significant digits each, the longest numbers a link holds, all within the limits
        return new ScalingLawsState(Math.PI * 1e11 / 3, Math.E * 1e12 / 7, Math.PI * 1e23 / 7,
                ScalingLawsState.MAX_ANSWER_TOKENS);
    }
}
