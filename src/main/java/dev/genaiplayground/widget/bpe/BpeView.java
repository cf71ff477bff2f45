package dev.genaiplayground.widget.bpe;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.Bpe;
import dev.genaiplayground.compute.BpeResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Training text (typed or a sample), the number of merges, the merge on show with the training text's tokens after
 * it, a test sentence as tokens and ids with its counts, the token count against the number of merges, a context
 * window meter and the learned vocabulary.
 */
class BpeView extends WidgetView<BpeState, BpeResult> {

    private static final String OWN = "own";
    /** Tokens of the training text shown at most; the rest are counted. */
    private static final int SHOWN_TEXT_TOKENS = 300;
    private static final int[] CONTEXT_PRESETS = {512, 4096, 8192, 131072};

    private final Select<String> sample = new Select<>();
    private final TextArea text = new TextArea("Training text");
    private final SliderField merges = SliderField.linear("Merges", 0, BpeState.MAX_MERGES, 1,
            m -> tryUpdate(() -> state().withMerges((int) m)));
    private final StepControl step = new StepControl(s -> tryUpdate(() -> state().withStep(s)));
    private final Paragraph stepNote = new Paragraph();
    private final TokenChips textTokens = new TokenChips("The training text as tokens after the merge on show");
    private final TextField sentence = new TextField("Test sentence");
    private final TokenChips sentenceTokens = new TokenChips("The test sentence as tokens");
    private final NativeTableBody counts = new NativeTableBody();
    private final Paragraph decoded = new Paragraph();
    private final ApexChart chart = ApexChart.line(240);
    private final IntegerField context = new IntegerField("Context window (tokens)");
    private final Div contextPresets = new Div();
    private final ProgressBar meter = new ProgressBar(0, 1);
    private final Paragraph meterNote = new Paragraph();
    private final Grid<VocabEntry> vocabulary = new Grid<>();

    /** One learned token for the vocabulary table. */
    record VocabEntry(int id, String token, String parts, int count) {
    }

    BpeView(BpeState initialState, Function<BpeState, BpeResult> compute) {
        super(initialState, compute);
        getContent().addClassName("bpe-widget");
        getContent().add(trainingPart(), stepPart(), sentencePart(), tradeOffPart(), contextPart(), vocabularyPart());
        start();
    }

