package dev.genaiplayground.widget.modelsize;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.ModelSize;
import dev.genaiplayground.compute.ModelSizeResult;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * A transformer's shape in, its cost out: where the parameters sit, FLOPs, training compute, memory at each
 * precision, the KV cache, and a rough time per generated token on a chosen device.
 */
class ModelSizeView extends WidgetView<ModelSizeState, ModelSizeResult> {

    private final Map<String, Component> controls = new LinkedHashMap<>();
    private final IntegerField layers = whole("layers", "Layers", ModelSizeState::withLayers);
    private final IntegerField dModel = whole("dModel", "Width d_model", ModelSizeState::withDModel);
    private final IntegerField heads = whole("heads", "Attention heads", ModelSizeState::withHeads);
    private final IntegerField kvHeads = whole("kvHeads", "Key/value heads", ModelSizeState::withKvHeads);
    private final IntegerField vocab = whole("vocab", "Vocabulary", ModelSizeState::withVocab);
    private final IntegerField context = whole("context", "Context (tokens)", ModelSizeState::withContext);
    private final NumberField ffRatio = decimal("ffRatio", "Feed-forward ratio", ModelSizeState::withFfRatio);
    private final Checkbox gated = flag("gated", "Gated feed-forward (SwiGLU)", ModelSizeState::withGated);
    private final Checkbox biases = flag("biases", "Biases", ModelSizeState::withBiases);
    private final Checkbox tied = flag("tied", "Tied input and output embeddings", ModelSizeState::withTied);
    private final Checkbox learnedPositions = flag("learnedPositions", "Learned position embeddings",
            ModelSizeState::withLearnedPositions);
    private final NumberField tokens = decimal("tokens", "Training tokens D", ModelSizeState::withTokens);
    private final IntegerField batch = whole("batch", "Batch (sequences)", ModelSizeState::withBatch);
    private final Select<Precision> precision = choice("precision", "Precision", Precision.values(),
            Precision::title, ModelSizeState::withPrecision);
    private final Select<Device> device = choice("device", "Device", Device.values(), Device::title,
            ModelSizeState::withDevice);

    private final Paragraph total = new Paragraph();
    private final ValueTable parts = new ValueTable("Where the parameters are", "Part", "Parameters", "Share");
    private final ValueTable costs = new ValueTable("Compute", "Quantity", "Value");
    private final ApexChart memory = ApexChart.bar(200).setDataLabels(true, 1);
    private final Paragraph memoryText = new Paragraph();
    private final Paragraph latencyText = new Paragraph();

    ModelSizeView(ModelSizeState initialState, Function<ModelSizeState, ModelSizeResult> compute) {
        super(initialState, compute);
        getContent().addClassName("model-size-widget");

        Div presets = new Div(new Span("Presets:"));
        presets.addClassName("model-size-presets");
        for (ModelSizePresets preset : ModelSizePresets.values()) {
            Button button = new Button(preset.title(), e -> tryUpdate(() -> preset.shapeOf(state())));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            presets.add(button);
        }
        controls.put("presets", presets);

        total.addClassName("model-size-total");
        memory.setAxisTitles("", "GB");
        memoryText.addClassName("model-size-memory");
        latencyText.addClassName("model-size-latency");
        tokens.setStep(1);

        getContent().add(new H2("Shape"), presets,
                row(layers, dModel, heads, kvHeads, vocab, context, ffRatio),
                row(gated, biases, tied, learnedPositions),
                results(new H2("Parameters"), total, parts),
                new H2("Training and running"), row(tokens, batch, precision, device),
                results(costs, new H2("Memory for the weights"), memory, memoryText, latencyText));
        start();
    }

    @Override
    protected Map<String, Component> controls() {
        return controls;
    }

