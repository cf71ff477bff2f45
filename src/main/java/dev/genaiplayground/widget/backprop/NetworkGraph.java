package dev.genaiplayground.widget.backprop;

import com.vaadin.flow.component.Svg;
import dev.genaiplayground.compute.BackpropResult;
import dev.genaiplayground.compute.BackpropStep;
import java.util.Locale;

/**
 * The 2-2-1 network drawn top to bottom as an SVG built on the server from numbers and fixed names only (nothing a
 * person typed): inputs, hidden units, output and loss as boxes, each with its value and, once the backward pass
 * reaches it, its gradient ∂L/∂(node) in the accent colour; every weight on its edge with its gradient below.
 * Quantities not computed yet show "?"; those the current step computed are outlined. Narrow on purpose (340
 * units wide), so that it stays readable on a 390 px phone.
 */
class NetworkGraph extends Svg {

    private static final double[] INPUT_X = {88, 252};
    private static final double[] HIDDEN_X = {88, 252};
    private static final double OUTPUT_X = 170;
    private static final double INPUT_Y = 40;
    private static final double HIDDEN_Y = 200;
    private static final double OUTPUT_Y = 350;
    private static final double LOSS_Y = 470;
    private static final double HALF_WIDTH = 72;
    private static final double HALF_HEIGHT = 23;

    private static final String STYLE = """
            <style>
            .bp-graph text { font: 12px var(--lumo-font-family, sans-serif); fill: var(--lumo-body-text-color); }
            .bp-graph .bp-grad { fill: var(--lumo-primary-text-color); }
            .bp-graph .bp-unknown { fill: var(--lumo-secondary-text-color); }
            .bp-graph .bp-node { fill: var(--lumo-base-color); stroke: var(--lumo-contrast-50pct); stroke-width: 1.2; }
            .bp-graph .bp-now { stroke: var(--lumo-primary-color); stroke-width: 3; }
            .bp-graph .bp-edge { stroke: var(--lumo-contrast-40pct); stroke-width: 1.2; }
            .bp-graph .bp-label { paint-order: stroke; stroke: var(--lumo-base-color); stroke-width: 4px; }
            .bp-graph .bp-label-now { font-weight: 700; }
            </style>""";

    NetworkGraph() {
        addClassName("backprop-graph");
    }