    private Div trainingPart() {
        sample.setLabel("Sample text");
        sample.setWidth("20rem");
        sample.getStyle().set("max-width", "100%");
        List<String> items = new ArrayList<>();
        BpeSamples.names().forEach(items::add);
        items.add(OWN);
        sample.setItems(items);
        sample.setItemLabelGenerator(BpeSamples::title);
        sample.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !OWN.equals(e.getValue())) {
                tryUpdate(() -> state().withText(BpeSamples.text(e.getValue())));
            }
        });
        text.setWidthFull();
        text.setMaxHeight("12rem");
        text.addClassName("bpe-text");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withText(e.getValue()));
            }
        });
        merges.addClassName("bpe-merges");
        Div controls = new Div(sample, merges);
        controls.addClassName("widget-controls");
        return part("Training text", controls, text);
    }

    private Div stepPart() {
        stepNote.addClassName("bpe-note");
        stepNote.addClassName("bpe-step-note");
        stepNote.getElement().setAttribute("aria-live", "polite");
        textTokens.addClassName("bpe-text-tokens");
        return part("Step through training", step, stepNote, textTokens);
    }

    private Div sentencePart() {
        sentence.setWidthFull();
        sentence.addClassName("bpe-sentence");
        sentence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withSentence(e.getValue()));
            }
        });
        sentenceTokens.addClassName("bpe-sentence-tokens");
        NativeTable table = Tables.headed("Lengths in characters, bytes and tokens", counts,
                "Length in", "Test sentence", "Training text");
        table.addClassName("bpe-counts");
        decoded.addClassName("bpe-note");
        decoded.addClassName("bpe-decoded");
        return part("Test sentence", sentence, sentenceTokens, table, decoded);
    }

    private Div tradeOffPart() {
        chart.addClassName("bpe-chart");
        // at most a dozen labels along the merges axis, whole numbers of tokens up the other
        chart.options().put("xaxis", elemental.json.Json.parse("{\"tickAmount\": 12}"));
        chart.options().put("yaxis", elemental.json.Json.parse("{\"decimalsInFloat\": 0}"));
        chart.setAxisTitles("Merges (vocabulary = 256 + merges)", "Tokens of the training text");
        Paragraph note = new Paragraph("Each merge adds one token to the vocabulary and makes the text shorter in "
                + "tokens; the gains shrink as the common pairs run out.");
        note.addClassName("bpe-note");
        return part("Vocabulary size against sequence length", chart, note);
    }

    private Div contextPart() {
        context.setMin(1);
        context.setMax(BpeState.MAX_CONTEXT);
        context.setStepButtonsVisible(true);
        context.addClassName("bpe-context");
        context.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("context: enter a whole number of tokens from 1 to " + BpeState.MAX_CONTEXT + ".");
                } else {
                    tryUpdate(() -> state().withContext(e.getValue()));
                }
            }
        });
        for (int preset : CONTEXT_PRESETS) {
            Button button = new Button(preset >= 1024 ? preset / 1024 + "K" : Integer.toString(preset),
                    e -> tryUpdate(() -> state().withContext(preset)));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", "Context window of " + preset + " tokens");
            contextPresets.add(button);
        }
        contextPresets.addClassName("widget-buttons");
        contextPresets.getElement().setAttribute("role", "group");
        contextPresets.getElement().setAttribute("aria-label", "Common context windows");
        Div controls = new Div(context, contextPresets);
        controls.addClassName("widget-controls");
        meter.addClassName("bpe-meter");
        meter.getElement().setAttribute("aria-label", "How much of the context window the training text fills");
        meterNote.addClassName("bpe-note");
        meterNote.addClassName("bpe-meter-note");
        return part("Context window", controls, meter, meterNote);
    }

    private Div vocabularyPart() {
        vocabulary.addColumn(VocabEntry::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        vocabulary.addColumn(VocabEntry::token).setHeader("Token").setFlexGrow(1);
        vocabulary.addColumn(VocabEntry::parts).setHeader("Made from").setFlexGrow(1);
        vocabulary.addColumn(VocabEntry::count).setHeader("Pairs merged").setAutoWidth(true).setFlexGrow(0);
        vocabulary.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        vocabulary.setHeight("18rem");
        vocabulary.addClassName("bpe-vocabulary");
        Paragraph note = new Paragraph("Ids 0 to 255 are the 256 possible bytes; every merge adds one token. A byte "
                + "that is only part of a character is written like <0xE2>, a space as ␣ and a line break as ↵.");
        note.addClassName("bpe-note");
        return part("Vocabulary", note, vocabulary);
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("samples", sample);
        controls.put("text", text);
        controls.put("merges", merges);
        controls.put("step", step);
        controls.put("sentence", sentence);
        controls.put("context", context);
        controls.put("context-presets", contextPresets);
        return controls;
    }

    @Override
    protected void render(BpeState state, BpeResult result) {
        String name = BpeSamples.nameOf(state.text());
        sample.setValue(name == null ? OWN : name);
        if (!text.getValue().equals(state.text())) {
            text.setValue(state.text());
        }
        text.setHelperText(result.textCharacters() + " characters, " + result.textBytes() + " of at most "
                + Bpe.MAX_TEXT_BYTES + " bytes in UTF-8");
        merges.setLabel("Merges: a vocabulary of " + (Bpe.BYTE_TOKENS + state.merges()) + " tokens (256 bytes + "
                + state.merges() + ")");
        merges.setValue(state.merges());

        step.show(state.step(), state.merges());
        stepNote.setText(stepText(state, result));
        int shownStep = Math.min(state.step(), result.learnedMerges());
        textTokens.setTokens(texts(result, result.stepIds()), result.stepIds(),
                shownStep == 0 ? -1 : Bpe.BYTE_TOKENS + shownStep - 1, SHOWN_TEXT_TOKENS);

        if (!sentence.getValue().equals(state.sentence())) {
            sentence.setValue(state.sentence());
        }
        sentenceTokens.setTokens(texts(result, result.sentenceIds()), result.sentenceIds(), -1, Integer.MAX_VALUE);
        counts.removeAll();
        countRow("Characters", result.sentenceCharacters(), result.textCharacters());
        countRow("UTF-8 bytes", result.sentenceBytes(), result.textBytes());
        countRow("Tokens", result.sentenceTokens(), result.textTokens());
        String back = result.decode(result.sentenceIds());
        decoded.setText("Decoded from the ids: “" + back + "”, " + (back.equals(state.sentence())
                ? "exactly the sentence, byte for byte." : "which differs from the sentence!"));

        chart.setCategories(IntStream.rangeClosed(0, state.merges()).mapToObj(Integer::toString).toList());
        chart.setSeries(List.of(new ApexChart.Series("Training text",
                Arrays.stream(result.textTokensAfter()).asDoubleStream().toArray())));

        context.setValue(state.context());
        meter.setValue(Math.min(1, result.contextFill()));
        boolean fits = result.contextFill() <= 1;
        meterNote.setText("The training text is " + result.textTokens() + " tokens (" + result.textCharacters()
                + " characters): " + percent(result.contextFill()) + " of a " + String.format(Locale.ROOT, "%,d",
                state.context()) + "-token window" + (fits ? "." : ", so it does not fit; "
                + (result.textTokens() - state.context()) + " tokens are cut off.") + " The window counts tokens, "
                + "not characters: at " + String.format(Locale.ROOT, "%.2f", result.charactersPerToken())
                + " characters per token it holds about " + String.format(Locale.ROOT, "%,.0f",
                result.contextCharacters()) + " characters of text like this.");
        meterNote.setClassName("bpe-meter-over", !fits);

        List<VocabEntry> entries = new ArrayList<>();
        for (int m = 0; m < result.learnedMerges(); m++) {
            int[] pair = result.mergePairs()[m];
            entries.add(new VocabEntry(Bpe.BYTE_TOKENS + m, result.tokenText(Bpe.BYTE_TOKENS + m),
                    result.tokenText(pair[0]) + " + " + result.tokenText(pair[1]), result.mergeCounts()[m]));
        }
        vocabulary.setItems(entries);
    }

    private static String stepText(BpeState state, BpeResult result) {
        int s = state.step();
        if (s == 0) {
            return "Before any merge every byte is a token: the training text is " + result.textTokensAfter()[0]
                    + " tokens, one per byte. Press “Next merge” to learn the first pair.";
        }
        if (s > result.learnedMerges()) {
            return "Merge " + s + " was not learned: after " + result.learnedMerges() + " merges no pair of tokens "
                    + "occurs twice in the training text any more, so training stopped.";
        }
        int id = Bpe.BYTE_TOKENS + s - 1;
        int[] pair = result.mergePairs()[s - 1];
        return "Merge " + s + " of " + state.merges() + ": the most frequent pair “" + result.tokenText(pair[0])
                + "” + “" + result.tokenText(pair[1]) + "” (" + pair[0] + ", " + pair[1] + "), seen "
                + result.mergeCounts()[s - 1] + " times, becomes token " + id + " “" + result.tokenText(id)
                + "”. The training text goes from " + result.textTokensAfter()[s - 1] + " to "
                + result.textTokensAfter()[s] + " tokens; the new token is outlined below.";
    }

    private void countRow(String what, int sentenceValue, int textValue) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(what);
        label.getElement().setAttribute("scope", "row");
        row.add(label);
        for (int value : new int[] {sentenceValue, textValue}) {
            NativeTableCell cell = new NativeTableCell(Integer.toString(value));
            cell.getElement().setAttribute("data-value", Integer.toString(value));
            row.add(cell);
        }
        counts.add(row);
    }

    private static String[] texts(BpeResult result, int[] ids) {
        return Arrays.stream(ids).mapToObj(result::tokenText).toArray(String[]::new);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, fraction < 0.01 ? "%.2f%%" : "%.0f%%", 100 * fraction);
    }

    private static Div part(String title, Component... content) {
        Div part = new Div(new H2(title));
        part.add(content);
        part.addClassName("widget-results");
        return part;
    }
}
