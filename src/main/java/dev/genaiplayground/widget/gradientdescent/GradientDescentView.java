package dev.genaiplayground.widget.gradientdescent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.compute.GradientDescent.Surface;
import dev.genaiplayground.compute.GradientDescentResult;
import dev.genaiplayground.ui.PointPlane;
import dev.genaiplayground.ui.PointPlane.Curve;
import dev.genaiplayground.ui.PointPlane.Kind;
import dev.genaiplayground.ui.PointPlane.Style;
import dev.genaiplayground.ui.PointPlane.Variant;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import dev.genaiplayground.widget.gradientdescent.GradientDescentState.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Gradient descent, one step at a time: either a line or parabola pulled towards draggable points, or a point walking
 * down a loss surface drawn as a height map; the loss curve grows with every step, and the widget says in words
 * when the run converges, diverges or runs off the map.
 */
class GradientDescentView extends WidgetView<GradientDescentState, GradientDescentResult> {

    /** "Run" takes this many steps at once. */
    static final int RUN_STEPS = 20;

    private final Select<Mode> mode = new Select<>();
    private final Select<Model> model = new Select<>();
    private final Select<Surface> surface = new Select<>();
    private final NumberField lr = new NumberField("Learning rate η");
    private final NumberField momentum = new NumberField("Momentum μ");
    private final Button step = new Button("Step", VaadinIcon.STEP_FORWARD.create(),
            e -> tryUpdate(() -> state().withSteps(state().steps() + 1)));
    private final Button run = new Button("Run " + RUN_STEPS + " steps", VaadinIcon.FAST_FORWARD.create(),
            e -> tryUpdate(() -> state().withSteps(Math.min(GradientDescentState.MAX_STEPS, state().steps() + RUN_STEPS))));
    private final Button reset = new Button("Reset", VaadinIcon.ROTATE_LEFT.create(),
            e -> tryUpdate(() -> state().withSteps(0)));
    private final Div stepButtons = new Div(step, run, reset);
    private final PointPlane fitPlane = new PointPlane("Data points and the fitted curve: drag a point, or focus it "
            + "and use the arrow keys", listener(i -> (x, y) -> state().withPoint(i, x, y)));
    private final PointPlane surfacePlane = new PointPlane("Loss surface, the stronger the colour the lower the loss, "
            + "with the descent path: drag the start, or focus it and use the arrow keys", listener(i -> (x, y) -> state().withStart(x, y)));
    private final Div pointButtons = new Div();
    private final Div fitBox = new Div();
    private final Div surfaceBox = new Div();
    private final Div modelBox = new Div(model);
    private final Div surfaceSelectBox = new Div(surface);
    private final Paragraph status = new Paragraph();
    private final ApexChart lossChart = lossChart();
    private final ValueTable table = new ValueTable("Parameters, loss and gradient after the last step",
            "Quantity", "Value", "Gradient");
    private final Random random = new Random();

