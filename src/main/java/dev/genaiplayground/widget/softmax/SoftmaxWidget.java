package dev.genaiplayground.widget.softmax;

import dev.genaiplayground.compute.Softmax;
import dev.genaiplayground.compute.SoftmaxResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.LongestText;
import org.springframework.stereotype.Component;

/** Registers the softmax and cross-entropy widget. */
@Component
public class SoftmaxWidget extends BasicWidgetDefinition<SoftmaxState, SoftmaxResult> {

    public SoftmaxWidget() {
        super("softmax", "Softmax and cross-entropy",
                "Drag the logits and watch softmax turn them into probabilities; pick the right answer to see "
                        + "the cross-entropy loss and its gradient.",
                SoftmaxState.class, SoftmaxState::defaults,
                state -> Softmax.evaluate(state.logits(), state.temperature(), state.target()), SoftmaxView::new);
    }

    @Override
    public String numpyCode(SoftmaxState state) {
        return SoftmaxCode.numpy(state);
    }

    @Override
    public SoftmaxState largestState() {
        double[] logits = new double[SoftmaxState.MAX_CLASSES];
        String[] labels = new String[SoftmaxState.MAX_CLASSES];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -SoftmaxState.MAX_ABS_LOGIT + Math.PI * (i + 1) / 7; // 17 significant digits each
            labels[i] = LongestText.label(i);
        }
        return new SoftmaxState(logits, labels, 1 / Math.E, SoftmaxState.MAX_CLASSES - 1);
    }
}
