package dev.genaiplayground.widget.overfitting;

import dev.genaiplayground.compute.Overfitting;
import dev.genaiplayground.compute.OverfittingResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the train/test split and overfitting widget. */
@Component
public class OverfittingWidget extends BasicWidgetDefinition<OverfittingState, OverfittingResult> {

    public OverfittingWidget() {
        super("overfitting", "Train/test split and overfitting",
                "Fit polynomials of degree 0 to 15 to noisy points and watch the training error fall while the "
                        + "test error turns back up: the model starts to memorise the noise.",
                OverfittingState.class, OverfittingState::defaults,
                state -> Overfitting.compute(state.x(), state.y(), state.trainCount(), state.degree()),
                OverfittingView::new);
    }

    @Override
    public String numpyCode(OverfittingState state) {
        return OverfittingCode.numpy(state);
    }

    @Override
    public OverfittingState largestState() {
        int n = OverfittingState.MAX_POINTS;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) { // 17 significant digits each
            // spread over [0, 1] in a shuffled order, so training and test points both cover the interval
            x[i] = ((i * 17) % n + Math.PI / 7) / (n + 1);
            y[i] = -OverfittingState.MAX_ABS_Y + Math.PI * (i + 1) / 7;
        }
        return new OverfittingState(x, y, OverfittingState.MAX_DEGREE, 1 / Math.E, 1 / Math.PI,
                OverfittingState.MAX_SEED);
    }
}
