package dev.genaiplayground.widget.overfitting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.genaiplayground.chart.XyChart;
import dev.genaiplayground.chart.XyChart.Band;
import dev.genaiplayground.chart.XyChart.Kind;
import dev.genaiplayground.compute.OverfittingResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The points (training and test), the fitted polynomial of the chosen degree over them, and the training and test
 * error of every degree, with the overfitting region shaded. The degree, split, noise and number of points are
 * settings; "New sample" draws other points.
 */
class OverfittingView extends WidgetView<OverfittingState, OverfittingResult> {

    static final String TRAIN_COLOR = "#1676f3";
    static final String TEST_COLOR = "#e8710a";
    static final String FIT_COLOR = "#9c27b0";
    static final String TRUTH_COLOR = "#7f8c8d";
    static final String REGION_COLOR = "#c0392b";
    /** Errors above this are drawn at the top of the chart (the table has every exact value). */
    private static final double ERROR_CEILING = 1;

    private final SliderField degree = SliderField.linear("Polynomial degree", 0, OverfittingState.MAX_DEGREE, 1,
            d -> tryUpdate(() -> state().withDegree((int) Math.round(d))));
    private final SliderField split = SliderField.linear("Training share (split)", OverfittingState.MIN_SPLIT,
            OverfittingState.MAX_SPLIT, 0.05, s -> tryUpdate(() -> state().withSplit(s)));
    private final SliderField noise = SliderField.linear("Noise", 0, OverfittingState.MAX_NOISE, 0.05,
            n -> tryUpdate(() -> state().withNoise(n)));
    private final IntegerField points = new IntegerField("Points");
    private final Button newSample = new Button("New sample", VaadinIcon.RANDOM.create(),
            e -> tryUpdate(() -> state().withNextSeed()));
    private final XyChart fit = new XyChart(300).setXAxis(0, 1, 1, 5).setAxisTitles("x", "y");
    private final XyChart errors = new XyChart(260).setXAxis(0, OverfittingState.MAX_DEGREE, 0,
                    OverfittingState.MAX_DEGREE)
            .setYAxis(0, ERROR_CEILING, 1, false)
            .setAxisTitles("Polynomial degree", "Mean squared error (cut at 1)");
    private final Paragraph summary = new Paragraph();
    private final ValueTable table = new ValueTable("Training and test error of every degree",
            "Degree", "Training error", "Test error");

    OverfittingView(OverfittingState initialState, Function<OverfittingState, OverfittingResult> compute) {
        super(initialState, compute);
        getContent().addClassName("overfitting-widget");
        points.setMin(OverfittingState.MIN_POINTS);
        points.setMax(OverfittingState.MAX_POINTS);
        points.setStepButtonsVisible(true);
        points.setWidth("9rem");
        points.addClassName("overfitting-points");
        points.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("Enter a whole number of points from " + OverfittingState.MIN_POINTS + " to "
                            + OverfittingState.MAX_POINTS + ".");
                } else {
                    tryUpdate(() -> state().withCount(e.getValue()));
                }
            }
        });
        degree.addClassName("overfitting-degree");
        split.addClassName("overfitting-split");
        noise.addClassName("overfitting-noise");
        newSample.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newSample.addClassName("overfitting-new-sample");
        Div controls = new Div(degree, split, noise, points, newSample);
        controls.addClassName("widget-controls");

        fit.addClassName("overfitting-fit-chart");
        errors.addClassName("overfitting-error-chart");
        summary.addClassName("overfitting-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        table.addClassName("overfitting-table");
        Div results = new Div(new H2("The fit"), fit, summary, new H2("Error against degree"), errors, table);
        results.addClassName("widget-results");
        getContent().add(controls, results);
        start();
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("degree", degree);
        controls.put("split", split);
        controls.put("noise", noise);
        controls.put("points", points);
        controls.put("seed", newSample);
        return controls;
    }

    @Override
    protected void render(OverfittingState state, OverfittingResult result) {
        degree.setValue(state.degree());
        split.setValue(state.split());
        noise.setValue(state.noise());
        points.setValue(state.count());

        int n = state.trainCount();
        double[] x = state.x();
        double[] y = state.y();
        double low = Math.min(-1.5, Arrays.stream(y).min().orElse(0) - 0.25);
        double high = Math.max(1.5, Arrays.stream(y).max().orElse(0) + 0.25);
        fit.setYAxis(Math.floor(low * 2) / 2, Math.ceil(high * 2) / 2, 1, false);
        fit.setSeries(List.of(
                new XyChart.Series("sin(2πx), the truth", Kind.DASHED, TRUTH_COLOR, result.gridX(), result.truth()),
                new XyChart.Series("degree " + state.degree() + " fit", Kind.LINE, FIT_COLOR, result.gridX(),
                        result.fitted()),
                new XyChart.Series("training points (" + n + ")", Kind.POINTS, TRAIN_COLOR,
                        Arrays.copyOfRange(x, 0, n), Arrays.copyOfRange(y, 0, n)),
                new XyChart.Series("test points (" + (x.length - n) + ")", Kind.POINTS, TEST_COLOR,
                        Arrays.copyOfRange(x, n, x.length), Arrays.copyOfRange(y, n, y.length))));

        double[] degrees = IntStream.rangeClosed(0, OverfittingState.MAX_DEGREE).asDoubleStream().toArray();
        errors.setSeries(List.of(
                new XyChart.Series("training error", Kind.LINE, TRAIN_COLOR, degrees, shown(result.trainError())),
                new XyChart.Series("test error", Kind.LINE, TEST_COLOR, degrees, shown(result.testError()))));
        int best = result.bestDegree();
        errors.setBands(best < OverfittingState.MAX_DEGREE
                ? List.of(new Band(best, OverfittingState.MAX_DEGREE, "overfitting", REGION_COLOR),
                        new Band(state.degree(), state.degree(), "degree " + state.degree(), FIT_COLOR))
                : List.of(new Band(state.degree(), state.degree(), "degree " + state.degree(), FIT_COLOR)));
        table.setRows(IntStream.rangeClosed(0, OverfittingState.MAX_DEGREE).mapToObj(Integer::toString).toList(),
                List.of(result.trainError(), result.testError()));
        summary.setText(summary(state, result));
    }

    private static String summary(OverfittingState state, OverfittingResult result) {
        int d = state.degree();
        int best = result.bestDegree();
        String numbers = "Degree " + d + ": training error " + ValueTable.format(result.trainError()[d])
                + ", test error " + ValueTable.format(result.testError()[d]) + ". ";
        if (d > best) {
            return numbers + "This is in the overfitting region: degree " + best + " has the lowest test error ("
                    + ValueTable.format(result.testError()[best]) + "). The extra flexibility bends the curve "
                    + "through the noise of the " + state.trainCount() + " training points, so it is worse on "
                    + "points it has not seen.";
        }
        if (d < best) {
            return numbers + "Too simple (underfitting): degree " + best + " fits the test points better ("
                    + ValueTable.format(result.testError()[best]) + ").";
        }
        return numbers + "This degree has the lowest test error of all: flexible enough for the shape, not yet "
                + "fitting the noise.";
    }

    /** Errors as drawn: cut at the top of the chart (the table has the exact values). */
    private static double[] shown(double[] errors) {
        return Arrays.stream(errors).map(e -> Math.min(ERROR_CEILING, e)).toArray();
    }
}