    GradientDescentView(GradientDescentState initialState,
                        Function<GradientDescentState, GradientDescentResult> compute) {
        super(initialState, compute);
        getContent().addClassName("gradient-descent-widget");

        mode.setLabel("Descend");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m == Mode.FIT ? "Fit a curve to points" : "A loss surface");
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withMode(e.getValue()));
            }
        });
        model.setLabel("Model");
        model.setItems(Model.values());
        model.setItemLabelGenerator(m -> m == Model.LINE ? "Line y = c + b·x" : "Parabola y = c + b·x + a·x²");
        model.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withModel(e.getValue()));
            }
        });
        surface.setLabel("Surface");
        surface.setItems(Surface.values());
        surface.setItemLabelGenerator(GradientDescentView::surfaceName);
        surface.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withSurface(e.getValue()));
            }
        });
        numberField(lr, GradientDescentState.MIN_LR, GradientDescentState.MAX_LR, v -> state().withLr(v),
                "the learning rate");
        numberField(momentum, 0, GradientDescentState.MAX_MOMENTUM, v -> state().withMomentum(v), "momentum");
        mode.setWidth("15rem");
        model.setWidth("16rem");
        surface.setWidth("21rem");
        surface.setMaxWidth("100%");
        for (Button button : List.of(step, run, reset)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        step.addClassName("gd-step");
        run.addClassName("gd-run");
        reset.addClassName("gd-reset");
        group(stepButtons, "Steps");
        Div settings = new Div(mode, modelBox, surfaceSelectBox, lr, momentum, stepButtons);
        settings.addClassName("widget-controls");

        fitPlane.setBounds(-GradientDescentState.MAX_X, GradientDescentState.MAX_X, GradientDescentState.MIN_Y,
                GradientDescentState.MAX_Y).setStep(0.1).setPlotHeight(300).setAxisTitles("x", "y");
        fitPlane.addClassName("gd-fit-plane");
        Button randomPoints = new Button("Random points", VaadinIcon.RANDOM.create(),
                e -> tryUpdate(() -> state().withPoints(randomPoints())));
        Button addPoint = new Button("Add point", VaadinIcon.PLUS.create(), e -> tryUpdate(() -> state()
                .withPointAdded(Math.round(random.nextDouble() * 60 - 30) / 10.0, 0)));
        Button removePoint = new Button("Remove last point", VaadinIcon.MINUS.create(),
                e -> tryUpdate(() -> state().withLastPointRemoved()));
        for (Button button : List.of(randomPoints, addPoint, removePoint)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        pointButtons.add(randomPoints, addPoint, removePoint);
        group(pointButtons, "Points");
        fitBox.add(fitPlane, pointButtons);

        surfacePlane.setBounds(-GradientDescentState.MAP, GradientDescentState.MAP, -GradientDescentState.MAP,
                GradientDescentState.MAP).setStep(0.1).setEqualAspect(true).setAxisTitles("x", "y");
        surfacePlane.addClassName("gd-surface-plane");
        surfacePlane.getStyle().set("max-width", "28rem");
        surfaceBox.add(surfacePlane);

        status.addClassName("gd-status");
        status.getElement().setAttribute("role", "status");
        lossChart.addClassName("gd-loss-chart");
        Div results = new Div(new H2("Loss at every step"), status, lossChart, table);
        results.addClassName("widget-results");
        getContent().add(settings, fitBox, surfaceBox, results);
        start();
    }

    /** The loss against the step: numbers with 3 decimals, at most about 10 step labels however long the run. */
    private static ApexChart lossChart() {
        ApexChart chart = ApexChart.line(200).setDataLabels(false, 3).setAxisTitles("step", "loss");
        chart.options().getObject("xaxis").put("tickAmount", 10);
        return chart.setAxisTitles("step", "loss"); // sends the options again, with the tick amount
    }

    private PointPlane.MoveListener listener(IntFunction<PointMove> move) {
        return new PointPlane.MoveListener() {
            @Override
            public void moved(int index, double x, double y) {
                tryUpdate(() -> move.apply(index).to(x, y));
            }

            @Override
            public void rejected(String message) {
                showProblem(message);
            }
        };
    }

    private interface PointMove {
        GradientDescentState to(double x, double y);
    }

    /**
     * A typed number; the state checks its range and says what is wrong (the field itself sets no min, max or step,
     * which would mark a good value such as 0.045 invalid in the browser).
     */
    private void numberField(NumberField field, double min, double max,
                             Function<Double, GradientDescentState> change, String name) {
        field.setHelperText(plain(min) + " to " + plain(max));
        field.setWidth("9rem");
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                showProblem("Type " + name + " as a number from " + plain(min) + " to " + plain(max)
                        + ", with a point for decimals (0.05).");
            } else {
                tryUpdate(() -> change.apply(e.getValue()));
            }
        });
    }

    private static void group(Div div, String label) {
        div.addClassName("widget-buttons");
        div.getElement().setAttribute("role", "group");
        div.getElement().setAttribute("aria-label", label);
    }

    /** Eight points near a random line (or parabola, when one is being fitted), on the 0.1 grid. */
    private double[][] randomPoints() {
        double slope = random.nextDouble() * 2.4 - 1.2;
        double intercept = random.nextDouble() * 2 - 1;
        double curvature = state().model() == Model.PARABOLA ? random.nextDouble() * 0.8 - 0.4 : 0;
        double[][] points = new double[8][];
        for (int i = 0; i < points.length; i++) {
            double x = Math.round((-2.8 + 5.6 * i / 7 + random.nextGaussian() * 0.1) * 10) / 10.0;
            x = Math.max(-GradientDescentState.MAX_X, Math.min(GradientDescentState.MAX_X, x));
            double y = intercept + slope * x + curvature * x * x + random.nextGaussian() * 0.5;
            y = Math.max(GradientDescentState.MIN_Y, Math.min(GradientDescentState.MAX_Y, Math.round(y * 10) / 10.0));
            points[i] = new double[] {x, y};
        }
        return points;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("mode", mode);
        controls.put("model", model);
        controls.put("points", fitPlane);
        controls.put("point-buttons", pointButtons);
        controls.put("surface", surface);
        controls.put("start", surfacePlane);
        controls.put("lr", lr);
        controls.put("momentum", momentum);
        controls.put("steps", stepButtons);
        return controls;
    }

    @Override
    protected void render(GradientDescentState state, GradientDescentResult result) {
        boolean fit = state.mode() == Mode.FIT;
        mode.setValue(state.mode());
        model.setValue(state.model());
        surface.setValue(state.surface());
        modelBox.setVisible(fit);
        surfaceSelectBox.setVisible(!fit);
        fitBox.setVisible(fit);
        surfaceBox.setVisible(!fit);
        if (!Double.valueOf(state.lr()).equals(lr.getValue())) {
            lr.setValue(state.lr());
        }
        if (!Double.valueOf(state.momentum()).equals(momentum.getValue())) {
            momentum.setValue(state.momentum());
        }
        boolean stopped = result.diverged() == 1 || result.escaped() == 1;
        step.setEnabled(state.steps() < GradientDescentState.MAX_STEPS && !stopped);
        run.setEnabled(state.steps() < GradientDescentState.MAX_STEPS && !stopped);
        reset.setEnabled(state.steps() > 0);

        Style pathStyle = result.diverged() == 1 ? Style.WARNING : Style.PATH;
        if (fit) {
            double[][] points = state.points();
            List<PointPlane.Point> handles = new ArrayList<>();
            for (int i = 0; i < points.length; i++) {
                handles.add(new PointPlane.Point(points[i][0], points[i][1], "Point " + (i + 1), Kind.POINT,
                        Variant.NONE));
            }
            fitPlane.setPoints(handles);
            double[][] curve = new double[result.curveX().length][];
            for (int k = 0; k < curve.length; k++) {
                curve[k] = new double[] {result.curveX()[k], result.curveY()[k]};
            }
            fitPlane.setCurves(List.of(new Curve(curve, result.diverged() == 1 ? Style.WARNING : Style.LINE)));
        } else {
            double[] start = state.start();
            surfacePlane.setPoints(List.of(new PointPlane.Point(start[0], start[1], "start", Kind.START, Variant.NONE)));
            surfacePlane.setCurves(List.of(new Curve(result.path(), pathStyle)));
            surfacePlane.setHeat(result.grid());
        }

        lossChart.setCategories(IntStream.range(0, result.loss().length).mapToObj(Integer::toString).toList());
        lossChart.setSeries(List.of(new ApexChart.Series("loss", result.loss())));
        double[] last = result.path()[result.stepsTaken()];
        List<String> names = fit ? (state.model() == Model.LINE ? List.of("intercept c", "slope b")
                : List.of("intercept c", "slope b", "curvature a")) : List.of("x", "y");
        List<String> rows = new ArrayList<>(names);
        rows.add(fit ? "loss (mean squared error)" : "loss f(x, y)");
        double[] values = new double[rows.size()];
        double[] gradients = new double[rows.size()];
        System.arraycopy(last, 0, values, 0, last.length);
        System.arraycopy(result.gradient(), 0, gradients, 0, last.length);
        values[last.length] = result.loss()[result.stepsTaken()];
        gradients[last.length] = result.gradientNorm();
        table.setRows(rows, List.of(values, gradients));
        status.setText(describe(state, result));
    }

    private static String describe(GradientDescentState state, GradientDescentResult result) {
        int taken = result.stepsTaken();
        double first = result.loss()[0];
        double now = result.loss()[taken];
        String rate = ValueTable.format(state.lr());
        if (result.diverged() == 1) {
            return "Diverged at step " + taken + ": the learning rate " + rate + " is too large. Each step jumps "
                    + "past the minimum and lands higher up the other side, so the loss grew from "
                    + ValueTable.format(first) + " to " + ValueTable.format(now) + " and would keep growing without "
                    + "limit; the run was stopped. Lower the learning rate and press Reset.";
        }
        if (result.escaped() == 1) {
            return "Ran off the map at step " + taken + ": this surface keeps falling along y, so there is no "
                    + "bottom to settle in and the loss went down to " + ValueTable.format(now) + ". Start exactly "
                    + "on y = 0 and the path stops at the saddle point instead, where the gradient is 0 but it is no "
                    + "minimum.";
        }
        if (taken == 0) {
            return "Step 0: the start, with loss " + ValueTable.format(first) + ". Press Step to move once against "
                    + "the gradient, or Run for " + RUN_STEPS + " steps.";
        }
        String progress = "Step " + taken + ": loss " + ValueTable.format(now) + " (it started at "
                + ValueTable.format(first) + "), gradient length " + ValueTable.format(result.gradientNorm()) + ". ";
        if (result.converged() == 1) {
            return progress + "Converged: the gradient is almost 0, so further steps barely move.";
        }
        if (result.gradientNorm() < 1e-3) {
            return progress + "Almost settled: the gradient is nearly 0, so each step is tiny.";
        }
        boolean rising = now > result.loss()[taken - 1];
        if (rising) {
            return progress + "The loss rose on the last step: the rate " + rate + " overshoots. "
                    + (state.momentum() > 0 ? "Momentum can carry a run uphill for a while; it may still settle."
                    : "If it keeps rising, the run will diverge.");
        }
        return progress + "Still going down.";
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String surfaceName(Surface surface) {
        return switch (surface) {
            case BOWL -> "Bowl: x² + y²";
            case VALLEY -> "Narrow valley: 0.1x² + 2y²";
            case TWO_MINIMA -> "Two minima: (x² − 1)² + 0.3x + y²";
            case SADDLE -> "Saddle: x² − y²";
        };
    }
}
