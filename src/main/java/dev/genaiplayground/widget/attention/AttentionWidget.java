package dev.genaiplayground.widget.attention;

import dev.genaiplayground.compute.Attention;
import dev.genaiplayground.compute.AttentionResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.LongestText;
import org.springframework.stereotype.Component;

/** Registers the scaled dot-product attention widget. */
@Component
public class AttentionWidget extends BasicWidgetDefinition<AttentionState, AttentionResult> {

    public AttentionWidget() {
        super("attention", "Attention",
                "Edit queries, keys and values and see softmax(QKᵀ/√d) decide which token looks at which; "
                        + "switch on the causal mask or split into heads.",
                AttentionState.class, AttentionState::defaults,
                state -> Attention.compute(state.q(), state.k(), state.v(), state.heads(), state.scaled(),
                        state.causal()),
                AttentionView::new);
    }

    @Override
    public String numpyCode(AttentionState state) {
        return AttentionCode.numpy(state);
    }

    @Override
    public AttentionState largestState() {
        int t = AttentionState.MAX_TOKENS;
        int d = AttentionState.MAX_DIMENSION;
        String[] tokens = new String[t];
        double[][][] qkv = new double[3][t][d];
        for (int i = 0; i < t; i++) {
            tokens[i] = LongestText.label(i);
            for (int m = 0; m < 3; m++) {
                for (int j = 0; j < d; j++) { // 17 significant digits each, within ±100
                    qkv[m][i][j] = -AttentionState.MAX_ABS_VALUE + Math.PI * (1 + m + i * d + j) / 7;
                }
            }
        }
        return new AttentionState(tokens, qkv[0], qkv[1], qkv[2], AttentionState.MAX_HEADS, true, true);
    }
}
