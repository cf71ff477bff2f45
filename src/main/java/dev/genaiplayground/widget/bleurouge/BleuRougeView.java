package dev.genaiplayground.widget.bleurouge;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import dev.genaiplayground.compute.TextMetrics;
import dev.genaiplayground.compute.TextMetricsResult;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.PersonText;
import dev.genaiplayground.widget.WidgetView;
import dev.genaiplayground.widget.bleurouge.BleuRougeState.Highlight;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A candidate sentence and its references, typed; the tokens of each with the chosen matches marked; BLEU's
 * n-gram precisions, brevity penalty and score (plain and smoothed); ROUGE-1, ROUGE-2 and ROUGE-L.
 *
 * <p>Typed text stays text: every token is put into the page as an element's text, never as markup.
 */
class BleuRougeView extends WidgetView<BleuRougeState, TextMetricsResult> {

    /** How long typing may pause before the scores follow, in milliseconds. */
    private static final int TYPING_PAUSE_MS = 350;

    private final TextField candidate = new TextField("Candidate: the text to score");
    private final TextArea references = new TextArea("References, one per line");
    private final RadioButtonGroup<Highlight> highlight = new RadioButtonGroup<>("Mark in the sentences");
    private final Paragraph legend = new Paragraph();
    private final Div texts = new Div();
    private final Paragraph bleuHeadline = new Paragraph();
    private final NativeTableBody bleuRows = new NativeTableBody();
    private final Paragraph brevity = new Paragraph();
    private final Paragraph bleuNote = new Paragraph();
    private final NativeTableBody rougeRows = new NativeTableBody();
    private final Paragraph rougeNote = new Paragraph();

    BleuRougeView(BleuRougeState initialState, Function<BleuRougeState, TextMetricsResult> compute) {
        super(initialState, compute);
        getContent().addClassName("bleu-rouge-widget");
        getContent().add(inputs(), matches(), scores());
        start();
    }

