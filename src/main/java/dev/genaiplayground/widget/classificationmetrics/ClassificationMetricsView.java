package dev.genaiplayground.widget.classificationmetrics;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.compute.ClassificationMetricsResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.SvgPlot;
import dev.genaiplayground.ui.SvgPlot.Axis;
import dev.genaiplayground.ui.SvgPlot.Colour;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The examples' scores on a line with the threshold across them (a slider sets it), the confusion matrix, the
 * metrics with their formulas, and the precision–recall curve with the current threshold's point marked.
 */
class ClassificationMetricsView extends WidgetView<ClassificationMetricsState, ClassificationMetricsResult> {

    private static final StateCodec<ClassificationMetricsState> CODEC =
            StateCodec.of(ClassificationMetricsState.class);

    private final SliderField threshold = SliderField.linear("Threshold: a score at or above it is predicted "
                    + "positive", 0, 1, 0.01, t -> tryUpdate(() -> state().withThreshold(t)),
            text -> showProblem("The threshold: " + NumberText.notANumber(text)));
    private final Svg strip = new Svg();
    private final TextField scores = new TextField("Scores, one per example (0 to 1)");
    private final TextField labels = new TextField("True labels (1 = positive, 0 = negative)");
    private final Div presets = new Div();
    private final NativeTableBody confusion = new NativeTableBody();
    private final NativeTableBody metrics = new NativeTableBody();
    private final Paragraph verdict = new Paragraph();
    private final Svg curve = new Svg();
    private final Paragraph curveCaption = new Paragraph();

