package dev.genaiplayground.widget.masks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.AttentionMasks.Architecture;
import dev.genaiplayground.compute.AttentionMasksResult;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The architecture, the sentence (and target) a person types, and for each attention the architecture has: who may
 * see whom as a grid of ✓ and ✕, and the attention weights as a heatmap (blocked cells are exactly 0).
 */
class MasksView extends WidgetView<MasksState, AttentionMasksResult> {

    private final RadioButtonGroup<Architecture> architecture = new RadioButtonGroup<>("Architecture");
    private final TextField sentence = new TextField("Sentence");
    private final TextField target = new TextField("Target (decoder)");
    private final Div targetBox = new Div(target);
    private final IntegerField seed = new IntegerField("Embedding seed");
    private final Panel sentencePanel = new Panel("sentence");
    private final Panel targetPanel = new Panel("target");
    private final Panel crossPanel = new Panel("cross");

    MasksView(MasksState initialState, Function<MasksState, AttentionMasksResult> compute) {
        super(initialState, compute);
        getContent().addClassName("masks-widget");
        getContent().add(settings(), results());
        start();
    }

    private Div settings() {
        architecture.setItems(Architecture.values());
        architecture.setItemLabelGenerator(a -> switch (a) {
            case ENCODER -> "Encoder-only (BERT): sees both ways";
            case DECODER -> "Decoder-only (GPT): no looking ahead";
            case ENCODER_DECODER -> "Encoder–decoder (translation)";
        });
        architecture.addClassName("masks-architecture");
        architecture.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withArchitecture(e.getValue()));
            }
        });
        String limits = "Words separated by spaces, 1 to " + MasksState.MAX_WORDS + "; Enter applies";
        sentence.setHelperText(limits);
        sentence.setMaxLength(400);
        sentence.setWidth("22rem");
        sentence.getStyle().set("max-width", "100%");
        sentence.addClassName("masks-sentence-field");
        sentence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withSentence(e.getValue()));
            }
        });
        target.setHelperText(limits);
        target.setMaxLength(400);
        target.setWidth("22rem");
        target.getStyle().set("max-width", "100%");
        target.addClassName("masks-target-field");
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withTarget(e.getValue()));
            }
        });
        seed.setMin(0);
        seed.setMax(MasksState.MAX_SEED);
        seed.setStepButtonsVisible(true);
        seed.setHelperText("Picks the word vectors");
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("Enter a whole number from 0 to " + MasksState.MAX_SEED + " as the seed.");
                } else {
                    tryUpdate(() -> state().withSeed(e.getValue()));
                }
            }
        });
        Div texts = new Div(sentence, targetBox, seed);
        texts.addClassName("widget-controls");
        Div settings = new Div(architecture, texts);
        settings.addClassName("widget-results");
        return settings;
    }

    private Div results() {
        Div results = new Div(sentencePanel, targetPanel, crossPanel);
        results.addClassName("widget-results");
        return results;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("architecture", architecture);
        controls.put("sentence", sentence);
        controls.put("target", target);
        controls.put("seed", seed);
        return controls;
    }

    @Override
    protected void render(MasksState state, AttentionMasksResult result) {
        architecture.setValue(state.architecture());
        if (!sentence.getValue().equals(state.sentence())) {
            sentence.setValue(state.sentence());
        }
        if (!target.getValue().equals(state.target())) {
            target.setValue(state.target());
        }
        seed.setValue(state.seed());
        boolean both = state.architecture() == Architecture.ENCODER_DECODER;
        targetBox.setVisible(both);
        sentence.setLabel(both ? "Source sentence (encoder)" : "Sentence");

        List<String> words = Arrays.asList(state.sentenceWords());
        List<String> targetWords = Arrays.asList(state.targetWords());
        switch (state.architecture()) {
            case ENCODER -> sentencePanel.show("Encoder self-attention: bidirectional",
                    "Every word may attend to every word of the sentence, before and after it, itself included. "
                            + "This is how BERT reads: the whole input at once.",
                    result.sentenceMask(), result.sentenceWeights(), words, words);
            case DECODER -> sentencePanel.show("Decoder self-attention: causal",
                    "A word may attend only to itself and the words before it: the later ones are masked, so "
                            + "their weights are exactly 0. This is how GPT is trained to predict the next word.",
                    result.sentenceMask(), result.sentenceWeights(), words, words);
            case ENCODER_DECODER -> sentencePanel.show("1. Encoder self-attention: bidirectional",
                    "The encoder reads the whole source sentence; every word sees every word.",
                    result.sentenceMask(), result.sentenceWeights(), words, words);
        }
        targetPanel.setVisible(both);
        crossPanel.setVisible(both);
        if (both) {
            targetPanel.show("2. Decoder self-attention: causal",
                    "The decoder writes the target one word at a time, so each target word sees only itself and "
                            + "the target words before it.",
                    result.targetMask(), result.targetWeights(), targetWords, targetWords);
            crossPanel.show("3. Cross-attention: decoder queries, encoder keys",
                    "Each target word (a row) may look at every word of the source sentence (a column): the "
                            + "queries come from the decoder, the keys and values from the encoder's output.",
                    result.crossMask(), result.crossWeights(), targetWords, words);
        }
    }

    /** One attention: a title, what its mask means, the mask as ✓/✕ and the weights as a heatmap. */
    private static final class Panel extends Div {

        private final H2 title = new H2();
        private final Paragraph about = new Paragraph();
        private final Paragraph count = new Paragraph();
        private final MaskTable mask;
        private final ApexChart heatmap = ApexChart.heatmap(300).setValueRange(0, 1).setDataLabels(true, 2)
                .setAxisTitles("Key: the word looked at", "Query: the word looking");

        Panel(String name) {
            mask = new MaskTable("Who may see whom: " + name);
            addClassName("masks-" + name);
            mask.addClassName("masks-" + name + "-mask");
            heatmap.addClassName("masks-" + name + "-heatmap");
            heatmap.getElement().getStyle().set("display", "block"); // a custom element is inline: no width to draw in
            about.getStyle().set("margin", "0").set("max-width", "65ch").set("font-size", "var(--lumo-font-size-s)");
            count.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div scroll = new Div(mask);
            scroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
            Div maskBlock = new Div(heading("Who may see whom"), scroll, count);
            maskBlock.addClassName("matrix-block");
            Div heatBlock = new Div(heading("Attention weights (each row sums to 1)"), heatmap);
            heatBlock.addClassName("matrix-block");
            heatBlock.getStyle().set("flex", "1 1 20rem");
            Div row = new Div(maskBlock, heatBlock);
            row.addClassName("matrix-row");
            add(title, about, row);
            addClassName("widget-results");
        }

        private static Component heading(String text) {
            com.vaadin.flow.component.html.H3 h = new com.vaadin.flow.component.html.H3(text);
            return h;
        }

        void show(String heading, String text, int[][] allowed, double[][] weights, List<String> queries,
                  List<String> keys) {
            title.setText(heading);
            about.setText(text);
            mask.setMask(allowed, queries, keys);
            int open = 0;
            for (int[] row : allowed) {
                for (int cell : row) {
                    open += cell;
                }
            }
            int all = queries.size() * keys.size();
            count.setText(open + " of " + all + " pairs allowed" + (open < all ? "; " + (all - open)
                    + " masked (weight exactly 0)" : ""));
            List<String> columns = distinct(keys);
            List<String> rows = distinct(queries);
            heatmap.setCategories(columns);
            List<ApexChart.Series> series = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                series.add(new ApexChart.Series(rows.get(i), weights[i]));
            }
            heatmap.setSeries(series);
        }

        /** Repeated words get a #2, #3 suffix so the chart can tell its rows and columns apart. */
        private static List<String> distinct(List<String> labels) {
            Map<String, Integer> seen = new HashMap<>();
            return labels.stream().map(l -> {
                int n = seen.merge(l, 1, Integer::sum);
                return n == 1 ? l : l + " #" + n;
            }).toList();
        }
    }
}