    private Div inputs() {
        candidate.addClassName("bleu-rouge-candidate");
        candidate.setHelperText("Up to " + BleuRougeState.MAX_TEXT_LENGTH + " characters. Scores follow as you type.");
        candidate.setValueChangeMode(ValueChangeMode.LAZY);
        candidate.setValueChangeTimeout(TYPING_PAUSE_MS);
        candidate.setMaxLength(4 * BleuRougeState.MAX_TEXT_LENGTH); // the state says why a text is too long
        candidate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withCandidate(e.getValue()));
            }
        });
        references.addClassName("bleu-rouge-references");
        references.setHelperText(BleuRougeState.MIN_REFERENCES + " to " + BleuRougeState.MAX_REFERENCES
                + " sentences: press Enter to start another one. Blank lines are left out.");
        references.setValueChangeMode(ValueChangeMode.LAZY);
        references.setValueChangeTimeout(TYPING_PAUSE_MS);
        references.setMaxLength(BleuRougeState.MAX_REFERENCES * 4 * (BleuRougeState.MAX_TEXT_LENGTH + 1));
        references.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tryUpdate(() -> state().withReferences(lines(e.getValue())));
            }
        });
        highlight.setItems(Highlight.values());
        highlight.setItemLabelGenerator(h -> switch (h) {
            case UNIGRAMS -> "words";
            case BIGRAMS -> "2-grams";
            case TRIGRAMS -> "3-grams";
            case FOURGRAMS -> "4-grams";
            case LCS -> "longest common subsequence";
        });
        highlight.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withHighlight(e.getValue()));
            }
        });
        Div inputs = new Div(candidate, references, highlight);
        inputs.addClassName("widget-controls");
        return inputs;
    }

    private Div matches() {
        legend.addClassName("bleu-rouge-legend");
        texts.addClassName("bleu-rouge-texts");
        Div matches = new Div(new H2("What matches"), legend, texts);
        matches.addClassName("widget-results");
        return matches;
    }

    private Div scores() {
        bleuHeadline.addClassName("bleu-rouge-headline");
        bleuHeadline.addClassName("bleu-rouge-bleu");
        brevity.addClassName("bleu-rouge-note");
        bleuNote.addClassName("bleu-rouge-note");
        rougeNote.addClassName("bleu-rouge-note");
        NativeTable bleuTable = table("BLEU: n-gram precisions", bleuRows, "n-grams", "Matched",
                "Precision", "Smoothed");
        bleuTable.addClassName("bleu-rouge-bleu-table");
        NativeTable rougeTable = table("ROUGE: recall, precision and F1", rougeRows, "Measure", "Recall",
                "Precision", "F1", "Ref.");
        rougeTable.addClassName("bleu-rouge-rouge-table");
        Div bleu = scrollable("BLEU", new H2("BLEU (precision)"), bleuHeadline, bleuTable, brevity, bleuNote);
        Div rouge = scrollable("ROUGE", new H2("ROUGE (recall)"), rougeTable, rougeNote);
        Div scores = new Div(bleu, rouge);
        scores.addClassName("bleu-rouge-scores");
        return scores;
    }

    /** A block that scrolls sideways on a narrow screen: a keyboard can focus it and scroll it with the arrows. */
    private static Div scrollable(String name, Component... parts) {
        Div block = new Div(parts);
        block.getElement().setAttribute("tabindex", "0");
        block.getElement().setAttribute("role", "region");
        block.getElement().setAttribute("aria-label", name);
        return block;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("candidate", candidate);
        controls.put("references", references);
        controls.put("highlight", highlight);
        return controls;
    }

    @Override
    protected void render(BleuRougeState state, TextMetricsResult result) {
        // Only a different text replaces what is typed: the state drops spaces at the ends, the person may not
        // have finished typing.
        if (!PersonText.tidy(candidate.getValue()).equals(state.candidate())) {
            candidate.setValue(state.candidate());
        }
        if (!Arrays.equals(lines(references.getValue()), state.references())) {
            references.setValue(String.join("\n", state.references()));
        }
        highlight.setValue(state.highlight());
        renderTexts(state, result);
        renderBleu(result);
        renderRouge(state, result);
    }

    private void renderTexts(BleuRougeState state, TextMetricsResult result) {
        Highlight shown = state.highlight();
        int n = shown.order();
        int lcsReference = result.rougeBest()[2];
        String[] refs = state.references();
        if (n > 0) {
            legend.setText("Marked in the candidate: its " + grams(n) + " that a reference also has, each counted "
                    + "at most as often as one reference has it (" + result.matches()[n - 1] + " of "
                    + result.totals()[n - 1] + " clipped matches, as BLEU counts them). Marked in each reference: "
                    + "its " + grams(n) + " that the candidate also has" + (n <= 2 ? " (what ROUGE-" + n
                    + " counts)." : "."));
        } else {
            legend.setText("Marked: a longest common subsequence, the same tokens in the same order with gaps "
                    + "allowed (what ROUGE-L counts). The candidate shows the one it shares with reference "
                    + (lcsReference + 1) + (refs.length > 1 ? ", the best ROUGE-L F1." : "."));
        }
        texts.removeAll();
        int[] candidateMarks = n > 0 ? result.candidateMatches()[n - 1] : result.candidateLcs()[lcsReference];
        texts.add(text("Candidate", TextMetrics.tokens(state.candidate()), candidateMarks));
        for (int k = 0; k < refs.length; k++) {
            int[] marks = n > 0 ? result.referenceMatches()[k][n - 1] : result.referenceLcs()[k];
            texts.add(text("Reference " + (k + 1), TextMetrics.tokens(refs[k]), marks));
        }
    }

    /** One sentence as its tokens, the marked ones in {@code <mark>}; tokens are set as text, never as HTML. */
    private static Div text(String name, List<String> tokens, int[] marks) {
        int marked = Arrays.stream(marks).sum();
        Paragraph label = new Paragraph(name + ": " + tokens.size() + (tokens.size() == 1 ? " token, " : " tokens, ")
                + marked + " marked");
        label.addClassName("bleu-rouge-text-label");
        Paragraph line = new Paragraph();
        line.addClassName("bleu-rouge-tokens");
        for (int i = 0; i < tokens.size(); i++) {
            Element token = new Element(marks[i] == 1 ? "mark" : "span");
            token.setText(tokens.get(i));
            line.getElement().appendChild(token);
        }
        Div text = new Div(label, line);
        text.addClassName("bleu-rouge-text");
        return text;
    }

    private void renderBleu(TextMetricsResult result) {
        bleuHeadline.setText("BLEU " + ValueTable.format(result.bleu()) + " · smoothed "
                + ValueTable.format(result.smoothedBleu()));
        bleuHeadline.getElement().setAttribute("data-bleu", Double.toString(result.bleu()));
        bleuHeadline.getElement().setAttribute("data-smoothed-bleu", Double.toString(result.smoothedBleu()));
        bleuRows.removeAll();
        for (int n = 1; n <= TextMetrics.MAX_ORDER; n++) {
            bleuRows.add(row(n + "-grams", cell(result.matches()[n - 1] + " of " + result.totals()[n - 1]),
                    number(result.precisions()[n - 1]), number(result.smoothedPrecisions()[n - 1])));
        }
        int c = result.candidateLength();
        int r = result.effectiveReferenceLength();
        brevity.setText("Brevity penalty: the candidate has c = " + c + " tokens, the closest reference length is r = "
                + r + (c > r ? ", so c > r and BP = 1." : ", so BP = exp(1 − r/c) = "
                + ValueTable.format(result.brevityPenalty()) + ".")
                + " BLEU = BP × (p₁ · p₂ · p₃ · p₄)^(1/4).");
        int firstZero = firstZero(result.precisions());
        if (firstZero >= 0) {
            boolean nothingToCount = result.totals()[firstZero] == 0;
            bleuNote.setText((nothingToCount ? "The candidate has no " + grams(firstZero + 1) + " at all"
                    : "No " + grams(firstZero + 1) + " match") + ", so p" + subscript(firstZero + 1)
                    + " = 0 and plain BLEU is 0. "
                    + (result.precisions()[0] == 0 ? "Smoothing leaves 1-grams alone, so smoothed BLEU is 0 too."
                    : "Smoothing adds one to the matched and the total 2-, 3- and 4-gram counts, which keeps "
                    + "the score above 0."));
        } else {
            bleuNote.setText("Smoothing adds one to the matched and the total 2-, 3- and 4-gram counts; it matters "
                    + "most when a count is 0.");
        }
    }

    private void renderRouge(BleuRougeState state, TextMetricsResult result) {
        rougeRows.removeAll();
        String[] names = {"ROUGE-1", "ROUGE-2", "ROUGE-L"};
        double[][] measures = {result.rouge1(), result.rouge2(), result.rougeL()};
        for (int m = 0; m < 3; m++) {
            rougeRows.add(row(names[m], number(measures[m][0]), number(measures[m][1]), number(measures[m][2]),
                    cell(Integer.toString(result.rougeBest()[m] + 1))));
        }
        int refs = state.references().length;
        rougeNote.setText("Recall: the share of the reference's words (bigrams, subsequence) that the candidate "
                + "has; precision: the share of the candidate's that the reference has; F1: their harmonic mean. "
                + "ROUGE-L counts the longest common subsequence ("
                + result.lcsLengths()[result.rougeBest()[2]] + " tokens)."
                + (refs > 1 ? " With " + refs + " references, each measure reports the reference with the best F1 "
                + "(Ref.)." : ""));
    }

    private static int firstZero(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String grams(int n) {
        return n == 1 ? "words" : n + "-grams";
    }

    private static String subscript(int n) {
        return String.valueOf((char) ('₀' + n));
    }

    /** The lines of a text, tidied, blank ones left out. */
    static String[] lines(String text) {
        return text.lines().map(PersonText::tidy).filter(line -> !line.isEmpty()).toArray(String[]::new);
    }

    private static NativeTable table(String caption, NativeTableBody body, String... headers) {
        NativeTable table = Tables.headed(caption, body, headers);
        table.addClassName("value-table");
        return table;
    }

    private static NativeTableRow row(String label, Component... cells) {
        NativeTableHeaderCell name = new NativeTableHeaderCell(label);
        name.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(name);
        row.add(cells);
        return row;
    }

    private static NativeTableCell number(double value) {
        NativeTableCell cell = new NativeTableCell(ValueTable.format(value));
        cell.getElement().setAttribute("data-value", Double.toString(value));
        return cell;
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }
}