    void show(BackpropState state, BackpropResult result) {
        StringBuilder svg = new StringBuilder(6000);
        svg.append("<svg class=\"bp-graph\" viewBox=\"0 0 340 500\" role=\"img\" aria-label=\"")
                .append(description(result)).append("\" xmlns=\"http://www.w3.org/2000/svg\">").append(STYLE);
        BackpropStep now = result.stepOnShow();
        boolean dw1 = result.isRevealed(BackpropStep.D_W1);
        boolean dw2 = result.isRevealed(BackpropStep.D_W2);
        double[][] w1 = state.w1();
        double[] w2 = state.w2();

        // edges first, so that boxes and labels sit on top
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                line(svg, INPUT_X[i], INPUT_Y + HALF_HEIGHT, HIDDEN_X[j], HIDDEN_Y - HALF_HEIGHT);
            }
        }
        for (int j = 0; j < 2; j++) {
            line(svg, HIDDEN_X[j], HIDDEN_Y + HALF_HEIGHT, OUTPUT_X, OUTPUT_Y - HALF_HEIGHT);
        }
        line(svg, OUTPUT_X, OUTPUT_Y + HALF_HEIGHT, OUTPUT_X, LOSS_Y - HALF_HEIGHT);

        // hidden weights W1[j][i] on the edge from x_i to h_j: straight edges beside the line, crossing ones a
        // third of the way down, where the two crossing edges are still far apart
        boolean nowW1 = now == BackpropStep.D_W1;
        weight(svg, 82, 116, "end", w1[0][0], dw1, result.dW1()[0][0], nowW1);
        weight(svg, 258, 116, "start", w1[1][1], dw1, result.dW1()[1][1], nowW1);
        weight(svg, 130, 95, "middle", w1[1][0], dw1, result.dW1()[1][0], nowW1);
        weight(svg, 210, 95, "middle", w1[0][1], dw1, result.dW1()[0][1], nowW1);
        boolean nowW2 = now == BackpropStep.D_W2;
        weight(svg, 122, 272, "end", w2[0], dw2, result.dW2()[0], nowW2);
        weight(svg, 218, 272, "start", w2[1], dw2, result.dW2()[1], nowW2);

        double[] x = state.inputs();
        for (int i = 0; i < 2; i++) {
            box(svg, INPUT_X[i], INPUT_Y, false, new Row("x" + sub(i), true, x[i], false, 0));
        }
        boolean hiddenNow = now == BackpropStep.HIDDEN_SUM || now == BackpropStep.HIDDEN
                || now == BackpropStep.D_HIDDEN || now == BackpropStep.D_HIDDEN_SUM;
        for (int j = 0; j < 2; j++) {
            box(svg, HIDDEN_X[j], HIDDEN_Y, hiddenNow,
                    new Row("z" + sub(j), result.isRevealed(BackpropStep.HIDDEN_SUM), result.hiddenSum()[j],
                            result.isRevealed(BackpropStep.D_HIDDEN_SUM), result.dHiddenSum()[j]),
                    new Row("h" + sub(j), result.isRevealed(BackpropStep.HIDDEN), result.hidden()[j],
                            result.isRevealed(BackpropStep.D_HIDDEN), result.dHidden()[j]));
        }
        boolean outputNow = now == BackpropStep.OUTPUT_SUM || now == BackpropStep.OUTPUT
                || now == BackpropStep.D_OUTPUT || now == BackpropStep.D_OUTPUT_SUM;
        box(svg, OUTPUT_X, OUTPUT_Y, outputNow,
                new Row("u", result.isRevealed(BackpropStep.OUTPUT_SUM), result.outputSum(),
                        result.isRevealed(BackpropStep.D_OUTPUT_SUM), result.dOutputSum()),
                new Row("y", result.isRevealed(BackpropStep.OUTPUT), result.output(),
                        result.isRevealed(BackpropStep.D_OUTPUT), result.dOutput()));
        box(svg, OUTPUT_X, LOSS_Y, now == BackpropStep.LOSS,
                new Row("L", result.isRevealed(BackpropStep.LOSS), result.loss(),
                        result.isRevealed(BackpropStep.D_OUTPUT), 1),
                new Row("t", true, state.target(), false, 0));
        svg.append("</svg>");
        setSvg(svg.toString());
    }

    /** One line of a box: a name, its value (or "?") and its gradient ∂L/∂name (or "?", or nothing). */
    private record Row(String name, boolean known, double value, boolean gradientKnown, double gradient) {
    }

    private static void box(StringBuilder svg, double cx, double cy, boolean now, Row... rows) {
        svg.append(String.format(Locale.ROOT,
                "<rect class=\"bp-node%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\"/>",
                now ? " bp-now" : "", cx - HALF_WIDTH, cy - HALF_HEIGHT, 2 * HALF_WIDTH, 2 * HALF_HEIGHT));
        double top = cy - (rows.length - 1) * 8 + 4;
        for (int r = 0; r < rows.length; r++) {
            Row row = rows[r];
            double y = top + r * 16;
            text(svg, cx - HALF_WIDTH + 8, y, "start", "", row.name() + " " + (row.known() ? value(row.value()) : "?"),
                    !row.known());
            boolean hasGradient = !row.name().equals("t") && !row.name().startsWith("x");
            if (hasGradient) {
                text(svg, cx + HALF_WIDTH - 8, y, "end", "bp-grad",
                        "∂ " + (row.gradientKnown() ? gradient(row.gradient()) : "?"), !row.gradientKnown());
            }
        }
    }

    private static void weight(StringBuilder svg, double x, double y, String anchor, double value, boolean known,
                               double gradient, boolean now) {
        String extra = "bp-label" + (now ? " bp-label-now" : "");
        text(svg, x, y, anchor, extra, value(value), false);
        text(svg, x, y + 14, anchor, extra + " bp-grad", "∂ " + (known ? gradient(gradient) : "?"), !known);
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append(String.format(Locale.ROOT,
                "<line class=\"bp-edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x1, y1, x2, y2));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String classes, String content,
                             boolean unknown) {
        String all = (classes + (unknown ? " bp-unknown" : "")).strip();
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>", x, y,
                anchor, all.isEmpty() ? "" : " class=\"" + all + "\"", content));
    }

    private static String description(BackpropResult result) {
        BackpropStep step = result.stepOnShow();
        return "The network: inputs x1 and x2, hidden units h1 and h2, output y and loss L. Step " + result.step()
                + ": " + step.title() + ".";
    }

    static String sub(int index) {
        return index == 0 ? "₁" : "₂";
    }

    static String value(double v) {
        return minus(String.format(Locale.ROOT, "%.3f", v));
    }

    static String gradient(double v) {
        return minus(String.format(Locale.ROOT, "%.4f", v));
    }

    private static String minus(String text) {
        return text.matches("-0\\.0+") ? text.substring(1) : text.replace('-', '−');
    }
}
