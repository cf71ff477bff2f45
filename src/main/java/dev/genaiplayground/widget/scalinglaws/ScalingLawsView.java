package dev.genaiplayground.widget.scalinglaws;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.genaiplayground.compute.ScalingLaws;
import dev.genaiplayground.compute.ScalingLawsResult;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.SvgPlot;
import dev.genaiplayground.ui.SvgPlot.Axis;
import dev.genaiplayground.ui.SvgPlot.Colour;
import dev.genaiplayground.ui.SvgPlot.Place;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Parameters and tokens on logarithmic sliders with the loss they give, a compute budget with its optimal split
 * next to the 20-tokens-per-parameter rule, loss against compute on log axes with three published models marked,
 * and the emergence demonstration: per-token accuracy against exact match of a k-token answer.
 */
class ScalingLawsView extends WidgetView<ScalingLawsState, ScalingLawsResult> {

    /** The loss plot starts at 10^17 FLOPs, below GPT-2; the curves' first points are off the scale there. */
    private static final double LOSS_PLOT_FROM = 1e17;

    private final SliderField params = SliderField.logarithmic("Parameters N", ScalingLawsState.MIN_PARAMS,
                    ScalingLawsState.MAX_PARAMS, 0.01, n -> tryUpdate(() -> state().withParams(n)),
                    text -> showProblem("Parameters: " + NumberText.notANumber(text)))
            .withReading(SliderField::scientific);
    private final SliderField tokens = SliderField.logarithmic("Training tokens D", ScalingLawsState.MIN_TOKENS,
                    ScalingLawsState.MAX_TOKENS, 0.01, d -> tryUpdate(() -> state().withTokens(d)),
                    text -> showProblem("Training tokens: " + NumberText.notANumber(text)))
            .withReading(SliderField::scientific);
    private final SliderField compute = SliderField.logarithmic("Compute budget C (FLOPs)",
                    ScalingLawsState.MIN_COMPUTE, ScalingLawsState.MAX_COMPUTE, 0.01,
                    c -> tryUpdate(() -> state().withCompute(c)),
                    text -> showProblem("Compute budget: " + NumberText.notANumber(text)))
            .withReading(SliderField::scientific);
    private final IntegerField answerTokens = new IntegerField("Answer length k (tokens)");
    private final Div models = new Div();
    private final Button useOptimum = new Button("Train the optimal model for this budget",
            e -> tryUpdate(() -> state().withParams(round3(result().optimalParams()))
                    .withTokens(round3(result().optimalTokens()))));
    private final Button useOwnCompute = new Button("Make this model's compute the budget",
            e -> tryUpdate(() -> state().withCompute(round3(6 * state().params() * state().tokens()))));
    private final Paragraph lossLine = new Paragraph();
    private final NativeTableBody comparison = new NativeTableBody();
    private final Paragraph budgetWords = new Paragraph();
    private final Svg lossPlot = new Svg();
    private final Svg emergencePlot = new Svg();
    private final Paragraph emergenceWords = new Paragraph();
    private ScalingLawsResult result;

