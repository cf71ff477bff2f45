package dev.genaiplayground.widget.regularization;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.genaiplayground.chart.XyChart;
import dev.genaiplayground.chart.XyChart.Band;
import dev.genaiplayground.chart.XyChart.Kind;
import dev.genaiplayground.compute.Regularization;
import dev.genaiplayground.compute.RegularizationResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The four remedies as switches with their strengths; the fit they give against the plain least-squares fit; the
 * gradient-descent curves with the early-stopping point; and the training and validation error of all sixteen
 * combinations of the switches.
 */
class RegularizationView extends WidgetView<RegularizationState, RegularizationResult> {

    private static final String TRAIN_COLOR = "#1676f3";
    private static final String VALID_COLOR = "#e8710a";
    private static final String FIT_COLOR = "#9c27b0";
    private static final String PLAIN_COLOR = "#c0392b";
    private static final String TRUTH_COLOR = "#7f8c8d";
    private static final String COPY_COLOR = "#5dade2";
    private static final String STOP_COLOR = "#27ae60";
    /** Errors above this are drawn at the top of the chart (the texts and the table have the exact values). */
    private static final double ERROR_CEILING = 1;

    private final Checkbox useL2 = new Checkbox("L2 penalty");
    private final Checkbox earlyStopping = new Checkbox("Early stopping");
    private final Checkbox augmentation = new Checkbox("Data augmentation");
    private final Checkbox ensemble = new Checkbox("Ensemble");
    private final SliderField degree = SliderField.linear("Polynomial degree", 0, RegularizationState.MAX_DEGREE, 1,
            d -> tryUpdate(() -> state().withDegree((int) Math.round(d))));
    private final NumberField l2 = new NumberField("L2 strength λ");
    private final IntegerField epochs = new IntegerField("Epochs");
    private final IntegerField copies = new IntegerField("Copies per point");
    private final NumberField jitter = new NumberField("Jitter (± in x)");
    private final IntegerField models = new IntegerField("Models (k)");
    private final SliderField split = SliderField.linear("Training share (split)", RegularizationState.MIN_SPLIT,
            RegularizationState.MAX_SPLIT, 0.05, s -> tryUpdate(() -> state().withSplit(s)));
    private final SliderField noise = SliderField.linear("Noise", 0, RegularizationState.MAX_NOISE, 0.05,
            n -> tryUpdate(() -> state().withNoise(n)));
    private final IntegerField points = new IntegerField("Points");
    private final Button newSample = new Button("New sample", VaadinIcon.RANDOM.create(),
            e -> tryUpdate(() -> state().withNextSeed()));
    private final XyChart fit = new XyChart(300).setXAxis(0, 1, 1, 5).setAxisTitles("x", "y");
    private final XyChart curves = new XyChart(240).setYAxis(0, ERROR_CEILING, 1, false)
            .setAxisTitles("Epoch of gradient descent", "Mean squared error (cut at 1)");
    private final Paragraph summary = new Paragraph();
    private final Paragraph stopping = new Paragraph();
    private final ValueTable table = new ValueTable("Training and validation error of every combination",
            "Switched on", "Training error", "Validation error");

