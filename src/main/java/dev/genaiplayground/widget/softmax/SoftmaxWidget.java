package dev.genaiplayground.widget.softmax;

import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetView;
import org.springframework.stereotype.Component;

/** Registers the softmax and cross-entropy widget. */
@Component
public class SoftmaxWidget implements WidgetDefinition<SoftmaxState> {

    @Override
    public String id() {
        return "softmax";
    }

    @Override
    public String title() {
        return "Softmax and cross-entropy";
    }

    @Override
    public String summary() {
        return "Drag the logits and watch softmax turn them into probabilities; pick the right answer to see "
                + "the cross-entropy loss and its gradient.";
    }

    @Override
    public Class<SoftmaxState> stateType() {
        return SoftmaxState.class;
    }

    @Override
    public SoftmaxState defaultState() {
        return SoftmaxState.defaults();
    }

    @Override
    public WidgetView<SoftmaxState> createView(SoftmaxState initialState) {
        return new SoftmaxView(initialState);
    }
}
