package dev.genaiplayground.widget.backprop;

import static dev.genaiplayground.widget.backprop.NetworkGraph.gradient;
import static dev.genaiplayground.widget.backprop.NetworkGraph.sub;
import static dev.genaiplayground.widget.backprop.NetworkGraph.value;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.genaiplayground.compute.Backprop;
import dev.genaiplayground.compute.BackpropResult;
import dev.genaiplayground.compute.BackpropStep;
import dev.genaiplayground.ui.MatrixGrid;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Step buttons, the network as a graph, what the current step computed in words and numbers, tables of node values
 * and of gradients beside their finite-difference estimates, and editors for the inputs, target, weights and biases.
 */
class BackpropView extends WidgetView<BackpropState, BackpropResult> {

    private final Button reset = button("Reset", VaadinIcon.REFRESH, "backprop-reset");
    private final Button back = button("Back", VaadinIcon.ARROW_LEFT, "backprop-back");
    private final Button next = button("Step", VaadinIcon.ARROW_RIGHT, "backprop-step");
    private final Button forward = button("Whole forward pass", VaadinIcon.FAST_FORWARD, "backprop-forward");
    private final Button backward = button("Whole backward pass", VaadinIcon.FAST_FORWARD, "backprop-backward");
    private final Div steps = new Div(reset, back, next, forward, backward);
    private final Paragraph stepTitle = new Paragraph();
    private final Paragraph explanation = new Paragraph();
    private final NetworkGraph graph = new NetworkGraph();
    private final NumberTable values = new NumberTable("Node values", "Node", "Value");
    private final NumberTable gradients = new NumberTable("Gradients and finite-difference estimates",
            "Gradient", "Chain rule", "Finite difference", "Difference");
    private final Paragraph gradientsEmpty = new Paragraph("Step into the backward pass to fill in the gradients.");
    private final Paragraph valuesEmpty = new Paragraph("Press Step to run the forward pass.");
    private final MatrixGrid inputs;
    private final MatrixGrid hiddenLayer;
    private final MatrixGrid outputLayer;

