package dev.genaiplayground.widget.perplexity;

import dev.genaiplayground.compute.Perplexity;
import dev.genaiplayground.compute.PerplexityResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.LongestText;
import org.springframework.stereotype.Component;

/** Registers the perplexity widget. */
@Component
public class PerplexityWidget extends BasicWidgetDefinition<PerplexityState, PerplexityResult> {

    public PerplexityWidget() {
        super("perplexity", "Perplexity",
                "Give each token of a sentence the probability a model assigned it and see the mean cross-entropy "
                        + "and the perplexity: how many tokens the model was, in effect, choosing among.",
                PerplexityState.class, PerplexityState::defaults,
                state -> Perplexity.evaluate(state.probs()), PerplexityView::new);
    }

    @Override
    public String numpyCode(PerplexityState state) {
        return PerplexityCode.numpy(state);
    }

    @Override
    public PerplexityState largestState() {
        String[] tokens = new String[PerplexityState.MAX_TOKENS];
        double[] probs = new double[PerplexityState.MAX_TOKENS];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = LongestText.label(i);
            probs[i] = Math.nextUp(PerplexityState.MIN_PROBABILITY * (1 + Math.PI * i / 37)); // 17 digits, an exponent
        }
        return new PerplexityState(tokens, probs);
    }
}