    @Override
    protected void render(ModelSizeState state, ModelSizeResult r) {
        layers.setValue(state.layers());
        dModel.setValue(state.dModel());
        heads.setValue(state.heads());
        kvHeads.setValue(state.kvHeads());
        vocab.setValue(state.vocab());
        context.setValue(state.context());
        ffRatio.setValue(state.ffRatio());
        gated.setValue(state.gated());
        biases.setValue(state.biases());
        tied.setValue(state.tied());
        learnedPositions.setValue(state.learnedPositions());
        tokens.setValue(state.tokens());
        tokens.setHelperText("= " + Quantities.count(state.tokens()) + " tokens, "
                + Quantities.significant(state.tokens() / r.totalParameters()) + " per parameter");
        batch.setValue(state.batch());
        precision.setValue(state.precision());
        device.setValue(state.device());

        total.setText(Quantities.exact(r.totalParameters()) + " parameters (" + Quantities.count(r.totalParameters())
                + "), " + state.layers() + " layers of " + Quantities.exact(r.attentionParametersPerLayer()
                + r.feedForwardParametersPerLayer() + r.normParametersPerLayer()) + " each.");
        double all = r.totalParameters();
        double[] counts = {r.embeddingParameters(), r.positionParameters(),
                (double) state.layers() * r.attentionParametersPerLayer(),
                (double) state.layers() * r.feedForwardParametersPerLayer(),
                (double) state.layers() * r.normParametersPerLayer() + r.finalNormParameters(),
                r.unembeddingParameters(), all};
        parts.setRows(List.of("Token embedding", "Position embedding", "Attention (all layers)",
                        "Feed-forward (all layers)", "Norms", "Output layer", "Total"),
                List.of(counts, Arrays.stream(counts).map(c -> c / all).toArray()),
                (row, column, value) -> column == 0 ? Quantities.exact(value)
                        : Quantities.significant(value * 100) + " %");

        List<DoubleFunction<String>> costFormats = List.of(Quantities::scientific, Quantities::scientific,
                Quantities::scientific, Quantities::gigabytes, Quantities::gigabytes, Quantities::exact);
        costs.setRows(List.of("FLOPs per token, forward (≈ 2N)", "… plus attention over the context",
                        "Training compute C ≈ 6ND", "KV cache (" + state.precision().title() + ")",
                        "Weights + KV cache", state.device().title() + "s needed"),
                List.of(new double[] {r.flopsPerToken(), r.attentionFlopsPerToken(), r.trainingFlops(),
                        r.kvCacheGigabytes(), r.memoryGigabytes(), r.devicesNeeded()}),
                (row, column, value) -> costFormats.get(row).apply(value));

        memory.setCategories(Arrays.asList(ModelSize.PRECISIONS));
        memory.setSeries(List.of(new ApexChart.Series("weights (GB)", r.weightGigabytes())));
        memoryText.setText("The weights alone take " + Quantities.gigabytes(r.weightGigabytes()[0]) + " at fp32 and "
                + Quantities.gigabytes(r.weightGigabytes()[3]) + " at int4. One " + state.device().title()
                + " holds " + Quantities.gigabytes(state.device().memory() / 1e9) + ".");
        latencyText.setText("Each generated token (for all " + state.batch() + " sequences of the batch) takes about "
                + Quantities.millis(r.millisPerStep()) + " on " + state.device().title() + ": "
                + Quantities.millis(r.memoryMillisPerStep()) + " to read the weights and KV cache from memory, "
                + Quantities.millis(r.computeMillisPerStep()) + " of arithmetic at peak FLOP/s, so it is "
                + (r.memoryBound() ? "memory-bound" : "compute-bound") + ": about "
                + Quantities.significant(r.tokensPerSecond()) + " tokens per second. Real systems reach a part "
                + "of the peak, so read this as a lower bound on the time.");
    }

    private Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("widget-controls");
        return row;
    }

    private Div results(Component... parts) {
        Div results = new Div(parts);
        results.addClassName("widget-results");
        return results;
    }

    private IntegerField whole(String name, String label, BiFunction<ModelSizeState, Integer, ModelSizeState> with) {
        IntegerField field = new IntegerField(label);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setStepButtonsVisible(true);
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                showProblem(label + ": type a whole number.");
            } else {
                tryUpdate(() -> with.apply(state(), e.getValue()));
            }
        });
        controls.put(name, field);
        return field;
    }

    private NumberField decimal(String name, String label, BiFunction<ModelSizeState, Double, ModelSizeState> with) {
        NumberField field = new NumberField(label);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                showProblem(label + ": type a number.");
            } else {
                tryUpdate(() -> with.apply(state(), e.getValue()));
            }
        });
        controls.put(name, field);
        return field;
    }

    private Checkbox flag(String name, String label, BiFunction<ModelSizeState, Boolean, ModelSizeState> with) {
        Checkbox box = new Checkbox(label);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> with.apply(state(), e.getValue()));
            }
        });
        controls.put(name, box);
        return box;
    }

    private <T> Select<T> choice(String name, String label, T[] items, Function<T, String> title,
                                 BiFunction<ModelSizeState, T, ModelSizeState> with) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(title::apply);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> with.apply(state(), e.getValue()));
            }
        });
        controls.put(name, select);
        return select;
    }
}
