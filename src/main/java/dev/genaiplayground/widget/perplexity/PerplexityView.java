package dev.genaiplayground.widget.perplexity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.PerplexityResult;
import dev.genaiplayground.ui.MatrixGrid;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A sentence's tokens and the probability a model gave each; shows every token's surprisal, the mean cross-entropy
 * and the perplexity, read as "as uncertain as choosing evenly among k tokens".
 */
class PerplexityView extends WidgetView<PerplexityState, PerplexityResult> {

    private final Div presets = new Div();
    private final TextField tokens = new TextField("Tokens (separated by spaces)");
    private final MatrixGrid probs = MatrixGrid.editor("Probability of each token", new MatrixGrid.EditListener() {
        @Override
        public void edited(int row, int column, double value) {
            if (!tryUpdate(() -> state().withProb(row, value))) {
                probs.markInvalid(row, column);
            }
        }

        @Override
        public void rejected(int row, int column, String text) {
            showProblem("The probability of “" + state().tokens()[row] + "” (token " + (row + 1) + "): "
                    + NumberText.notANumber(text));
        }
    });
    private final Paragraph headline = new Paragraph();
    private final Paragraph meaning = new Paragraph();
    private final ApexChart chart = ApexChart.bar(220).setDataLabels(true, 2);
    private final ValueTable table = new ValueTable("Surprisal of each token",
            "Token", "Probability p", "Surprisal −ln p (nats)", "−log₂ p (bits)");

    PerplexityView(PerplexityState initialState, Function<PerplexityState, PerplexityResult> compute) {
        super(initialState, compute);
        getContent().addClassName("perplexity-widget");

        for (PerplexityPresets preset : PerplexityPresets.values()) {
            Button button = new Button(preset.title(), e -> tryUpdate(preset::state));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            presets.add(button);
        }
        presets.addClassName("widget-buttons");
        presets.getElement().setAttribute("role", "group");
        presets.getElement().setAttribute("aria-label", "Example sentences");

        tokens.setHelperText("1 to " + PerplexityState.MAX_TOKENS + " tokens; a new one starts at p = 0.5");
        tokens.setMaxLength(1000);
        tokens.setWidthFull();
        tokens.addClassName("perplexity-tokens");
        tokens.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String[] split = Arrays.stream(e.getValue().strip().split("\\s+")).filter(t -> !t.isEmpty())
                        .toArray(String[]::new);
                tryUpdate(() -> state().withTokens(split));
            }
        });
        probs.addClassName("perplexity-probs");

        headline.addClassName("perplexity-headline");
        headline.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        meaning.addClassName("perplexity-meaning");
        meaning.getElement().setAttribute("aria-live", "polite");
        meaning.getStyle().set("margin", "0").set("max-width", "65ch").set("font-size", "var(--lumo-font-size-s)");
        chart.addClassName("perplexity-chart");
        table.addClassName("perplexity-table");

        Div inputs = new Div(titled("Probabilities the model gave", probs), tokens);
        inputs.addClassName("widget-controls");
        Div results = new Div(new H2("Surprise and perplexity"), headline, meaning,
                new H3("Surprisal of each token, −ln p"), chart, table);
        results.addClassName("widget-results");
        getContent().add(new H2("A sentence and its probabilities"), presets, inputs, results);
        start();
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("presets", presets);
        controls.put("tokens", tokens);
        controls.put("probs", probs);
        return controls;
    }

    @Override
    protected void render(PerplexityState state, PerplexityResult result) {
        List<String> labels = Arrays.asList(state.tokens());
        String joined = String.join(" ", labels);
        if (!tokens.getValue().equals(joined)) {
            tokens.setValue(joined);
        }
        double[][] column = new double[state.size()][];
        double[] p = state.probs();
        for (int i = 0; i < p.length; i++) {
            column[i] = new double[] {p[i]};
        }
        probs.setValues(column, labels, List.of("p"));

        double ce = result.crossEntropy();
        headline.setText("Perplexity = e^" + ValueTable.format(ce) + " = " + readable(result.perplexity()));
        int worst = result.mostSurprising();
        meaning.setText("Mean cross-entropy: " + ValueTable.format(ce) + " nats (" + ValueTable.format(
                result.crossEntropyBits()) + " bits) per token. On average the model was as uncertain as if it had "
                + "to choose evenly among " + readable(result.perplexity()) + " tokens at every step"
                + (state.size() > 1 ? "; the most surprising token was “" + labels.get(worst) + "” (p = "
                        + readable(p[worst]) + ", " + ValueTable.format(result.surprisal()[worst]) + " nats)." : "."));

        chart.setCategories(distinct(labels));
        chart.setSeries(List.of(new ApexChart.Series("surprisal (nats)", result.surprisal())));
        table.setRows(labels, List.of(p, result.surprisal(), result.surprisalBits()));
    }

    /** Up to a million with two decimals, beyond that in powers of ten; tiny probabilities likewise. */
    static String readable(double v) {
        String text = v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)
                ? String.format(Locale.ROOT, "%.3e", v).replace("e+", " × 10^").replace("e-", " × 10^−")
                : String.format(Locale.ROOT, Math.abs(v) < 1 ? "%.3f" : "%.2f", v);
        return text.replace('-', '−');
    }

    /** Repeated tokens get a #2, #3 suffix so the chart can tell its bars apart. */
    private static List<String> distinct(List<String> labels) {
        Map<String, Integer> seen = new HashMap<>();
        return labels.stream().map(l -> {
            int n = seen.merge(l, 1, Integer::sum);
            return n == 1 ? l : l + " #" + n;
        }).toList();
    }

    private static Div titled(String title, Component content) {
        Div block = new Div(new H3(title), content);
        block.addClassName("matrix-block");
        return block;
    }
}
