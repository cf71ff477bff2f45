package dev.genaiplayground.widget.gradientdescent;

import dev.genaiplayground.compute.GradientDescent;
import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.compute.GradientDescent.Surface;
import dev.genaiplayground.compute.GradientDescentResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import dev.genaiplayground.widget.gradientdescent.GradientDescentState.Mode;
import org.springframework.stereotype.Component;

/** Registers the gradient descent widget. */
@Component
public class GradientDescentWidget extends BasicWidgetDefinition<GradientDescentState, GradientDescentResult> {

    public GradientDescentWidget() {
        super("gradient-descent", "Gradient descent",
                "Step a line or a parabola towards points by squared loss, or walk down a loss surface; raise the "
                        + "learning rate until it diverges, and add momentum.",
                GradientDescentState.class, GradientDescentState::defaults, GradientDescentWidget::run,
                GradientDescentView::new);
    }

    static GradientDescentResult run(GradientDescentState state) {
        return state.mode() == Mode.FIT
                ? GradientDescent.fit(state.points(), state.model(), state.lr(), state.momentum(), state.steps())
                : GradientDescent.surface(state.surface(), state.start(), state.lr(), state.momentum(), state.steps());
    }

    @Override
    public String numpyCode(GradientDescentState state) {
        return GradientDescentCode.numpy(state);
    }

    @Override
    public GradientDescentState largestState() {
        double[][] points = new double[GradientDescentState.MAX_POINTS][];
        for (int i = 0; i < points.length; i++) { // 17 significant digits each
            points[i] = new double[] {-GradientDescentState.MAX_X + Math.PI * (i + 1) / 11,
                -GradientDescentState.MAX_Y + Math.E * (i + 1) / 6};
        }
        return new GradientDescentState(Mode.SURFACE, Model.PARABOLA, points, Surface.TWO_MINIMA,
                new double[] {Math.PI - 3.1, -Math.E / 3}, 1 / (7 * Math.E), 1 / Math.PI,
                GradientDescentState.MAX_STEPS);
    }
}
