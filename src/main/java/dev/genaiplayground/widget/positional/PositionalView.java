package dev.genaiplayground.widget.positional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.PositionalEncoding.Scheme;
import dev.genaiplayground.compute.PositionalEncodingResult;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The size and the scheme; the position table as a heatmap with some of its columns as curves; what position alone
 * adds to each query–key score; and the order demo: a sentence against its reverse, without and with position.
 */
class PositionalView extends WidgetView<PositionalState, PositionalEncodingResult> {

    private final IntegerField positions = new IntegerField("Positions");
    private final IntegerField dims = new IntegerField("Dimensions d (even)");
    private final RadioButtonGroup<Scheme> encoding = new RadioButtonGroup<>("Position information");
    private final TextField curves = new TextField("Curves of dimensions");
    private final IntegerField seed = new IntegerField("Seed");
    private final TextField sentence = new TextField("Sentence for the order demo");

    private final H2 tableTitle = new H2();
    private final Paragraph tableAbout = new Paragraph();
    private final ApexChart table = ApexChart.heatmap(480).setValueRange(-1, 1).setDataLabels(false, 2)
            .setAxisTitles("Dimension", "Position");
    private final ApexChart curveChart = ApexChart.line(260).setValueRange(-1, 1).setDataLabels(false, 2)
            .setAxisTitles("Position", "Value");
    private final Div tableBlock = new Div();
    private final H2 scoresTitle = new H2();
    private final Paragraph scoresAbout = new Paragraph();
    private final ApexChart scores = ApexChart.heatmap(420).setDataLabels(false, 2)
            .setAxisTitles("Key position j", "Query position i");
    private final Paragraph orderSummary = new Paragraph();
    private final ValueTable gaps = new ValueTable("How far each word's attention output moved when the order was "
            + "reversed", "Word", "Without position", "With position");

    PositionalView(PositionalState initialState, Function<PositionalState, PositionalEncodingResult> compute) {
        super(initialState, compute);
        getContent().addClassName("positional-encoding-widget");
        getContent().add(settings(), tablePart(), scoresPart(), orderPart());
        start();
    }

