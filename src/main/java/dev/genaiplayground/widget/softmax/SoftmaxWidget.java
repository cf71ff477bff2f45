package dev.genaiplayground.widget.softmax;

import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the softmax and cross-entropy widget. */
@Component
public class SoftmaxWidget extends BasicWidgetDefinition<SoftmaxState> {

    public SoftmaxWidget() {
        super("softmax", "Softmax and cross-entropy",
                "Drag the logits and watch softmax turn them into probabilities; pick the right answer to see "
                        + "the cross-entropy loss and its gradient.",
                SoftmaxState.class, SoftmaxState::defaults, SoftmaxView::new);
    }
}
