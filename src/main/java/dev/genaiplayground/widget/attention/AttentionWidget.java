package dev.genaiplayground.widget.attention;

import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the scaled dot-product attention widget. */
@Component
public class AttentionWidget extends BasicWidgetDefinition<AttentionState> {

    public AttentionWidget() {
        super("attention", "Attention",
                "Edit queries, keys and values and see softmax(QKᵀ/√d) decide which token looks at which; "
                        + "switch on the causal mask or split into heads.",
                AttentionState.class, AttentionState::defaults, AttentionView::new);
    }
}