    private Div settings() {
        positions.setMin(PositionalState.MIN_POSITIONS);
        positions.setMax(PositionalState.MAX_POSITIONS);
        positions.setStepButtonsVisible(true);
        positions.addClassName("pe-positions");
        positions.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                whole(e.getValue(), "positions", PositionalState.MIN_POSITIONS, PositionalState.MAX_POSITIONS,
                        v -> state().withPositions(v));
            }
        });
        dims.setMin(PositionalState.MIN_DIMS);
        dims.setMax(PositionalState.MAX_DIMS);
        dims.setStep(2);
        dims.setStepButtonsVisible(true);
        dims.addClassName("pe-dims");
        dims.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                whole(e.getValue(), "dims", PositionalState.MIN_DIMS, PositionalState.MAX_DIMS,
                        v -> state().withDims(v));
            }
        });
        encoding.setItems(Scheme.values());
        encoding.setItemLabelGenerator(s -> switch (s) {
            case SINUSOIDAL -> "Sinusoidal (fixed, added to the words)";
            case LEARNED -> "Learned table (random start, added to the words)";
            case RELATIVE -> "Relative bias (added to the attention scores)";
        });
        encoding.addClassName("pe-encoding");
        encoding.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withEncoding(e.getValue()));
            }
        });
        curves.setHelperText("Up to " + PositionalState.MAX_CURVES + ", counted from 0, e.g. 0, 6, 20");
        curves.addClassName("pe-curves");
        curves.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withCurves(parseCurves(e.getValue())));
            }
        });
        seed.setMin(0);
        seed.setMax(PositionalState.MAX_SEED);
        seed.setStepButtonsVisible(true);
        seed.setHelperText("Random word vectors, table, biases");
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                whole(e.getValue(), "seed", 0, PositionalState.MAX_SEED, v -> state().withSeed(v));
            }
        });
        sentence.setHelperText("2 to " + PositionalState.MAX_WORDS + " words; compared with the same words reversed");
        sentence.setMaxLength(300);
        sentence.setWidth("22rem");
        sentence.getStyle().set("max-width", "100%");
        sentence.addClassName("pe-sentence");
        sentence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withSentence(e.getValue()));
            }
        });
        Div numbers = new Div(positions, dims, curves, seed);
        numbers.addClassName("widget-controls");
        Div settings = new Div(encoding, numbers);
        settings.addClassName("widget-results");
        return settings;
    }

    private void whole(Integer value, String name, int min, int max, Function<Integer, PositionalState> edit) {
        if (value == null) {
            showProblem("Enter a whole number from " + min + " to " + max + " for " + name + ".");
        } else {
            tryUpdate(() -> edit.apply(value));
        }
    }

    /** "0, 2, 10" (commas or spaces) as dimension numbers; anything else is refused with a message. */
    private static int[] parseCurves(String text) {
        String[] parts = text.strip().split("[,\\s]+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("curves: give at least one dimension number, e.g. 0.");
        }
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException("curves: '" + parts[i].substring(0, Math.min(12, parts[i].length()))
                        + "' is not a dimension number; write whole numbers such as 0, 2, 10.");
            }
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    private Div tablePart() {
        table.addClassName("pe-table");
        curveChart.addClassName("pe-curves-chart");
        curveChart.options().getObject("legend").put("show", true); // sent with the colours below
        curveChart.setColors("#1676f3", "#e8590c", "#2f9e44", "#ae3ec9");
        tableAbout.addClassName("pe-note");
        Div heat = block("The table: one row per position", table);
        Div lines = block("Chosen dimensions across positions", curveChart);
        Div row = new Div(heat, lines);
        row.addClassName("matrix-row");
        tableBlock.add(tableTitle, tableAbout, row);
        tableBlock.addClassName("widget-results");
        return tableBlock;
    }

    private Div scoresPart() {
        scores.addClassName("pe-scores");
        scoresAbout.addClassName("pe-note");
        Div part = new Div(scoresTitle, scoresAbout, scores);
        part.addClassName("widget-results");
        return part;
    }

    private Div orderPart() {
        orderSummary.addClassName("pe-order-summary");
        orderSummary.getElement().setAttribute("aria-live", "polite");
        gaps.addClassName("pe-gaps");
        Div part = new Div(new H2("Does word order matter?"), sentence, orderSummary, gaps);
        part.addClassName("widget-results");
        return part;
    }

    private static Div block(String title, Component content) {
        content.getElement().getStyle().set("display", "block"); // a custom element is inline: no width to draw in
        Div block = new Div(new H3(title), content);
        block.addClassName("matrix-block");
        block.getStyle().set("flex", "1 1 20rem");
        return block;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("positions", positions);
        controls.put("dims", dims);
        controls.put("encoding", encoding);
        controls.put("curves", curves);
        controls.put("seed", seed);
        controls.put("sentence", sentence);
        return controls;
    }

    @Override
    protected void render(PositionalState state, PositionalEncodingResult result) {
        positions.setValue(state.positions());
        dims.setValue(state.dims());
        encoding.setValue(state.encoding());
        String curveText = Arrays.stream(state.curves()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        if (!curves.getValue().equals(curveText)) {
            curves.setValue(curveText);
        }
        seed.setValue(state.seed());
        if (!sentence.getValue().equals(state.sentence())) {
            sentence.setValue(state.sentence());
        }
        List<String> positionLabels = numbers(state.positions());
        boolean relative = state.encoding() == Scheme.RELATIVE;
        tableBlock.setVisible(!relative);
        if (!relative) {
            showTable(state, result, positionLabels);
        }
        scoresTitle.setText(relative ? "The relative bias b(j − i) added to each score"
                : "What position alone adds to each score: pᵢ · pⱼ");
        scoresAbout.setText(relative
                ? "Nothing is added to the words. Instead the score of query i and key j gets a bias that depends "
                        + "only on the offset j − i, so every diagonal has one colour. Here the biases are random, as "
                        + "a model starts before it learns them."
                : state.encoding() == Scheme.SINUSOIDAL
                        ? "The dot product of two position vectors is largest on the diagonal (d/2 = "
                                + state.dims() / 2 + ") and falls off with the distance |i − j|, the same along every "
                                + "diagonal: the sinusoidal table makes distance visible to attention."
                        : "A learned table starts random, so nearby positions are no more alike than far ones; "
                                + "training has to discover order.");
        double largest = 1e-9; // the colour scale runs from −largest (base colour) to +largest (full colour)
        for (double[] row : result.positionScores()) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        scores.setValueRange(-largest, largest);
        scores.setCategories(positionLabels);
        List<ApexChart.Series> rows = new ArrayList<>();
        for (int i = 0; i < state.positions(); i++) {
            rows.add(new ApexChart.Series(positionLabels.get(i), result.positionScores()[i]));
        }
        scores.setSeries(rows);
        showOrder(state, result);
    }

    private void showTable(PositionalState state, PositionalEncodingResult result, List<String> positionLabels) {
        boolean sinusoidal = state.encoding() == Scheme.SINUSOIDAL;
        tableTitle.setText(sinusoidal ? "Sinusoidal table, " + state.positions() + " positions × " + state.dims()
                + " dimensions" : "Learned table at its random start, " + state.positions() + " × " + state.dims());
        tableAbout.setText(sinusoidal
                ? "Column 2i holds sin(pos / 10000^(2i/d)) and column 2i + 1 the cosine of the same angle: the first "
                        + "columns turn fast, the last ones slowly, so every position gets a different pattern."
                : "One vector per position, trained with the rest of the model; it starts as random numbers "
                        + "(shown) and cannot describe positions beyond the last row.");
        List<String> dimLabels = numbers(state.dims());
        table.setCategories(dimLabels);
        List<ApexChart.Series> rows = new ArrayList<>();
        for (int p = 0; p < state.positions(); p++) {
            rows.add(new ApexChart.Series(positionLabels.get(p), result.table()[p]));
        }
        table.setSeries(rows);
        curveChart.setCategories(positionLabels);
        List<ApexChart.Series> lines = new ArrayList<>();
        for (int c : state.curves()) {
            double[] column = new double[state.positions()];
            for (int p = 0; p < column.length; p++) {
                column[p] = result.table()[p][c];
            }
            lines.add(new ApexChart.Series("dimension " + c + (sinusoidal ? (c % 2 == 0 ? " (sin)" : " (cos)") : ""),
                    column));
        }
        curveChart.setSeries(lines);
    }

    private void showOrder(PositionalState state, PositionalEncodingResult result) {
        String[] words = state.words();
        String original = String.join(" ", words);
        String reversed = IntStream.range(0, words.length).mapToObj(i -> words[words.length - 1 - i])
                .collect(Collectors.joining(" "));
        String scheme = switch (state.encoding()) {
            case SINUSOIDAL -> "the sinusoidal encoding";
            case LEARNED -> "the learned table";
            case RELATIVE -> "the relative bias";
        };
        orderSummary.setText("“" + original + "” against “" + reversed + "”. Without position information every "
                + "word gets the same attention output in both orders (largest difference "
                + small(result.largestGapWithout()) + "): attention sees a bag of words. With " + scheme
                + " the outputs differ (largest difference " + ValueTable.format(result.largestGapWith()) + ").");
        List<String> labels = distinct(Arrays.asList(words));
        gaps.setRows(labels, List.of(result.gapWithout(), result.gapWith()));
    }

    private static String small(double value) {
        return value < 1e-12 ? "below 10⁻¹², rounding only" : ValueTable.format(value);
    }

    private static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(Integer::toString).toList();
    }

    private static List<String> distinct(List<String> labels) {
        Map<String, Integer> seen = new HashMap<>();
        return labels.stream().map(l -> {
            int n = seen.merge(l, 1, Integer::sum);
            return n == 1 ? l : l + " #" + n;
        }).toList();
    }
}
