package dev.genaiplayground.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small chart drawn as SVG on the server (shown with Vaadin's {@code Svg} component): lines, steps, marked
 * points with labels and reference lines, on linear or base-10 logarithmic axes. For what ApexCharts does not do
 * well here: numeric x axes, log-log plots, a marked point on a curve. Colours are the theme's (CSS variables), so it
 * follows light and dark; every text is escaped. It scales to its container's width.
 */
public final class SvgPlot {

    /** Theme colours for series and marks. */
    public enum Colour {
        PRIMARY("var(--lumo-primary-color)"),
        ERROR("var(--lumo-error-color)"),
        SUCCESS("var(--lumo-success-color)"),
        WARNING("var(--lumo-warning-color, #c47a00)"),
        MUTED("var(--lumo-contrast-50pct)"),
        TEXT("var(--lumo-body-text-color)");

        private final String css;

        Colour(String css) {
            this.css = css;
        }
    }

    /** One axis: its title, range and scale. */
    public record Axis(String title, double min, double max, boolean log) {
        public static Axis linear(String title, double min, double max) {
            return new Axis(title, min, max, false);
        }

        public static Axis log(String title, double min, double max) {
            return new Axis(title, min, max, true);
        }
    }

    private static final double WIDTH = 480;
    private static final double LEFT = 74; // room for row names such as "negative"
    private static final double RIGHT = 16;
    private static final double TOP = 30;
    private static final double BOTTOM = 50;

    private static final AtomicLong IDS = new AtomicLong();

    /** Each plot clips to its own area: ids must be unique on a page that shows several plots. */
    private final String clipId = "svg-plot-clip-" + IDS.incrementAndGet();
    private final double height;
    private final Axis x;
    private final Axis y;
    private final String description;
    private final StringBuilder marks = new StringBuilder();
    private final List<String[]> legend = new ArrayList<>();
    private double[] yLabelsAt;
    private String[] yLabels;

    /**
     * @param description what the plot shows, in words, for people who cannot see it (its accessible name)
     */
    public SvgPlot(int height, Axis x, Axis y, String description) {
        this.height = height;
        this.x = x;
        this.y = y;
        this.description = description;
    }

    /** Named rows instead of numbered y ticks, such as "positive" and "negative" for a strip of dots. */
    public SvgPlot yLabels(double[] at, String... labels) {
        this.yLabelsAt = at.clone();
        this.yLabels = labels.clone();
        return this;
    }

    /** A line through the points (x[i], y[i]); points outside the axes are clipped. */
    public SvgPlot line(String name, double[] xs, double[] ys, Colour colour, boolean dashed) {
        marks.append("<polyline fill=\"none\" clip-path=\"url(#" + clipId + ")\" style=\"stroke:").append(colour.css)
                .append(";stroke-width:2").append(dashed ? ";stroke-dasharray:6 4" : "").append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            marks.append(f(px(xs[i]))).append(',').append(f(py(ys[i]))).append(' ');
        }
        marks.append("\"/>");
        if (name != null) {
            legend.add(new String[] {name, colour.css, dashed ? "dashed" : "line"});
        }
        return this;
    }

    /** A step line: from each point it runs level to the next x, then jumps (a precision–recall curve). */
    public SvgPlot steps(String name, double[] xs, double[] ys, Colour colour) {
        List<Double> sx = new ArrayList<>();
        List<Double> sy = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                sx.add(xs[i - 1]);
                sy.add(ys[i]);
            }
            sx.add(xs[i]);
            sy.add(ys[i]);
        }
        return line(name, sx.stream().mapToDouble(Double::doubleValue).toArray(),
                sy.stream().mapToDouble(Double::doubleValue).toArray(), colour, false);
    }

    /** Dots at the points, optionally in a legend. */
    public SvgPlot dots(String name, double[] xs, double[] ys, Colour colour, double radius) {
        for (int i = 0; i < xs.length; i++) {
            marks.append("<circle cx=\"").append(f(px(xs[i]))).append("\" cy=\"").append(f(py(ys[i])))
                    .append("\" r=\"").append(f(radius)).append("\" style=\"fill:").append(colour.css)
                    .append(";fill-opacity:0.8\"/>");
        }
        if (name != null) {
            legend.add(new String[] {name, colour.css, "dot"});
        }
        return this;
    }

    /** Where a point's label goes. */
    public enum Place {
        /** Above and to the right (to the left near the right edge). */
        AUTO,
        ABOVE_LEFT,
        BELOW_RIGHT
    }

    /** One marked point with a label beside it (to its right, or its left near the right edge). */
    public SvgPlot point(double px, double py, String label, Colour colour, boolean ring) {
        return point(px, py, label, colour, ring, Place.AUTO);
    }

    /** A marked point, also in the legend under {@code name}, with no label beside it. */
    public SvgPlot legendPoint(double px, double py, String name, Colour colour, boolean ring) {
        legend.add(new String[] {name, colour.css, ring ? "ring" : "dot"});
        return point(px, py, null, colour, ring, Place.AUTO);
    }

    /** One marked point with a label placed as asked. */
    public SvgPlot point(double px, double py, String label, Colour colour, boolean ring, Place place) {
        double cx = px(px);
        double cy = py(py);
        marks.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" r=\"")
                .append(ring ? "7" : "5").append("\" style=\"")
                .append(ring ? "fill:none;stroke-width:3;stroke:" + colour.css : "fill:" + colour.css
                        + ";stroke:var(--lumo-base-color);stroke-width:1.5")
                .append("\"/>");
        if (label != null && !label.isEmpty()) {
            boolean left = place == Place.ABOVE_LEFT || place == Place.AUTO && cx > WIDTH - RIGHT - 120;
            double dy = place == Place.BELOW_RIGHT ? 18 : -8;
            marks.append("<text x=\"").append(f(cx + (left ? -10 : 10))).append("\" y=\"").append(f(cy + dy))
                    .append("\" text-anchor=\"").append(left ? "end" : "start")
                    .append("\" style=\"fill:var(--lumo-body-text-color);font-size:14px;paint-order:stroke;"
                            + "stroke:var(--lumo-base-color);stroke-width:3px\">")
                    .append(escape(label)).append("</text>");
        }
        return this;
    }

    /** A vertical line across the plot at x, with a label at its top. */
    public SvgPlot verticalLine(double at, String label, Colour colour) {
        double cx = px(at);
        marks.append("<line x1=\"").append(f(cx)).append("\" x2=\"").append(f(cx)).append("\" y1=\"")
                .append(f(TOP)).append("\" y2=\"").append(f(height - BOTTOM)).append("\" style=\"stroke:")
                .append(colour.css).append(";stroke-width:2;stroke-dasharray:4 3\"/>");
        if (label != null) {
            boolean left = cx > WIDTH - RIGHT - 100;
            marks.append("<text x=\"").append(f(cx + (left ? -4 : 4))).append("\" y=\"").append(f(TOP + 12))
                    .append("\" text-anchor=\"").append(left ? "end" : "start")
                    .append("\" style=\"fill:var(--lumo-body-text-color);font-size:14px\">").append(escape(label))
                    .append("</text>");
        }
        return this;
    }

    /** The SVG document, for {@code com.vaadin.flow.component.Svg#setSvg}. */
    public String toSvg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(f(WIDTH)).append(' ')
                .append(f(height)).append("\" role=\"img\" aria-label=\"").append(escape(description))
                .append("\" style=\"width:100%;height:auto;display:block;font-family:inherit\">");
        svg.append("<defs><clipPath id=\"" + clipId + "\"><rect x=\"").append(f(LEFT)).append("\" y=\"").append(f(TOP - 4))
                .append("\" width=\"").append(f(WIDTH - LEFT - RIGHT)).append("\" height=\"")
                .append(f(height - TOP - BOTTOM + 8)).append("\"/></clipPath></defs>");
        axes(svg);
        svg.append(marks);
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg) {
        String grid = "style=\"stroke:var(--lumo-contrast-10pct);stroke-width:1\"";
        String tickText = "style=\"fill:var(--lumo-secondary-text-color);font-size:14px\"";
        for (double t : ticks(x)) {
            double cx = px(t);
            svg.append("<line x1=\"").append(f(cx)).append("\" x2=\"").append(f(cx)).append("\" y1=\"")
                    .append(f(TOP)).append("\" y2=\"").append(f(height - BOTTOM)).append("\" ").append(grid)
                    .append("/>");
            svg.append("<text x=\"").append(f(cx)).append("\" y=\"").append(f(height - BOTTOM + 16))
                    .append("\" text-anchor=\"middle\" ").append(tickText).append('>').append(tickLabel(x, t))
                    .append("</text>");
        }
        List<Double> yTicks = yLabels != null ? java.util.Arrays.stream(yLabelsAt).boxed().toList() : ticks(y);
        for (int i = 0; i < yTicks.size(); i++) {
            double t = yTicks.get(i);
            double cy = py(t);
            svg.append("<line x1=\"").append(f(LEFT)).append("\" x2=\"").append(f(WIDTH - RIGHT)).append("\" y1=\"")
                    .append(f(cy)).append("\" y2=\"").append(f(cy)).append("\" ").append(grid).append("/>");
            svg.append("<text x=\"").append(f(LEFT - 6)).append("\" y=\"").append(f(cy + 4))
                    .append("\" text-anchor=\"end\" ").append(tickText).append('>')
                    .append(yLabels != null ? escape(yLabels[i]) : tickLabel(y, t)).append("</text>");
        }
        String axis = "style=\"stroke:var(--lumo-contrast-50pct);stroke-width:1\"";
        svg.append("<line x1=\"").append(f(LEFT)).append("\" x2=\"").append(f(WIDTH - RIGHT)).append("\" y1=\"")
                .append(f(height - BOTTOM)).append("\" y2=\"").append(f(height - BOTTOM)).append("\" ").append(axis)
                .append("/>");
        svg.append("<line x1=\"").append(f(LEFT)).append("\" x2=\"").append(f(LEFT)).append("\" y1=\"").append(f(TOP))
                .append("\" y2=\"").append(f(height - BOTTOM)).append("\" ").append(axis).append("/>");
        String title = "style=\"fill:var(--lumo-secondary-text-color);font-size:15px\"";
        svg.append("<text x=\"").append(f((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"").append(f(height - 8))
                .append("\" text-anchor=\"middle\" ").append(title).append('>').append(escape(x.title()))
                .append("</text>");
        svg.append("<text transform=\"translate(16 ").append(f((TOP + height - BOTTOM) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\" ").append(title).append('>')
                .append(escape(y.title())).append("</text>");
    }

    private void legend(StringBuilder svg) {
        double lx = LEFT;
        for (String[] entry : legend) {
            String css = entry[1];
            if (entry[2].equals("ring")) {
                svg.append("<circle cx=\"").append(f(lx + 6)).append("\" cy=\"12\" r=\"4.5\" style=\"fill:none;"
                        + "stroke-width:2.5;stroke:").append(css).append("\"/>");
            } else if (entry[2].equals("dot")) {
                svg.append("<circle cx=\"").append(f(lx + 6)).append("\" cy=\"12\" r=\"4\" style=\"fill:")
                        .append(css).append("\"/>");
            } else {
                svg.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 14))
                        .append("\" y1=\"12\" y2=\"12\" style=\"stroke:").append(css).append(";stroke-width:2")
                        .append(entry[2].equals("dashed") ? ";stroke-dasharray:4 2" : "").append("\"/>");
            }
            svg.append("<text x=\"").append(f(lx + 18)).append("\" y=\"16\" style=\"fill:var(--lumo-body-text-color);"
                    + "font-size:14px\">").append(escape(entry[0])).append("</text>");
            lx += 28 + 7.6 * entry[0].length();
        }
    }

    private double px(double value) {
        return LEFT + fraction(x, value) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double value) {
        return height - BOTTOM - fraction(y, value) * (height - TOP - BOTTOM);
    }

    private static double fraction(Axis axis, double value) {
        double f = axis.log()
                ? (Math.log10(value) - Math.log10(axis.min())) / (Math.log10(axis.max()) - Math.log10(axis.min()))
                : (value - axis.min()) / (axis.max() - axis.min());
        return Double.isFinite(f) ? Math.max(-0.5, Math.min(1.5, f)) : 0; // far outside: drawn just off the plot
    }

    /** Powers of ten on a log axis (every second or third when there are many), round steps on a linear one. */
    private static List<Double> ticks(Axis axis) {
        List<Double> ticks = new ArrayList<>();
        if (axis.log()) {
            int from = (int) Math.ceil(Math.log10(axis.min()) - 1e-9);
            int to = (int) Math.floor(Math.log10(axis.max()) + 1e-9);
            int every = to - from > 10 ? 3 : to - from > 6 ? 2 : 1;
            if (to - from < 1) { // less than a decade: every whole multiple, 2, 3, 4, ...
                for (double d = Math.pow(10, from - 1); d <= axis.max(); d *= 10) {
                    for (double m : new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}) {
                        if (m * d >= axis.min() && m * d <= axis.max()) {
                            ticks.add(m * d);
                        }
                    }
                }
                return ticks;
            }
            for (int e = from; e <= to; e++) {
                if ((e - from) % every == 0) {
                    ticks.add(Math.pow(10, e));
                }
            }
            return ticks;
        }
        double span = axis.max() - axis.min();
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude >= 5 ? 5 * magnitude : raw / magnitude >= 2 ? 2 * magnitude : magnitude;
        for (double t = Math.ceil(axis.min() / step) * step; t <= axis.max() + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static String tickLabel(Axis axis, double value) {
        if (axis.log() && value >= 1e4) {
            int e = (int) Math.round(Math.log10(value));
            if (Math.abs(Math.pow(10, e) - value) < value * 1e-9) {
                return "10<tspan dy=\"-7\" style=\"font-size:11px\">" + e + "</tspan>";
            }
        }
        String text = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.replace('-', '\u2212');
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
