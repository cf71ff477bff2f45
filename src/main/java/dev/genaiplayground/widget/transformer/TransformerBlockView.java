package dev.genaiplayground.widget.transformer;

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
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.TransformerBlock;
import dev.genaiplayground.compute.TransformerBlockResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The settings (seed, stack height, residuals, layer norms, causal mask), every stage of the block on show with its
 * shape and statistics, one head's attention as a heatmap, and each block's output through the stack: its spread
 * and how different its tokens still are.
 */
class TransformerBlockView extends WidgetView<TransformerBlockState, TransformerBlockResult> {

    private static final String[] STAGE_NAMES = TransformerBlock.stageNames();

    private final IntegerField seed = new IntegerField("Seed");
    private final Button newSeed = new Button("New seed", VaadinIcon.RANDOM.create());
    private final SliderField blocks = SliderField.linear("Blocks in the stack", 1, TransformerBlockState.MAX_BLOCKS,
            1, n -> tryUpdate(() -> state().withBlocks((int) n)),
            text -> showProblem("Blocks in the stack: type a whole number from 1 to "
                    + TransformerBlockState.MAX_BLOCKS + ", not “" + text + "”."));
    private final Checkbox residual = new Checkbox("Residual connections");
    private final Checkbox layerNorm = new Checkbox("Layer norms");
    private final Checkbox causal = new Checkbox("Causal mask (no looking ahead)");
    private final Select<Integer> shownBlock = new Select<>();
    private final H2 stagesTitle = new H2();
    private final ValueTable stages = new ValueTable("Every stage of the block: shape and statistics", "Stage",
            "Mean", "Std", "Min", "Max");
    private final Select<Integer> item = new Select<>();
    private final Select<Integer> head = new Select<>();
    private final ApexChart heatmap = ApexChart.heatmap(420).setValueRange(0, 1).setDataLabels(false, 2)
            .setAxisTitles("Key position: the token attended to", "Query position");
    private final Paragraph attentionNote = new Paragraph();
    private final ApexChart stdChart = ApexChart.line(220).setDataLabels(false, 2)
            .setAxisTitles("Block", "Std of the output");
    private final ApexChart spreadChart = ApexChart.line(220).setDataLabels(false, 2)
            .setAxisTitles("Block", "Token spread");
    private final ValueTable perBlock = new ValueTable("Each block's output", "Block", "Mean", "Std", "Min", "Max",
            "Token spread");
    private final Paragraph verdict = new Paragraph();
    private final Random random = new Random();

    TransformerBlockView(TransformerBlockState initialState,
                         Function<TransformerBlockState, TransformerBlockResult> compute) {
        super(initialState, compute);
        getContent().addClassName("transformer-block-widget");
        getContent().add(settings(), stagesPart(), attentionPart(), stackPart());
        start();
    }

