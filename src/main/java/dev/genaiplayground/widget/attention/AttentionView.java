package dev.genaiplayground.widget.attention;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.AttentionResult;
import dev.genaiplayground.ui.MatrixGrid;
import dev.genaiplayground.ui.MatrixGrid.Shade;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import dev.genaiplayground.widget.attention.AttentionState.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Q, K and V editors, the settings (tokens, d, heads, scaling, causal mask) and every intermediate of scaled
 * dot-product attention for one head at a time: QKᵀ, the scaled and masked scores, the weights as a heatmap and as
 * numbers with their row sums, and the output. Focusing a weight explains it in words.
 */
class AttentionView extends WidgetView<AttentionState, AttentionResult> {

    private final TextField tokens = new TextField("Tokens (comma-separated)");
    private final IntegerField dimension = new IntegerField("Dimensions d");
    private final Select<Integer> heads = new Select<>();
    private final Checkbox scaled = new Checkbox("Scale scores by 1/√d");
    private final Checkbox causal = new Checkbox("Causal mask (no looking ahead)");
    private final Map<Matrix, MatrixGrid> editors = new EnumMap<>(Matrix.class);
    private final Div presets = new Div();
    private final Select<Integer> shownHead = new Select<>();
    private final ApexChart heatmap = ApexChart.heatmap(300).setValueRange(0, 1).setDataLabels(true, 3)
            .setAxisTitles("Key: the token attended to", "Query: the token attending");
    private final MatrixGrid scores = new MatrixGrid("Scores Q·Kᵀ").shaded(Shade.SIGNED);
    private final MatrixGrid scaledScores = new MatrixGrid("Scores going into the softmax").shaded(Shade.SIGNED)
            .setMissingText("−∞");
    private final MatrixGrid weights = new MatrixGrid("Attention weights").shaded(Shade.UNIT).withRowSums();
    private final MatrixGrid output = new MatrixGrid("Output").shaded(Shade.SIGNED);
    private final H3 scaledTitle = new H3();
    private final Paragraph explanation = new Paragraph();
    private final Random random = new Random();
    private AttentionResult result;

    AttentionView(AttentionState initialState, Function<AttentionState, AttentionResult> compute) {
        super(initialState, compute);
        getContent().addClassName("attention-widget");
        getContent().add(settings(), new H2("Queries, keys and values"), editors(), results());
        start();
    }

