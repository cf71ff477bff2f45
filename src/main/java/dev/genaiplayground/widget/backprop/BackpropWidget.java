package dev.genaiplayground.widget.backprop;

import dev.genaiplayground.compute.Backprop;
import dev.genaiplayground.compute.BackpropResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the backpropagation widget. */
@Component
public class BackpropWidget extends BasicWidgetDefinition<BackpropState, BackpropResult> {

    public BackpropWidget() {
        super("backprop", "Backpropagation",
                "Step a tiny network forward to fill in every value, then backward to get every gradient one "
                        + "chain-rule factor at a time, each checked against a finite difference.",
                BackpropState.class, BackpropState::defaults,
                state -> Backprop.compute(state.inputs(), state.target(), state.w1(), state.b1(), state.w2(),
                        state.b2(), state.step()),
                BackpropView::new);
    }

    @Override
    public String numpyCode(BackpropState state) {
        return BackpropCode.numpy(state);
    }

    /** Every number at full precision (17 significant digits) and negative, within the limits. */
    @Override
    public BackpropState largestState() {
        double m = BackpropState.MAX_ABS;
        double[] v = new double[9];
        for (int i = 0; i < v.length; i++) {
            v[i] = -m + Math.PI * (i + 1) / 7;
        }
        return new BackpropState(new double[] {v[0], v[1]}, -m + Math.E / 3,
                new double[][] {{v[2], v[3]}, {v[4], v[5]}}, new double[] {v[6], v[7]}, new double[] {v[8], -m / 3},
                -m + Math.PI / 11, Backprop.LAST_STEP);
    }
}