    private Div settings() {
        seed.setMin(0);
        seed.setMax(TransformerBlockState.MAX_SEED);
        seed.setStepButtonsVisible(true);
        seed.setWidth("11rem");
        seed.setHelperText("weights and input");
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("Enter a whole number from 0 to " + TransformerBlockState.MAX_SEED + " as the seed.");
                } else {
                    tryUpdate(() -> state().withSeed(e.getValue()));
                }
            }
        });
        newSeed.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newSeed.addClickListener(e -> tryUpdate(() -> state().withSeed(random.nextInt(1_000_000))));
        residual.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withResidual(e.getValue()));
            }
        });
        layerNorm.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withLayerNorm(e.getValue()));
            }
        });
        causal.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withCausal(e.getValue()));
            }
        });
        Div toggles = new Div(residual, layerNorm, causal);
        toggles.addClassName("widget-toggles");
        Div settings = new Div(seed, newSeed, blocks, toggles);
        settings.addClassName("widget-controls");
        return settings;
    }

    private Div stagesPart() {
        shownBlock.setLabel("Block on show");
        shownBlock.setWidth("10rem");
        shownBlock.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withBlock(e.getValue()));
            }
        });
        stages.addClassName("transformer-stages");
        Paragraph note = new Paragraph("Shapes are (batch, sequence, features) or, split into heads, (batch, heads, "
                + "sequence, 32). Std is the standard deviation of all the tensor's numbers.");
        note.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div part = new Div(stagesTitle, shownBlock, note, scrolling(stages));
        part.addClassName("widget-results");
        return part;
    }

    private Div attentionPart() {
        item.setLabel("Batch item");
        item.setItems(IntStream.rangeClosed(1, TransformerBlockState.BATCH).boxed().toList());
        item.setItemLabelGenerator(i -> "Item " + i + " of " + TransformerBlockState.BATCH);
        item.setWidth("10rem");
        item.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withItem(e.getValue()));
            }
        });
        head.setLabel("Head");
        head.setItems(IntStream.rangeClosed(1, TransformerBlockState.HEADS).boxed().toList());
        head.setItemLabelGenerator(h -> "Head " + h + " of " + TransformerBlockState.HEADS);
        head.setWidth("10rem");
        head.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withHead(e.getValue()));
            }
        });
        heatmap.addClassName("transformer-heatmap");
        heatmap.setCategories(positions());
        attentionNote.addClassName("transformer-attention-note");
        Div pickers = new Div(item, head);
        pickers.addClassName("widget-controls");
        Div part = new Div(new H2("Attention weights of one head"), pickers, heatmap, attentionNote);
        part.addClassName("widget-results");
        return part;
    }

    private Div stackPart() {
        stdChart.addClassName("transformer-std-chart");
        spreadChart.addClassName("transformer-spread-chart");
        // <apex-chart> is an inline element, which has no width outside a flex container: make it a block.
        stdChart.getStyle().set("display", "block");
        spreadChart.getStyle().set("display", "block");
        perBlock.addClassName("transformer-blocks");
        verdict.addClassName("transformer-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        Div charts = new Div(titled("Std of each block's output", stdChart),
                titled("Token spread: how different the tokens still are", spreadChart));
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        Div part = new Div(new H2("Through the stack"), verdict, charts, scrolling(perBlock));
        part.addClassName("widget-results");
        return part;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("seed", seed);
        controls.put("newSeed", newSeed);
        controls.put("blocks", blocks);
        controls.put("residual", residual);
        controls.put("layerNorm", layerNorm);
        controls.put("causal", causal);
        controls.put("block", shownBlock);
        controls.put("item", item);
        controls.put("head", head);
        return controls;
    }

    @Override
    protected void render(TransformerBlockState state, TransformerBlockResult result) {
        seed.setValue(state.seed());
        blocks.setValue(state.blocks());
        residual.setValue(state.residual());
        layerNorm.setValue(state.layerNorm());
        causal.setValue(state.causal());
        List<Integer> blockNumbers = IntStream.rangeClosed(1, state.blocks()).boxed().toList();
        if (!blockNumbers.equals(shownBlock.getListDataView().getItems().toList())) {
            shownBlock.setItems(blockNumbers);
            shownBlock.setItemLabelGenerator(b -> "Block " + b + " of " + state().blocks());
        }
        shownBlock.setValue(state.block());
        item.setValue(state.item());
        head.setValue(state.head());

        stagesTitle.setText(state.blocks() == 1 ? "Every stage of the block" : "Every stage of block "
                + state.block());
        List<String> stageLabels = new ArrayList<>();
        for (int s = 0; s < STAGE_NAMES.length; s++) {
            stageLabels.add(stageName(s, state) + "  " + shape(result.stageShapes()[s]));
        }
        stages.setRows(stageLabels, columns(result.stageStats(), 4));

        List<String> positions = positions();
        List<ApexChart.Series> rows = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            rows.add(new ApexChart.Series(positions.get(i), result.attention()[i]));
        }
        heatmap.setSeries(rows);
        attentionNote.setText(attentionNote(state, result.attention()));

        List<String> blockLabels = blockNumbers.stream().map(String::valueOf).toList();
        double[] std = Arrays.stream(result.blockStats()).mapToDouble(r -> r[1]).toArray();
        stdChart.setCategories(blockLabels);
        stdChart.setSeries(List.of(new ApexChart.Series("Std of the output", std)));
        spreadChart.setCategories(blockLabels);
        spreadChart.setSeries(List.of(new ApexChart.Series("Token spread", result.tokenSpread())));
        List<double[]> blockColumns = columns(result.blockStats(), 4);
        blockColumns.add(result.tokenSpread());
        perBlock.setRows(blockLabels, blockColumns);
        verdict.setText(verdict(state, result));
    }

    private static String stageName(int stage, TransformerBlockState state) {
        String name = STAGE_NAMES[stage];
        if (!state.layerNorm() && (stage == 1 || stage == 9)) {
            return name + " (off: passes its input on)";
        }
        if (!state.residual() && (stage == 8 || stage == 12)) {
            return name + " (off: no input added)";
        }
        return name;
    }

    private static String attentionNote(TransformerBlockState state, double[][] attention) {
        int widest = 0;
        double strongest = 0;
        for (int i = 0; i < attention.length; i++) {
            double top = Arrays.stream(attention[i]).max().orElse(0);
            if (top > strongest) {
                strongest = top;
                widest = i;
            }
        }
        return "Each row is one query token's attention over the keys and sums to 1"
                + (state.causal() ? "; the causal mask leaves the upper triangle at exactly 0." : ".")
                + " The largest single weight here is " + number(strongest) + ", in row " + (widest + 1) + ". "
                + "The weights are random, not trained, so no head has learned a pattern yet.";
    }

    private static String verdict(TransformerBlockState state, TransformerBlockResult result) {
        int n = state.blocks();
        double std = result.blockStats()[n - 1][1];
        double spread = result.tokenSpread()[n - 1];
        String after = "After " + (n == 1 ? "the block" : n + " blocks") + " the output's std is " + number(std)
                + " (the input's is about 1) and the token spread is " + number(spread) + ". ";
        if (state.residual() && state.layerNorm()) {
            return after + "With residual connections and layer norms the stack stays well-behaved: each block adds"
                    + " a little to the residual stream, and the tokens stay distinct.";
        }
        if (state.residual()) {
            return after + "Without layer norms nothing rescales the residual stream, so every block adds more "
                    + "than the one before and the activations grow.";
        }
        if (state.layerNorm()) {
            return after + "Without residual connections each block replaces its input; attention averages the "
                    + "tokens again and again until they carry nearly the same vector (the spread collapses).";
        }
        return after + "Without residuals or layer norms each block shrinks its input: the activations collapse "
                + "towards 0.";
    }

    private static String number(double value) {
        if (value != 0 && Math.abs(value) < 0.001) {
            return String.format(Locale.ROOT, "%.1e", value).replace('-', '−');
        }
        return ValueTable.format(value);
    }

    private static List<double[]> columns(double[][] rows, int count) {
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int column = c;
            columns.add(Arrays.stream(rows).mapToDouble(r -> r[column]).toArray());
        }
        return columns;
    }

    private static String shape(int[] shape) {
        return Arrays.stream(shape).mapToObj(String::valueOf).collect(Collectors.joining(" × ", "(", ")"));
    }

    private static List<String> positions() {
        return IntStream.rangeClosed(1, TransformerBlock.SEQUENCE).mapToObj(i -> "t" + i).toList();
    }

    /** A table that scrolls sideways on a narrow screen; a Tab stop, so the keyboard can scroll it too. */
    private static Div scrolling(ValueTable table) {
        Div box = new Div(table);
        box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", table.getElement().getAttribute("aria-label"));
        return box;
    }

    private static Div titled(String title, Component content) {
        Div block = new Div(new H3(title), content);
        block.addClassName("matrix-block");
        block.getStyle().set("min-width", "0");
        return block;
    }
}
