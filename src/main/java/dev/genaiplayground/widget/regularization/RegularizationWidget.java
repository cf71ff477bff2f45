package dev.genaiplayground.widget.regularization;

import dev.genaiplayground.compute.Regularization;
import dev.genaiplayground.compute.RegularizationResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the regularisation widget. */
@Component
public class RegularizationWidget extends BasicWidgetDefinition<RegularizationState, RegularizationResult> {

    public RegularizationWidget() {
        super("regularization", "Regularisation",
                "Tame an overfitting polynomial with an L2 penalty, early stopping, data augmentation and an "
                        + "ensemble, alone or together, and compare all sixteen combinations on validation points.",
                RegularizationState.class, RegularizationState::defaults,
                state -> Regularization.compute(state.x(), state.y(), state.trainCount(), state.combination(),
                        state.settings()),
                RegularizationView::new);
    }

    @Override
    public String numpyCode(RegularizationState state) {
        return RegularizationCode.numpy(state);
    }

    @Override
    public RegularizationState largestState() {
        int n = RegularizationState.MAX_POINTS;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) { // 17 significant digits each
            // spread over [0, 1] in a shuffled order, so training and test points both cover the interval
            x[i] = ((i * 17) % n + Math.PI / 7) / (n + 1);
            y[i] = Math.sin(i + 1) * Math.PI;
        }
        return new RegularizationState(x, y, RegularizationState.MAX_DEGREE, 1 / Math.E, 1 / Math.PI,
                RegularizationState.MAX_SEED, Math.PI / 7, true, true, true, true,
                RegularizationState.MAX_EPOCHS, RegularizationState.MAX_COPIES, Math.PI / 100,
                RegularizationState.MAX_MODELS);
    }
}
