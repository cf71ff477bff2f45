package dev.genaiplayground.widget.attention;

import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetView;
import org.springframework.stereotype.Component;

/** Registers the scaled dot-product attention widget. */
@Component
public class AttentionWidget implements WidgetDefinition<AttentionState> {

    @Override
    public String id() {
        return "attention";
    }

    @Override
    public String title() {
        return "Attention";
    }

    @Override
    public String summary() {
        return "Edit queries, keys and values and see softmax(QKᵀ/√d) decide which token looks at which; "
                + "switch on the causal mask or split into heads.";
    }

    @Override
    public Class<AttentionState> stateType() {
        return AttentionState.class;
    }

    @Override
    public AttentionState defaultState() {
        return AttentionState.defaults();
    }

    @Override
    public WidgetView<AttentionState> createView(AttentionState initialState) {
        return new AttentionView(initialState);
    }
}
