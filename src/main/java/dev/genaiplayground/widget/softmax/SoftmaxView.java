package dev.genaiplayground.widget.softmax;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.SoftmaxResult;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Logit bars to drag, a temperature, a target class; shows the probabilities, the cross-entropy and its gradient.
 */
class SoftmaxView extends WidgetView<SoftmaxState, SoftmaxResult> {

    /** The bars span at least ±5 and grow to fit a larger typed logit. */
    private static final double BAR_RANGE = 5;

    private final LogitBars bars = new LogitBars(new LogitBars.EditListener() {
        @Override
        public void valueEdited(int index, double value) {
            tryUpdate(() -> state().withLogit(index, value));
        }

        @Override
        public void labelEdited(int index, String label) {
            tryUpdate(() -> state().withLabel(index, label));
        }

        @Override
        public void removeRequested(int index) {
            tryUpdate(() -> state().withClassRemoved(index));
        }

        @Override
        public void valueRejected(int index, String text) {
            showProblem("The logit of “" + state().labels()[index] + "”: " + NumberText.notANumber(text));
        }
    });
    private final Button addClass = new Button("Add class", VaadinIcon.PLUS.create(),
            e -> tryUpdate(() -> state().withClassAdded()));
    private final TemperatureField temperature = new TemperatureField(SoftmaxState.MIN_TEMPERATURE,
            SoftmaxState.MAX_TEMPERATURE, t -> tryUpdate(() -> state().withTemperature(t)));
    private final Select<Integer> target = new Select<>();
    private final ApexChart probabilities = ApexChart.bar(220).setValueRange(0, 1).setDataLabels(true, 3);
    private final ValueTable table = new ValueTable("Logits, probabilities and gradient",
            "Class", "Logit z", "Probability p", "Gradient ∂L/∂z");
    private final Paragraph loss = new Paragraph();
    private List<String> targetLabels = List.of();

    SoftmaxView(SoftmaxState initialState, Function<SoftmaxState, SoftmaxResult> compute) {
        super(initialState, compute);
        getContent().addClassName("softmax-widget");

        bars.setMinimumCount(SoftmaxState.MIN_CLASSES);
        addClass.addThemeVariants(ButtonVariant.LUMO_SMALL);
        target.setLabel("Target (the right answer)");
        target.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withTarget(e.getValue()));
            }
        });
        Div controls = new Div(temperature, target, addClass);
        controls.addClassName("widget-controls");

        loss.addClassName("softmax-loss");
        Div results = new Div(new H2("Probabilities"), probabilities, loss, table);
        results.addClassName("widget-results");
        getContent().add(new H2("Logits"), bars, controls, results);
        start();
    }

    @Override
    protected Map<String, Component> controls() {
        return Map.of("logits", bars, "temperature", temperature, "target", target, "classes", addClass);
    }

    @Override
    protected void render(SoftmaxState state, SoftmaxResult result) {
        List<String> labels = Arrays.asList(state.labels());

        double reach = Math.max(BAR_RANGE, Math.ceil(Arrays.stream(state.logits()).map(Math::abs).max().orElse(0)));
        bars.setRange(-reach, reach);
        bars.setValues(state.logits(), labels);
        bars.setHighlighted(state.target());
        addClass.setEnabled(state.size() < SoftmaxState.MAX_CLASSES);
        temperature.setTemperature(state.temperature());
        if (!labels.equals(targetLabels)) {
            targetLabels = labels;
            target.setItems(IntStream.range(0, labels.size()).boxed().toList());
            target.setItemLabelGenerator(i -> i < targetLabels.size() ? targetLabels.get(i) : "");
        }
        target.setValue(state.target());

        probabilities.setCategories(labels);
        probabilities.setSeries(List.of(new ApexChart.Series("probability", result.probabilities())));
        table.setRows(labels, List.of(state.logits(), result.probabilities(), result.gradient()));
        String name = labels.get(state.target());
        loss.setText("Cross-entropy for the target “" + name + "”: L = −ln p(" + name + ") = −ln "
                + ValueTable.format(result.probabilities()[state.target()]) + " = " + ValueTable.format(result.loss())
                + ". The gradient is (p − one-hot) / T: negative only for the target, so gradient descent raises "
                + "its logit and lowers the others.");
    }
}