    ScalingLawsView(ScalingLawsState initialState, Function<ScalingLawsState, ScalingLawsResult> computeResult) {
        super(initialState, computeResult);
        getContent().addClassName("scaling-laws-widget");
        params.addClassName("scaling-params");
        tokens.addClassName("scaling-tokens");
        compute.addClassName("scaling-compute");
        answerTokens.addClassName("scaling-answer-tokens");
        answerTokens.setMin(1);
        answerTokens.setMax(ScalingLawsState.MAX_ANSWER_TOKENS);
        answerTokens.setStepButtonsVisible(true);
        answerTokens.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("Answer length: enter a whole number of tokens from 1 to "
                            + ScalingLawsState.MAX_ANSWER_TOKENS + ".");
                } else {
                    tryUpdate(() -> state().withAnswerTokens(e.getValue()));
                }
            }
        });
        for (int m = 0; m < ScalingLaws.MODEL_NAMES.size(); m++) {
            int which = m;
            Button button = new Button(ScalingLaws.MODEL_NAMES.get(m), e -> tryUpdate(() -> state().withModel(
                    ScalingLaws.MODEL_PARAMS[which], ScalingLaws.MODEL_TOKENS[which])));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            models.add(button);
        }
        models.addClassName("widget-buttons");
        models.getElement().setAttribute("role", "group");
        models.getElement().setAttribute("aria-label", "Published models");
        useOptimum.addThemeVariants(ButtonVariant.LUMO_SMALL);
        useOptimum.addClassName("scaling-use-optimum");
        useOwnCompute.addThemeVariants(ButtonVariant.LUMO_SMALL);

        Div modelControls = new Div(params, tokens);
        modelControls.addClassName("widget-controls");
        Div budgetControls = new Div(compute);
        budgetControls.addClassName("widget-controls");
        Div actions = new Div(useOptimum, useOwnCompute);
        actions.addClassName("widget-buttons");
        lossLine.addClassName("scaling-loss");
        budgetWords.addClassName("scaling-budget-words");
        emergenceWords.addClassName("scaling-emergence-words");
        for (Paragraph p : new Paragraph[] {lossLine, budgetWords, emergenceWords}) {
            p.getStyle().set("margin", "0").set("max-width", "65ch").set("font-size", "var(--lumo-font-size-s)");
        }
        for (Svg svg : new Svg[] {lossPlot, emergencePlot}) {
            svg.getStyle().set("width", "100%").set("max-width", "36rem");
        }
        lossPlot.addClassName("scaling-loss-plot");
        emergencePlot.addClassName("scaling-emergence-plot");
        Div answerRow = new Div(answerTokens);
        answerRow.addClassName("widget-controls");
        NativeTable table = table();
        table.addClassName("scaling-comparison");
        Div tableScroll = new Div(table);
        tableScroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        // On a narrow screen the table scrolls sideways: a keyboard must reach it too.
        tableScroll.getElement().setAttribute("tabindex", "0");
        tableScroll.getElement().setAttribute("role", "region");
        tableScroll.getElement().setAttribute("aria-label", "Ways to spend the compute budget");

        getContent().add(new H2("A model and its data"), models, modelControls, lossLine,
                new H2("A compute budget"), budgetControls, actions, tableScroll, budgetWords, lossPlot,
                new H2("An “emergent” ability from a smooth curve"), answerRow, emergencePlot, emergenceWords);
        start();
    }

    private ScalingLawsResult result() {
        return result;
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("params", params);
        controls.put("tokens", tokens);
        controls.put("compute", compute);
        controls.put("answerTokens", answerTokens);
        controls.put("models", models);
        controls.put("optimum", useOptimum);
        controls.put("budget", useOwnCompute);
        return controls;
    }

    @Override
    protected void render(ScalingLawsState state, ScalingLawsResult r) {
        this.result = r;
        params.setValue(state.params());
        params.setHelperText(words(state.params()));
        tokens.setValue(state.tokens());
        tokens.setHelperText(words(state.tokens()));
        compute.setValue(state.compute());
        compute.setHelperText(power(state.compute()) + " FLOPs");
        answerTokens.setValue(state.answerTokens());

        lossLine.setText("L(N, D) = E + A/N^α + B/D^β = " + fixed(ScalingLaws.E) + " + " + fixed(r.paramTerm())
                + " + " + fixed(r.dataTerm()) + " = " + fixed(r.loss()) + " nats per token. Training it costs "
                + "6·N·D = " + power(r.trainingCompute()) + " FLOPs, with " + oneDecimal(r.tokensPerParam())
                + " tokens per parameter.");

        comparison.removeAll();
        comparison.add(row("optimal", "Fit’s optimum", r.optimalParams(), r.optimalTokens(),
                r.optimalTokensPerParam(), state.compute(), r.optimalLoss()));
        comparison.add(row("rule", "20 tokens/param", r.ruleParams(), r.ruleTokens(),
                ScalingLaws.RULE_TOKENS_PER_PARAM, state.compute(), r.ruleLoss()));
        comparison.add(row("yours", "Yours", state.params(), state.tokens(), r.tokensPerParam(),
                r.trainingCompute(), r.loss()));
        budgetWords.setText("With " + power(state.compute()) + " FLOPs the fit’s best split is "
                + words(r.optimalParams()) + " parameters on " + words(r.optimalTokens()) + " tokens ("
                + oneDecimal(r.optimalTokensPerParam()) + " per parameter), loss " + fixed(r.optimalLoss())
                + "; the rule of thumb picks " + words(r.ruleParams()) + " on " + words(r.ruleTokens())
                + ", loss " + fixed(r.ruleLoss()) + ". The two disagree on the split, yet their losses differ by only "
                + fixed(r.ruleLoss() - r.optimalLoss()) + ": near the best split the loss is flat.");

        lossPlot.setSvg(lossPlot(state, r));
        emergencePlot.setSvg(emergencePlot(state, r));
        double[] modelLoss = r.modelLoss();
        double[] exact = r.modelExactMatch();
        emergenceWords.setText("A toy model of a skill: each answer token is right with probability p = e^−(L − E), "
                + "which grows smoothly as the loss falls, and an answer of k = " + state.answerTokens()
                + " tokens counts only if all are right: p^k. GPT-2 (loss " + fixed(modelLoss[0]) + "): p = "
                + fixed(Math.exp(-(modelLoss[0] - ScalingLaws.E))) + ", exact match " + share(exact[0])
                + ". GPT-3 (loss " + fixed(modelLoss[1]) + "): p = "
                + fixed(Math.exp(-(modelLoss[1] - ScalingLaws.E))) + ", exact match " + share(exact[1])
                + ". Your N and D: p = " + fixed(r.tokenAccuracy()) + ", exact match " + share(r.exactMatch())
                + ". Per-token accuracy rises steadily; exact match stays near zero, then climbs.");
    }

    private static String lossPlot(ScalingLawsState state, ScalingLawsResult r) {
        double[] grid = r.gridCompute();
        SvgPlot plot = new SvgPlot(330, Axis.log("Training compute C (FLOPs)", LOSS_PLOT_FROM, grid[grid.length - 1]),
                Axis.log("Loss L (nats per token)", 1.6, 5),
                "Loss against compute on log axes: the compute-optimal frontier, the 20-tokens-per-parameter "
                        + "split, GPT-2, GPT-3 and Chinchilla, your model at loss " + fixed(r.loss())
                        + " and the budget line at " + power(state.compute()) + " FLOPs")
                .line("optimal split", grid, r.frontierLoss(), Colour.PRIMARY, false)
                .line("20 tokens/param", grid, r.ruleFrontierLoss(), Colour.MUTED, true)
                .verticalLine(state.compute(), "budget", Colour.MUTED);
        double[] mc = r.modelCompute();
        double[] ml = r.modelLoss();
        for (int m = 0; m < mc.length; m++) { // GPT-3 and Chinchilla sit close together: labels on either side
            plot.point(mc[m], ml[m], ScalingLaws.MODEL_NAMES.get(m), Colour.SUCCESS, false,
                    m == 1 ? Place.ABOVE_LEFT : m == 2 ? Place.BELOW_RIGHT : Place.AUTO);
        }
        plot.legendPoint(r.trainingCompute(), r.loss(), "your N and D", Colour.ERROR, true);
        return plot.toSvg();
    }

    private static String emergencePlot(ScalingLawsState state, ScalingLawsResult r) {
        double[] grid = r.gridCompute();
        SvgPlot plot = new SvgPlot(300, Axis.log("Training compute C (FLOPs), optimal split", grid[0],
                grid[grid.length - 1]), Axis.linear("Share right", 0, 1),
                "Along the compute-optimal frontier: per-token accuracy rises smoothly while exact match of a "
                        + state.answerTokens() + "-token answer stays near zero and then climbs steeply")
                .line("per-token accuracy p", grid, r.frontierTokenAccuracy(), Colour.MUTED, true)
                .line("exact match p^" + state.answerTokens(), grid, r.frontierExactMatch(), Colour.PRIMARY, false);
        double[] mc = r.modelCompute();
        double[] exact = r.modelExactMatch();
        for (int m = 0; m < mc.length - 1; m++) { // GPT-2 and GPT-3: the pair the curriculum contrasts
            plot.point(mc[m], exact[m], ScalingLaws.MODEL_NAMES.get(m), Colour.SUCCESS, false);
        }
        return plot.toSvg();
    }

    private NativeTable table() {
        NativeTable table = Tables.headed("Ways to spend the compute budget", comparison,
                "Split", "Params N", "Tokens D", "D / N", "Compute C", "Loss L");
        table.addClassName("value-table");
        return table;
    }

    private static NativeTableRow row(String key, String name, double n, double d, double ratio, double c,
                                      double loss) {
        NativeTableHeaderCell label = new NativeTableHeaderCell(name);
        label.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(label, cell(words(n), n), cell(words(d), d),
                cell(oneDecimal(ratio), ratio), cell(power(c), c), cell(fixed(loss), loss));
        row.getElement().setAttribute("data-row", key);
        return row;
    }

    private static NativeTableCell cell(String text, double value) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("data-value", Double.toString(value));
        return cell;
    }

    /** 70 billion, 1.4 trillion, 350 million: three significant digits and a word. */
    static String words(double count) {
        String[] names = {"thousand", "million", "billion", "trillion", "quadrillion"};
        int group = (int) Math.floor(Math.log10(count) / 3);
        if (group < 1) {
            return SliderField.plain(round3(count));
        }
        group = Math.min(group, names.length);
        return SliderField.plain(round3(count / Math.pow(10, 3 * group))) + " " + names[group - 1];
    }

    /** 5.88 × 10²³. */
    static String power(double value) {
        String text = SliderField.scientific(round3(value));
        int e = text.indexOf('e');
        String superscript = text.substring(e + 1).chars().mapToObj(c -> String.valueOf(
                "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c == '-' ? 0 : c - '0'))).reduce("", String::concat);
        if (text.charAt(e + 1) == '-') {
            superscript = "⁻" + superscript.substring(1);
        }
        return text.substring(0, e) + " × 10" + superscript;
    }

    private static double round3(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
    }

    private static String fixed(double value) {
        return ValueTable.format(value);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A probability as people read it: 0.044, 0.000068, or "below one in a million". */
    private static String share(double p) {
        if (p >= 0.001) {
            return fixed(p);
        }
        if (p >= 1e-6) {
            return new java.math.BigDecimal(p).round(new java.math.MathContext(2)).toPlainString();
        }
        return "below one in a million";
    }
}