    RegularizationView(RegularizationState initialState,
                       Function<RegularizationState, RegularizationResult> compute) {
        super(initialState, compute);
        getContent().addClassName("regularization-widget");
        toggle(useL2, on -> state().withUseL2(on), "regularization-l2-switch");
        toggle(earlyStopping, on -> state().withEarlyStopping(on), "regularization-early-stopping");
        toggle(augmentation, on -> state().withAugmentation(on), "regularization-augmentation");
        toggle(ensemble, on -> state().withEnsemble(on), "regularization-ensemble");
        Div switches = new Div(useL2, earlyStopping, augmentation, ensemble);
        switches.addClassName("widget-toggles");
        switches.getElement().setAttribute("role", "group");
        switches.getElement().setAttribute("aria-label", "Remedies against overfitting");

        l2.setMin(0);
        l2.setMax(RegularizationState.MAX_L2);
        l2.setStep(0.001);
        l2.setStepButtonsVisible(true);
        l2.setWidth("9rem");
        l2.addClassName("regularization-l2");
        l2.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                number(e.getValue(), "the L2 strength", () -> state().withL2(e.getValue()));
            }
        });
        jitter.setMin(RegularizationState.MIN_JITTER);
        jitter.setMax(RegularizationState.MAX_JITTER);
        jitter.setStep(0.005);
        jitter.setStepButtonsVisible(true);
        jitter.setWidth("9rem");
        jitter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                number(e.getValue(), "the jitter", () -> state().withJitter(e.getValue()));
            }
        });
        whole(epochs, RegularizationState.MIN_EPOCHS, RegularizationState.MAX_EPOCHS, v -> state().withEpochs(v));
        epochs.setStep(10);
        whole(copies, 1, RegularizationState.MAX_COPIES, v -> state().withCopies(v));
        whole(models, 2, RegularizationState.MAX_MODELS, v -> state().withModels(v));
        whole(points, RegularizationState.MIN_POINTS, RegularizationState.MAX_POINTS, v -> state().withCount(v));
        degree.addClassName("regularization-degree");
        newSample.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newSample.addClassName("regularization-new-sample");
        Div strengths = new Div(degree, l2, epochs, copies, jitter, models);
        strengths.addClassName("widget-controls");
        Div data = new Div(split, noise, points, newSample);
        data.addClassName("widget-controls");

        fit.addClassName("regularization-fit-chart");
        curves.addClassName("regularization-curve-chart");
        summary.addClassName("regularization-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        stopping.addClassName("regularization-stopping");
        table.addClassName("regularization-table");
        Div results = new Div(new H2("The fit"), fit, summary, new H2("Gradient descent and early stopping"),
                curves, stopping, new H2("All sixteen combinations"), table);
        results.addClassName("widget-results");
        getContent().add(new H2("Remedies"), switches, strengths, new H2("Data"), data, results);
        start();
    }

    private void toggle(Checkbox box, Function<Boolean, RegularizationState> edit, String className) {
        box.addClassName(className);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> edit.apply(e.getValue()));
            }
        });
    }

    private void number(Double value, String what, Supplier<RegularizationState> edit) {
        if (value == null) {
            showProblem("Enter a number for " + what + ".");
        } else {
            tryUpdate(edit);
        }
    }

    private void whole(IntegerField field, int min, int max, IntFunction<RegularizationState> edit) {
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("9rem");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem(field.getLabel() + ": enter a whole number from " + min + " to " + max + ".");
                } else {
                    tryUpdate(() -> edit.apply(e.getValue()));
                }
            }
        });
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("useL2", useL2);
        controls.put("earlyStopping", earlyStopping);
        controls.put("augmentation", augmentation);
        controls.put("ensemble", ensemble);
        controls.put("degree", degree);
        controls.put("l2", l2);
        controls.put("epochs", epochs);
        controls.put("copies", copies);
        controls.put("jitter", jitter);
        controls.put("models", models);
        controls.put("split", split);
        controls.put("noise", noise);
        controls.put("points", points);
        controls.put("seed", newSample);
        return controls;
    }

    @Override
    protected void render(RegularizationState state, RegularizationResult result) {
        useL2.setValue(state.useL2());
        earlyStopping.setValue(state.earlyStopping());
        augmentation.setValue(state.augmentation());
        ensemble.setValue(state.ensemble());
        degree.setValue(state.degree());
        l2.setValue(state.l2());
        epochs.setValue(state.epochs());
        copies.setValue(state.copies());
        jitter.setValue(state.jitter());
        models.setValue(state.models());
        split.setValue(state.split());
        noise.setValue(state.noise());
        points.setValue(state.count());

        int n = state.trainCount();
        double[] x = state.x();
        double[] y = state.y();
        double low = Math.min(-1.5, Arrays.stream(y).min().orElse(0) - 0.25);
        double high = Math.max(1.5, Arrays.stream(y).max().orElse(0) + 0.25);
        fit.setYAxis(Math.floor(low * 2) / 2, Math.ceil(high * 2) / 2, 1, false);
        List<XyChart.Series> series = new ArrayList<>(List.of(
                new XyChart.Series("sin(2πx), the truth", Kind.DASHED, TRUTH_COLOR, result.gridX(), result.truth()),
                new XyChart.Series("plain least squares", Kind.DASHED, PLAIN_COLOR, result.gridX(), result.plain()),
                new XyChart.Series("with " + name(state.combination()), Kind.LINE, FIT_COLOR, result.gridX(),
                        result.fitted()),
                new XyChart.Series("training points (" + n + ")", Kind.POINTS, TRAIN_COLOR,
                        Arrays.copyOfRange(x, 0, n), Arrays.copyOfRange(y, 0, n)),
                new XyChart.Series("validation points (" + (x.length - n) + ")", Kind.POINTS, VALID_COLOR,
                        Arrays.copyOfRange(x, n, x.length), Arrays.copyOfRange(y, n, y.length))));
        if (result.augmentedX().length > 0) {
            series.add(new XyChart.Series("jittered copies", Kind.POINTS, COPY_COLOR, result.augmentedX(),
                    result.augmentedY()));
        }
        fit.setSeries(series);

        double[] epochAxis = IntStream.rangeClosed(0, state.epochs()).asDoubleStream().toArray();
        curves.setXAxis(0, state.epochs(), 0, 5);
        curves.setSeries(List.of(
                new XyChart.Series("training error", Kind.LINE, TRAIN_COLOR, epochAxis, shown(result.epochTrainError())),
                new XyChart.Series("validation error", Kind.LINE, VALID_COLOR, epochAxis,
                        shown(result.epochValidationError()))));
        curves.setBands(List.of(new Band(result.stopEpoch(), result.stopEpoch(), "stop at " + result.stopEpoch(),
                STOP_COLOR)));
        int stop = result.stopEpoch();
        stopping.setText("Gradient descent (step " + ValueTable.format(result.learningRate()) + ") from all-zero "
                + "weights: the validation error is lowest after epoch " + stop + " ("
                + ValueTable.format(result.epochValidationError()[stop]) + "), against "
                + ValueTable.format(result.epochValidationError()[state.epochs()]) + " after all " + state.epochs()
                + ". " + (state.earlyStopping() ? "Early stopping is on, so the fit above keeps the weights of epoch "
                + stop + "." : "Switch on early stopping to keep those weights instead of the final ones."));

        List<String> names = IntStream.range(0, Regularization.COMBINATIONS).mapToObj(c ->
                name(c) + (c == state.combination() ? " (on show)" : "")).toList();
        table.setRows(names, List.of(result.comboTrainError(), result.comboValidationError()));
        summary.setText("With " + name(state.combination()) + ": training error "
                + ValueTable.format(result.trainError()) + ", validation error "
                + ValueTable.format(result.validationError()) + " (plain least squares: "
                + ValueTable.format(result.comboTrainError()[0]) + " and "
                + ValueTable.format(result.comboValidationError()[0]) + "). Of all sixteen combinations, "
                + name(result.bestCombination()) + " has the lowest validation error, "
                + ValueTable.format(result.comboValidationError()[result.bestCombination()]) + ".");
    }

    /** A combination in words: "L2 + early stopping", or "no remedy". */
    static String name(int combination) {
        List<String> parts = new ArrayList<>();
        if ((combination & Regularization.L2) != 0) {
            parts.add("L2");
        }
        if ((combination & Regularization.EARLY_STOPPING) != 0) {
            parts.add("early stopping");
        }
        if ((combination & Regularization.AUGMENTATION) != 0) {
            parts.add("augmentation");
        }
        if ((combination & Regularization.ENSEMBLE) != 0) {
            parts.add("ensemble");
        }
        return parts.isEmpty() ? "no remedy" : String.join(" + ", parts);
    }

    private static double[] shown(double[] errors) {
        return Arrays.stream(errors).map(e -> Math.min(ERROR_CEILING, e)).toArray();
    }
}