    private Div settings() {
        tokens.setHelperText(AttentionState.MIN_TOKENS + " to " + AttentionState.MAX_TOKENS + " tokens");
        tokens.setMaxLength(400);
        tokens.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String[] split = Arrays.stream(e.getValue().split(",", -1)).map(String::strip).toArray(String[]::new);
                tryUpdate(() -> state().withTokens(split));
            }
        });
        dimension.setMin(AttentionState.MIN_DIMENSION);
        dimension.setMax(AttentionState.MAX_DIMENSION);
        dimension.setStepButtonsVisible(true);
        dimension.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("Enter a whole number of dimensions from " + AttentionState.MIN_DIMENSION + " to "
                            + AttentionState.MAX_DIMENSION + ".");
                } else {
                    tryUpdate(() -> state().withDimension(e.getValue()));
                }
            }
        });
        heads.setLabel("Heads");
        heads.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withHeads(e.getValue()));
            }
        });
        scaled.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withScaled(e.getValue()));
            }
        });
        causal.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withCausal(e.getValue()));
            }
        });
        Button randomFill = new Button("Random", VaadinIcon.RANDOM.create(),
                e -> tryUpdate(() -> AttentionPresets.random(state(), random)));
        Button selfFill = new Button("Each looks at itself", e -> tryUpdate(() -> AttentionPresets.self(state())));
        Button previousFill = new Button("Each looks back one", e -> tryUpdate(
                () -> AttentionPresets.previousToken(state().tokens(), state().dimension())
                        .withHeads(state().heads()).withScaled(state().scaled()).withCausal(state().causal())));
        Button uniformFill = new Button("Zero queries", e -> tryUpdate(() -> AttentionPresets.uniform(state())));
        for (Button button : List.of(randomFill, selfFill, previousFill, uniformFill)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        presets.add(randomFill, selfFill, previousFill, uniformFill);
        presets.addClassName("widget-buttons");
        presets.getElement().setAttribute("role", "group");
        presets.getElement().setAttribute("aria-label", "Fill Q, K and V");
        Div toggles = new Div(scaled, causal);
        toggles.addClassName("widget-toggles");
        Div settings = new Div(tokens, dimension, heads, toggles, presets);
        settings.addClassName("widget-controls");
        return settings;
    }

    private Div editors() {
        Div row = new Div();
        row.addClassName("matrix-row");
        for (Matrix which : Matrix.values()) {
            MatrixGrid editor = MatrixGrid.editor(which.name(), new MatrixGrid.EditListener() {
                @Override
                public void edited(int row, int column, double value) {
                    if (!tryUpdate(() -> state().withCell(which, row, column, value))) {
                        editors.get(which).markInvalid(row, column);
                    }
                }

                @Override
                public void rejected(int row, int column, String text) {
                    showProblem(which.name() + ", row “" + state().tokens()[row] + "”, column " + (column + 1) + ": "
                            + NumberText.notANumber(text));
                }
            });
            editor.addClassName("matrix-editor-" + which.name().toLowerCase());
            editors.put(which, editor);
            row.add(titled(which.name() + (which == Matrix.Q ? " (queries)" : which == Matrix.K ? " (keys)"
                    : " (values)"), editor));
        }
        return row;
    }

    private Div results() {
        shownHead.setLabel("Show head");
        shownHead.setWidth("12rem");
        shownHead.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withHead(e.getValue() + 1));
            }
        });
        scores.addClassName("attention-scores");
        scaledScores.addClassName("attention-scaled-scores");
        weights.addClassName("attention-weights");
        output.addClassName("attention-output");
        heatmap.addClassName("attention-heatmap");
        weights.onCellFocus(this::explain);
        explanation.addClassName("attention-explanation");
        explanation.getElement().setAttribute("aria-live", "polite");
        explanation.setText("Focus a weight (Tab into the table, then use the arrow keys) to see why it is what "
                + "it is.");
        Div numbers = new Div(titled("Scores Q·Kᵀ", scores), new Div(scaledTitle, scaledScores),
                titled("Weights (each row sums to 1)", weights), titled("Output = weights · V", output));
        numbers.addClassName("matrix-row");
        Div results = new Div(new H2("Attention weights"), shownHead, heatmap, explanation, numbers);
        results.addClassName("widget-results");
        return results;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("tokens", tokens);
        controls.put("dimension", dimension);
        controls.put("heads", heads);
        controls.put("scaled", scaled);
        controls.put("causal", causal);
        editors.forEach((which, editor) -> controls.put(which.name().toLowerCase(), editor));
        controls.put("head", shownHead);
        controls.put("presets", presets);
        return controls;
    }

    @Override
    protected void render(AttentionState state, AttentionResult result) {
        this.result = result;
        List<String> tokenLabels = Arrays.asList(state.tokens());
        List<String> columns = IntStream.rangeClosed(1, state.dimension()).mapToObj(Integer::toString).toList();

        String joined = String.join(", ", tokenLabels);
        if (!tokens.getValue().equals(joined)) {
            tokens.setValue(joined);
        }
        dimension.setValue(state.dimension());
        List<Integer> divisors = IntStream.rangeClosed(1, AttentionState.MAX_HEADS)
                .filter(h -> state.dimension() % h == 0).boxed().toList();
        if (!divisors.equals(heads.getListDataView().getItems().toList())) {
            heads.setItems(divisors);
        }
        heads.setValue(state.heads());
        scaled.setValue(state.scaled());
        causal.setValue(state.causal());
        for (Matrix which : Matrix.values()) {
            editors.get(which).setValues(state.matrix(which), tokenLabels, columns);
        }

        List<Integer> headNumbers = IntStream.range(0, state.heads()).boxed().toList();
        if (!headNumbers.equals(shownHead.getListDataView().getItems().toList())) {
            shownHead.setItems(headNumbers);
            shownHead.setItemLabelGenerator(h -> "Head " + (h + 1) + " of " + state().heads());
        }
        shownHead.setVisible(state.heads() > 1);
        int head = state.head() - 1; // the state counts heads from 1, as the person reads them
        shownHead.setValue(head);
        output.setValues(result.output(), tokenLabels, columns);
        showHead(head);
    }

    private void showHead(int head) {
        AttentionState state = state();
        List<String> tokenLabels = Arrays.asList(state.tokens());
        List<String> distinct = distinctLabels(tokenLabels);
        int dHead = state.dimension() / state.heads();
        scaledTitle.setText(state.scaled() ? "Scaled: Q·Kᵀ / √" + dHead + (state.causal() ? ", masked" : "")
                : "Not scaled" + (state.causal() ? ", masked" : ""));
        scores.setValues(result.scores()[head], tokenLabels, tokenLabels);
        scaledScores.setValues(result.scaledScores()[head], tokenLabels, tokenLabels);
        weights.setValues(result.weights()[head], tokenLabels, tokenLabels);
        heatmap.setCategories(distinct);
        List<ApexChart.Series> rows = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            rows.add(new ApexChart.Series(distinct.get(i), result.weights()[head][i]));
        }
        heatmap.setSeries(rows);
    }

    private void explain(int row, int column) {
        AttentionState state = state();
        int head = state.head() - 1;
        String from = "“" + state.tokens()[row] + "”";
        String to = "“" + state.tokens()[column] + "”";
        double weight = result.weights()[head][row][column];
        if (state.causal() && column > row) {
            explanation.setText(from + " cannot attend to " + to + ": the causal mask hides tokens that come later, "
                    + "so its score is −∞ and its weight is exactly 0.");
            return;
        }
        double score = result.scaledScores()[head][row][column];
        double best = Arrays.stream(result.scaledScores()[head][row]).max().orElse(score);
        explanation.setText(from + " attends to " + to + " with weight " + ValueTable.format(weight) + ". Its query·key "
                + "score is " + ValueTable.format(result.scores()[head][row][column])
                + (state.scaled() ? ", scaled to " + ValueTable.format(score) : "") + "; "
                + (score >= best ? "that is the highest score in " + from + "’s row, so it gets the largest weight."
                        : "the highest score in " + from + "’s row is " + ValueTable.format(best)
                                + ", and softmax gives more weight to higher scores."));
    }

    /** Repeated tokens get a #2, #3 suffix so a chart can tell its rows and columns apart. */
    private static List<String> distinctLabels(List<String> labels) {
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