    ClassificationMetricsView(ClassificationMetricsState initialState,
                              Function<ClassificationMetricsState, ClassificationMetricsResult> compute) {
        super(initialState, compute);
        getContent().addClassName("classification-metrics-widget");

        strip.addClassName("classification-strip");
        strip.getStyle().set("width", "100%");
        strip.getStyle().set("max-width", "36rem");
        threshold.addClassName("classification-threshold");
        threshold.getStyle().set("max-width", "36rem");

        for (TextField field : new TextField[] {scores, labels}) {
            field.setWidthFull();
            field.setMaxLength(2000);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    editExamples();
                }
            });
        }
        scores.addClassName("classification-scores");
        labels.addClassName("classification-labels");
        scores.setHelperText("Comma-separated, " + ClassificationMetricsState.MIN_EXAMPLES + " to "
                + ClassificationMetricsState.MAX_EXAMPLES + " examples; change both lists together to add one.");
        for (Presets preset : Presets.values()) {
            Button button = new Button(preset.title(), e -> tryUpdate(
                    () -> preset.state().withThreshold(state().threshold())));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            presets.add(button);
        }
        presets.addClassName("widget-buttons");
        presets.getElement().setAttribute("role", "group");
        presets.getElement().setAttribute("aria-label", "Example data sets");
        Div examples = new Div(new H3("Start from"), presets, scores, labels);
        examples.addClassName("widget-controls");
        examples.getStyle().set("flex-direction", "column").set("align-items", "stretch");

        Div results = new Div(new H2("Confusion matrix and metrics"), metricsRow(), verdict,
                new H2("Precision–recall curve"), curve, curveCaption);
        results.addClassName("widget-results");
        verdict.addClassName("classification-verdict");
        curve.addClassName("classification-curve");
        curve.getStyle().set("width", "100%");
        curve.getStyle().set("max-width", "36rem");
        curveCaption.addClassName("classification-curve-caption");
        for (Paragraph p : new Paragraph[] {verdict, curveCaption}) {
            p.getStyle().set("margin", "0").set("max-width", "65ch").set("font-size", "var(--lumo-font-size-s)");
        }
        verdict.getElement().setAttribute("aria-live", "polite");

        Div thresholdRow = new Div(threshold);
        thresholdRow.addClassName("widget-controls");
        getContent().add(new H2("Scores and threshold"), strip, thresholdRow, results, examples);
        start();
    }

    private Div metricsRow() {
        NativeTable matrix = table("Confusion matrix", "Actual class", "Predicted positive", "Predicted negative");
        matrix.add(confusion);
        matrix.addClassName("classification-confusion");
        NativeTable values = table("Metrics", "Metric", "Value", "From the counts");
        values.add(metrics);
        values.addClassName("classification-values");
        Div row = new Div(matrix, values);
        row.addClassName("matrix-row");
        return row;
    }

    private void editExamples() {
        tryUpdate(() -> {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("scores", scores.getValue());
            settings.put("labels", labels.getValue());
            try {
                return CODEC.fromSettings(settings, state());
            } catch (InvalidStateException invalid) {
                throw new IllegalArgumentException(invalid.getMessage(), invalid);
            }
        });
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("threshold", threshold);
        controls.put("scores", scores);
        controls.put("labels", labels);
        controls.put("presets", presets);
        return controls;
    }

    @Override
    protected void render(ClassificationMetricsState state, ClassificationMetricsResult r) {
        threshold.setValue(state.threshold());
        threshold.setHelperText(null);
        setIfChanged(scores, Arrays.stream(state.scores()).mapToObj(SliderField::plain)
                .collect(Collectors.joining(", ")));
        setIfChanged(labels, Arrays.stream(state.labels()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ")));

        strip.setSvg(stripPlot(state));
        renderConfusion(r);
        renderMetrics(r);

        String majority = ValueTable.format(r.majorityAccuracy());
        StringBuilder words = new StringBuilder();
        if (!r.precisionDefined()) {
            words.append(r.precisionNote()).append(' ');
        }
        words.append("Always answering the more common class would score accuracy ").append(majority)
                .append(r.accuracy() > r.majorityAccuracy() ? "; this threshold beats it by "
                        + ValueTable.format(r.accuracy() - r.majorityAccuracy()) + "."
                        : r.accuracy() == r.majorityAccuracy() ? ", exactly what this threshold scores."
                        : ", more than this threshold's " + ValueTable.format(r.accuracy()) + ".");
        words.append(" Of the ").append(r.truePositives() + r.falseNegatives()).append(" real positives, ")
                .append(r.truePositives()).append(" are found (recall ").append(ValueTable.format(r.recall()))
                .append(")");
        words.append(r.precisionDefined() ? "; of the " + (r.truePositives() + r.falsePositives())
                + " predicted positives, " + r.truePositives() + " are right (precision "
                + ValueTable.format(r.precision()) + ")." : ".");
        verdict.setText(words.toString());

        curve.setSvg(curvePlot(state, r));
        curveCaption.setText("Each step of the curve is one threshold: lowering it finds more positives (recall "
                + "rises) but usually lets in more negatives (precision falls). Average precision, the area under "
                + "the steps: " + ValueTable.format(r.averagePrecision()) + "."
                + (r.precisionDefined() ? "" : " The current threshold has no point on the curve: with nothing "
                + "predicted positive, precision is undefined."));
    }

    private void renderConfusion(ClassificationMetricsResult r) {
        confusion.removeAll();
        confusion.add(row("Actually positive", cell("TP", r.truePositives(), "true positives: found"),
                cell("FN", r.falseNegatives(), "false negatives: missed")));
        confusion.add(row("Actually negative", cell("FP", r.falsePositives(), "false positives: false alarms"),
                cell("TN", r.trueNegatives(), "true negatives: rightly left out")));
    }

    private void renderMetrics(ClassificationMetricsResult r) {
        metrics.removeAll();
        int tp = r.truePositives();
        int fp = r.falsePositives();
        int fn = r.falseNegatives();
        int tn = r.trueNegatives();
        metrics.add(metric("accuracy", "Accuracy", r.accuracy(),
                "(TP + TN) / all = " + (tp + tn) + " / " + (tp + fp + fn + tn)));
        metrics.add(metric("precision", "Precision", r.precision(),
                "TP / (TP + FP) = " + tp + " / " + (tp + fp)));
        metrics.add(metric("recall", "Recall", r.recall(), "TP / (TP + FN) = " + tp + " / " + (tp + fn)));
        metrics.add(metric("f1", "F1", r.f1(), "2·TP / (2·TP + FP + FN) = " + (2 * tp) + " / " + (2 * tp + fp + fn)));
    }

    private static NativeTableRow metric(String key, String name, Double value, String formula) {
        NativeTableHeaderCell label = new NativeTableHeaderCell(name);
        label.getElement().setAttribute("scope", "row");
        NativeTableCell number = new NativeTableCell(value == null ? "undefined (0 / 0)" : ValueTable.format(value));
        number.getElement().setAttribute("data-metric", key);
        if (value != null) {
            number.getElement().setAttribute("data-value", Double.toString(value));
        } else {
            number.getElement().setAttribute("data-undefined", "true");
        }
        NativeTableCell how = new NativeTableCell(formula);
        how.getStyle().set("text-align", "left");
        return new NativeTableRow(label, number, how);
    }

    private static NativeTableCell cell(String tag, int count, String meaning) {
        NativeTableCell cell = new NativeTableCell(tag + " " + count);
        cell.getElement().setAttribute("data-cell", tag);
        cell.getElement().setAttribute("data-value", Integer.toString(count));
        cell.getElement().setAttribute("title", count + " " + meaning);
        return cell;
    }

    private static NativeTableRow row(String header, NativeTableCell... cells) {
        NativeTableHeaderCell label = new NativeTableHeaderCell(header);
        label.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(label);
        row.add(cells);
        return row;
    }

    private static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("value-table");
        table.getElement().setAttribute("aria-label", caption);
        table.getHead().add(Tables.headRow(java.util.List.of(headers)));
        return table;
    }

    /** Positives on the upper line, negatives on the lower, the threshold across both. */
    private static String stripPlot(ClassificationMetricsState state) {
        double[] s = state.scores();
        int[] y = state.labels();
        double[] posX = IntStream.range(0, s.length).filter(i -> y[i] == 1).mapToDouble(i -> s[i]).toArray();
        double[] negX = IntStream.range(0, s.length).filter(i -> y[i] == 0).mapToDouble(i -> s[i]).toArray();
        return new SvgPlot(150, Axis.linear("Score", 0, 1), Axis.linear("", -0.6, 1.6),
                "Scores of " + posX.length + " positive and " + negX.length + " negative examples, with the "
                        + "threshold at " + SliderField.plain(state.threshold()))
                .yLabels(new double[] {0, 1}, "negative", "positive")
                .dots("positive (1)", posX, filled(posX.length, 1), Colour.PRIMARY, 5)
                .dots("negative (0)", negX, filled(negX.length, 0), Colour.ERROR, 5)
                .verticalLine(state.threshold(), "threshold " + SliderField.plain(state.threshold()), Colour.TEXT)
                .toSvg();
    }

    private static String curvePlot(ClassificationMetricsState state, ClassificationMetricsResult r) {
        double positiveShare = Arrays.stream(state.labels()).average().orElse(0);
        SvgPlot plot = new SvgPlot(300, Axis.linear("Recall", 0, 1), Axis.linear("Precision", 0, 1.05),
                "Precision against recall over every threshold; the current threshold is "
                        + (r.precisionDefined() ? "at recall " + ValueTable.format(r.recall()) + ", precision "
                        + ValueTable.format(r.precision()) : "not on the curve: precision is undefined"))
                .line("guessing", new double[] {0, 1}, new double[] {positiveShare, positiveShare}, Colour.MUTED,
                        true)
                .steps("precision–recall", prepend(0, r.curveRecall()), prepend(r.curvePrecision()[0],
                        r.curvePrecision()), Colour.PRIMARY);
        if (r.precisionDefined()) {
            plot.point(r.recall(), r.precision(), "threshold " + SliderField.plain(state.threshold()),
                    Colour.ERROR, true);
        }
        return plot.toSvg();
    }

    /** The curve starts level at recall 0, as average precision counts it. */
    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    private static void setIfChanged(TextField field, String text) {
        if (!field.getValue().equals(text)) {
            field.setValue(text);
        }
    }
}