    BackpropView(BackpropState initialState, Function<BackpropState, BackpropResult> compute) {
        super(initialState, compute);
        getContent().addClassName("backprop-widget");

        reset.addClickListener(e -> tryUpdate(() -> state().withStep(0)));
        back.addClickListener(e -> tryUpdate(() -> state().withStep(Math.max(0, state().step() - 1))));
        next.addClickListener(e -> tryUpdate(() -> state().withStep(Math.min(Backprop.LAST_STEP, state().step() + 1))));
        forward.addClickListener(e -> tryUpdate(() -> state().withStep(BackpropState.FORWARD_DONE)));
        backward.addClickListener(e -> tryUpdate(() -> state().withStep(Backprop.LAST_STEP)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        steps.addClassName("widget-buttons");
        steps.getElement().setAttribute("role", "group");
        steps.getElement().setAttribute("aria-label", "Step through the forward and backward pass");

        stepTitle.addClassName("backprop-step-title");
        explanation.addClassName("backprop-explanation");
        explanation.getElement().setAttribute("aria-live", "polite");
        explanation.getStyle().set("margin", "0").set("max-width", "65ch").set("min-height", "3em")
                .set("padding", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)")
                .set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("background", "var(--lumo-contrast-5pct)");
        stepTitle.getStyle().set("margin", "0").set("font-weight", "600");

        inputs = MatrixGrid.editor("Inputs and target", listener((row, column, v) -> column < Backprop.INPUTS
                ? state().withInput(column, v) : state().withTarget(v), "Inputs and target", new String[] {"x₁",
                "x₂", "target t"}));
        hiddenLayer = MatrixGrid.editor("Hidden layer", listener((row, column, v) ->
                state().withHiddenParameter(row, column, v), "Hidden layer", new String[] {"from x₁", "from x₂",
                "bias"}));
        outputLayer = MatrixGrid.editor("Output layer", listener((row, column, v) ->
                state().withOutputParameter(column, v), "Output layer", new String[] {"from h₁", "from h₂",
                "bias"}));
        inputs.addClassName("backprop-inputs");
        hiddenLayer.addClassName("backprop-hidden-layer");
        outputLayer.addClassName("backprop-output-layer");
        Div editors = new Div(titled("Inputs and target", inputs), titled("Hidden layer: W1 and b1", hiddenLayer),
                titled("Output layer: w2 and b2", outputLayer));
        editors.addClassName("matrix-row");

        graph.getStyle().set("flex", "1 1 18rem").set("max-width", "24rem").set("min-width", "0");
        values.addClassName("backprop-values");
        gradients.addClassName("backprop-gradients");
        gradientsEmpty.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        valuesEmpty.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        Div tables = new Div(new Div(new H3("Values"), valuesEmpty, values), new Div(new H3("Gradients ∂L/∂·"), gradientsEmpty, gradients));
        tables.addClassName("matrix-row");
        tables.getStyle().set("flex", "1 1 18rem").set("align-content", "flex-start");
        Div picture = new Div(graph, tables);
        picture.addClassName("matrix-row");

        Div results = new Div(stepTitle, explanation, picture);
        results.addClassName("widget-results");
        getContent().add(new H2("Step through"), steps, results, new H2("Inputs and weights"), editors);
        start();
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("step", steps);
        controls.put("inputs", inputs);
        controls.put("target", inputs);
        controls.put("w1", hiddenLayer);
        controls.put("b1", hiddenLayer);
        controls.put("w2", outputLayer);
        controls.put("b2", outputLayer);
        return controls;
    }

    @Override
    protected void render(BackpropState state, BackpropResult result) {
        int step = state.step();
        reset.setEnabled(step > 0);
        back.setEnabled(step > 0);
        next.setEnabled(step < Backprop.LAST_STEP);
        forward.setEnabled(step != BackpropState.FORWARD_DONE);
        backward.setEnabled(step < Backprop.LAST_STEP);

        double[] x = state.inputs();
        double[][] w1 = state.w1();
        double[] b1 = state.b1();
        double[] w2 = state.w2();
        inputs.setValues(new double[][] {{x[0], x[1], state.target()}}, List.of("value"),
                List.of("x₁", "x₂", "target t"));
        hiddenLayer.setValues(new double[][] {{w1[0][0], w1[0][1], b1[0]}, {w1[1][0], w1[1][1], b1[1]}},
                List.of("h₁", "h₂"), List.of("from x₁", "from x₂", "bias"));
        outputLayer.setValues(new double[][] {{w2[0], w2[1], state.b2()}}, List.of("y"),
                List.of("from h₁", "from h₂", "bias"));

        BackpropStep now = result.stepOnShow();
        stepTitle.setText("Step " + step + " of " + Backprop.LAST_STEP + ": " + now.title()
                + (now.rule().isEmpty() ? "" : ",  " + now.rule()));
        explanation.setText(explain(state, result));
        graph.show(state, result);
        List<NumberTable.Line> nodeValues = valueLines(result);
        values.setLines(nodeValues);
        values.setVisible(!nodeValues.isEmpty());
        valuesEmpty.setVisible(nodeValues.isEmpty());
        List<NumberTable.Line> lines = gradientLines(result);
        gradients.setLines(lines);
        gradients.setVisible(!lines.isEmpty());
        gradientsEmpty.setVisible(lines.isEmpty());
    }

    private static List<NumberTable.Line> valueLines(BackpropResult r) {
        List<NumberTable.Line> lines = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            if (r.isRevealed(BackpropStep.HIDDEN_SUM)) {
                lines.add(new NumberTable.Line("z" + sub(j), "z" + (j + 1), r.hiddenSum()[j]));
            }
        }
        for (int j = 0; j < 2; j++) {
            if (r.isRevealed(BackpropStep.HIDDEN)) {
                lines.add(new NumberTable.Line("h" + sub(j), "h" + (j + 1), r.hidden()[j]));
            }
        }
        if (r.isRevealed(BackpropStep.OUTPUT_SUM)) {
            lines.add(new NumberTable.Line("u", "u", r.outputSum()));
        }
        if (r.isRevealed(BackpropStep.OUTPUT)) {
            lines.add(new NumberTable.Line("y", "y", r.output()));
        }
        if (r.isRevealed(BackpropStep.LOSS)) {
            lines.add(new NumberTable.Line("L", "L", r.loss()));
        }
        return lines;
    }

    private static List<NumberTable.Line> gradientLines(BackpropResult r) {
        List<NumberTable.Line> lines = new ArrayList<>();
        if (r.isRevealed(BackpropStep.D_OUTPUT)) {
            lines.add(line("∂L/∂y", "dOutput", r.dOutput(), r.numericDOutput()));
        }
        if (r.isRevealed(BackpropStep.D_OUTPUT_SUM)) {
            lines.add(line("∂L/∂u", "dOutputSum", r.dOutputSum(), r.numericDOutputSum()));
        }
        if (r.isRevealed(BackpropStep.D_W2)) {
            for (int j = 0; j < 2; j++) {
                lines.add(line("∂L/∂w2" + sub(j), "dW2[" + j + "]", r.dW2()[j], r.numericDW2()[j]));
            }
            lines.add(line("∂L/∂b2", "dB2", r.dB2(), r.numericDB2()));
        }
        if (r.isRevealed(BackpropStep.D_HIDDEN)) {
            for (int j = 0; j < 2; j++) {
                lines.add(line("∂L/∂h" + sub(j), "dHidden[" + j + "]", r.dHidden()[j], r.numericDHidden()[j]));
            }
        }
        if (r.isRevealed(BackpropStep.D_HIDDEN_SUM)) {
            for (int j = 0; j < 2; j++) {
                lines.add(line("∂L/∂z" + sub(j), "dHiddenSum[" + j + "]", r.dHiddenSum()[j],
                        r.numericDHiddenSum()[j]));
            }
        }
        if (r.isRevealed(BackpropStep.D_W1)) {
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    lines.add(line("∂L/∂W1" + sub(j) + sub(i), "dW1[" + j + "][" + i + "]", r.dW1()[j][i],
                            r.numericDW1()[j][i]));
                }
            }
            for (int j = 0; j < 2; j++) {
                lines.add(line("∂L/∂b1" + sub(j), "dB1[" + j + "]", r.dB1()[j], r.numericDB1()[j]));
            }
        }
        return lines;
    }

    private static NumberTable.Line line(String label, String name, double chainRule, double estimate) {
        return new NumberTable.Line(label, name, chainRule, estimate, chainRule - estimate);
    }

    /** What the step on show computed, with the numbers put in. */
    private static String explain(BackpropState s, BackpropResult r) {
        double[] x = s.inputs();
        double[][] w1 = s.w1();
        double[] b1 = s.b1();
        double[] w2 = s.w2();
        StringBuilder text = new StringBuilder();
        switch (r.stepOnShow()) {
            case START -> text.append("Only the inputs and weights are known. Press Step to run the network "
                    + "forward one node at a time; every value then feeds the next.");
            case HIDDEN_SUM -> {
                for (int j = 0; j < 2; j++) {
                    text.append("z").append(sub(j)).append(" = ").append(value(w1[j][0])).append(" · ")
                            .append(value(x[0])).append(" + ").append(value(w1[j][1])).append(" · ")
                            .append(value(x[1])).append(" + ").append(value(b1[j])).append(" = ")
                            .append(value(r.hiddenSum()[j])).append(j == 0 ? ";  " : ".");
                }
            }
            case HIDDEN -> text.append("h₁ = σ(").append(value(r.hiddenSum()[0])).append(") = ")
                    .append(value(r.hidden()[0])).append(";  h₂ = σ(").append(value(r.hiddenSum()[1]))
                    .append(") = ").append(value(r.hidden()[1])).append(". The sigmoid σ(z) = 1 / (1 + e^−z) "
                            + "squashes every sum into 0 to 1.");
            case OUTPUT_SUM -> text.append("u = ").append(value(w2[0])).append(" · ").append(value(r.hidden()[0]))
                    .append(" + ").append(value(w2[1])).append(" · ").append(value(r.hidden()[1])).append(" + ")
                    .append(value(s.b2())).append(" = ").append(value(r.outputSum())).append('.');
            case OUTPUT -> text.append("y = σ(").append(value(r.outputSum())).append(") = ")
                    .append(value(r.output())).append('.');
            case LOSS -> text.append("L = ½ (").append(value(r.output())).append(" − ").append(value(s.target()))
                    .append(")² = ").append(gradient(r.loss())).append(". The forward pass is done; now the backward "
                            + "pass asks how L changes when each number changes.");
            case D_OUTPUT -> text.append("Start at the loss: ∂L/∂L = 1. Then ∂L/∂y = y − t = ")
                    .append(value(r.output())).append(" − ").append(value(s.target())).append(" = ")
                    .append(gradient(r.dOutput())).append('.');
            case D_OUTPUT_SUM -> text.append("One local factor: ∂y/∂u = y (1 − y) = ").append(gradient(r.outputSlope()))
                    .append(". So ∂L/∂u = ").append(gradient(r.dOutput())).append(" · ")
                    .append(gradient(r.outputSlope())).append(" = ").append(gradient(r.dOutputSum())).append('.');
            case D_W2 -> text.append("∂u/∂w2ⱼ = hⱼ, so ∂L/∂w2₁ = ").append(gradient(r.dOutputSum())).append(" · ")
                    .append(value(r.hidden()[0])).append(" = ").append(gradient(r.dW2()[0])).append(";  ∂L/∂w2₂ = ")
                    .append(gradient(r.dOutputSum())).append(" · ").append(value(r.hidden()[1])).append(" = ")
                    .append(gradient(r.dW2()[1])).append(";  ∂L/∂b2 = ∂L/∂u · 1 = ").append(gradient(r.dB2()))
                    .append('.');
            case D_HIDDEN -> text.append("∂u/∂hⱼ = w2ⱼ, so ∂L/∂h₁ = ").append(gradient(r.dOutputSum())).append(" · ")
                    .append(value(w2[0])).append(" = ").append(gradient(r.dHidden()[0])).append(";  ∂L/∂h₂ = ")
                    .append(gradient(r.dOutputSum())).append(" · ").append(value(w2[1])).append(" = ")
                    .append(gradient(r.dHidden()[1])).append('.');
            case D_HIDDEN_SUM -> {
                text.append("∂hⱼ/∂zⱼ = hⱼ (1 − hⱼ), so ");
                for (int j = 0; j < 2; j++) {
                    text.append("∂L/∂z").append(sub(j)).append(" = ").append(gradient(r.dHidden()[j])).append(" · ")
                            .append(gradient(r.hiddenSlope()[j])).append(" = ").append(gradient(r.dHiddenSum()[j]))
                            .append(j == 0 ? ";  " : ".");
                }
            }
            case D_W1 -> text.append("∂zⱼ/∂W1ⱼᵢ = xᵢ, so ∂L/∂W1₁₁ = ").append(gradient(r.dHiddenSum()[0]))
                    .append(" · ").append(value(x[0])).append(" = ").append(gradient(r.dW1()[0][0]))
                    .append(", and so on for all four. The whole chain for W1₁₁: ∂L/∂y · ∂y/∂u · ∂u/∂h₁ · ∂h₁/∂z₁ · "
                            + "∂z₁/∂W1₁₁ = ").append(gradient(r.dOutput())).append(" · ")
                    .append(gradient(r.outputSlope())).append(" · ").append(value(w2[0])).append(" · ")
                    .append(gradient(r.hiddenSlope()[0])).append(" · ").append(value(x[0])).append(" = ")
                    .append(gradient(r.dW1()[0][0])).append(". Nudging W1₁₁ by ±").append(Backprop.EPSILON)
                    .append(" and measuring L gives ").append(gradient(r.numericDW1()[0][0])).append('.');
        }
        return text.toString().replace("1.0E-5", "0.00001");
    }

    private interface CellEdit {
        BackpropState apply(int row, int column, double value);
    }

    private MatrixGrid.EditListener listener(CellEdit edit, String what, String[] columns) {
        return new MatrixGrid.EditListener() {
            @Override
            public void edited(int row, int column, double v) {
                tryUpdate(() -> edit.apply(row, column, v));
            }

            @Override
            public void rejected(int row, int column, String text) {
                showProblem(what + ", " + columns[Math.min(column, columns.length - 1)] + ": "
                        + NumberText.notANumber(text));
            }
        };
    }

    private static Button button(String text, VaadinIcon icon, String className) {
        Button button = new Button(text, icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private static Div titled(String title, Component content) {
        Div block = new Div(new H3(title), content);
        block.addClassName("matrix-block");
        return block;
    }
}
