package dev.genaiplayground.widget.bleurouge;

import dev.genaiplayground.compute.TextMetrics;
import dev.genaiplayground.compute.TextMetricsResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.bleurouge.BleuRougeState.Highlight;
import org.springframework.stereotype.Component;

/** Registers the BLEU and ROUGE widget. */
@Component
public class BleuRougeWidget extends BasicWidgetDefinition<BleuRougeState, TextMetricsResult> {

    public BleuRougeWidget() {
        super("bleu-rouge", "BLEU and ROUGE",
                "Type a sentence and one or more references: see which words and n-grams match, and how BLEU "
                        + "(precision) and ROUGE (recall) turn that overlap into scores.",
                BleuRougeState.class, BleuRougeState::defaults,
                state -> TextMetrics.evaluate(state.candidate(), state.references()), BleuRougeView::new);
    }

    @Override
    public String numpyCode(BleuRougeState state) {
        return BleuRougeCode.numpy(state);
    }

    /**
     * The most references, each as long as allowed, in characters a link encodes at the greatest length (emoji:
     * twelve characters each once percent-encoded), with a ',' and a ';' that the list form escapes. Every emoji is
     * a token of its own, so this is also the most tokens the widget ever scores.
     */
    @Override
    public BleuRougeState largestState() {
        String[] references = new String[BleuRougeState.MAX_REFERENCES];
        for (int i = 0; i < references.length; i++) {
            references[i] = text(i + 1);
        }
        return new BleuRougeState(text(0), references, Highlight.LCS);
    }

    private static String text(int shift) {
        StringBuilder text = new StringBuilder(",;");
        for (int i = 2; i < BleuRougeState.MAX_TEXT_LENGTH; i++) {
            text.appendCodePoint(0x1F600 + (i * (shift + 1)) % 64);
        }
        return text.toString();
    }
}
