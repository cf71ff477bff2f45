package dev.genaiplayground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A coordinate plane with points a person drags or moves with the arrow keys ({@code frontend/point-plane.js}),
 * with curves and a height map behind them. It reports moves through {@link MoveListener}; the owner decides what
 * the points become and sets them back.
 *
 * <p>The browser is not trusted: a move naming a point that does not exist, a coordinate that is not a finite
 * number, or one outside the plane reaches the listener as {@link MoveListener#rejected} with a message, never as
 * a move or an exception. Labels and axis titles are text, never markup.
 */
@Tag("point-plane")
@JsModule("./point-plane.js")
public class PointPlane extends Component implements HasSize, ReadOnlyControl {

    /** How a point is drawn: a dot, an arrow from the origin to its tip, or a labelled start marker. */
    public enum Kind { POINT, VECTOR, START }

    /** A colour family, so that two vectors can be told apart. */
    public enum Variant { NONE, A, B }

    /** How a curve is drawn: a plain line (a fitted model), a path with a dot per step, or a warning path. */
    public enum Style { LINE, PATH, WARNING }

    /** One movable point, with the name a screen reader announces (and, for vectors and starts, shows). */
    public record Point(double x, double y, String label, Kind kind, Variant variant) {
    }

    /** A polyline through {@code points} (rows [x, y]). */
    public record Curve(double[][] points, Style style) {
    }

    /** What the person asked for, or why a message from the browser was refused. */
    public interface MoveListener {
        /** Point {@code index} moved to (x, y): a finite point inside the plane. */
        void moved(int index, double x, double y);

        /** A move that could not be taken, with a message a person can read. */
        void rejected(String message);
    }

    /** Server-side throttle of drag events, on top of the element's once-a-frame limit (at most 25 a second). */
    private static final int DRAG_EVENT_INTERVAL_MS = 40;

    private int count;
    private double xMin = -5;
    private double xMax = 5;
    private double yMin = -5;
    private double yMax = 5;

    /** A plane with an accessible name (plain text) that reports moves to {@code listener}. */
    public PointPlane(String label, MoveListener listener) {
        getElement().setProperty("label", label);
        getElement().addEventListener("point-input", e -> moveEvent(e, listener))
                .addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("x"))
                .addEventData(BrowserEvents.detailOf("y")).throttle(DRAG_EVENT_INTERVAL_MS);
        getElement().addEventListener("point-commit", e -> moveEvent(e, listener))
                .addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("x"))
                .addEventData(BrowserEvents.detailOf("y"));
        setWidthFull();
    }

    private void moveEvent(DomEvent event, MoveListener listener) {
        OptionalInt index = BrowserEvents.index(event, "index", count);
        if (index.isEmpty()) {
            listener.rejected("The plane sent a move of a point that is not there; nothing changed.");
            return;
        }
        OptionalDouble x = BrowserEvents.number(event, "x");
        OptionalDouble y = BrowserEvents.number(event, "y");
        if (x.isEmpty() || y.isEmpty()) {
            listener.rejected("The plane sent a position that is not a number; nothing changed.");
            return;
        }
        String outside = outside(x.getAsDouble(), y.getAsDouble());
        if (outside != null) {
            listener.rejected("Point " + (index.getAsInt() + 1) + ": " + outside);
            return;
        }
        listener.moved(index.getAsInt(), x.getAsDouble(), y.getAsDouble());
    }

    /** Why (x, y) is not on the plane, or null when it is. */
    private String outside(double x, double y) {
        if (x < xMin || x > xMax) {
            return "x = " + plain(x) + " is off the plane, which runs from " + plain(xMin)
                    + " to " + plain(xMax) + "; nothing changed.";
        }
        if (y < yMin || y > yMax) {
            return "y = " + plain(y) + " is off the plane, which runs from " + plain(yMin)
                    + " to " + plain(yMax) + "; nothing changed.";
        }
        return null;
    }

    /** The visible range; moves outside it are refused. */
    public PointPlane setBounds(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("the plane needs min < max on both axes");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        getElement().setProperty("xMin", xMin);
        getElement().setProperty("xMax", xMax);
        getElement().setProperty("yMin", yMin);
        getElement().setProperty("yMax", yMax);
        return this;
    }

    /** Moves snap to multiples of {@code step}; an arrow key moves one step, Shift+arrow ten. */
    public PointPlane setStep(double step) {
        getElement().setProperty("step", step);
        return this;
    }

    /** One unit as long across as up, so that angles look true; the height then follows the width. */
    public PointPlane setEqualAspect(boolean equal) {
        getElement().setProperty("equalAspect", equal);
        return this;
    }

    /** The height in pixels when the aspect is not equal. */
    public PointPlane setPlotHeight(int pixels) {
        getElement().setProperty("height", pixels);
        return this;
    }

    /** Axis titles, as plain text. */
    public PointPlane setAxisTitles(String x, String y) {
        getElement().setProperty("xTitle", x);
        getElement().setProperty("yTitle", y);
        return this;
    }

    public void setPoints(List<Point> points) {
        count = points.size();
        JsonArray array = Json.createArray();
        for (Point p : points) {
            JsonObject item = Json.createObject();
            item.put("x", finite(p.x()));
            item.put("y", finite(p.y()));
            item.put("label", p.label());
            item.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            item.put("variant", p.variant() == Variant.NONE ? "" : p.variant().name().toLowerCase(Locale.ROOT));
            array.set(array.length(), item);
        }
        getElement().setPropertyJson("points", array);
    }

    public void setCurves(List<Curve> curves) {
        JsonArray array = Json.createArray();
        for (Curve c : curves) {
            JsonObject item = Json.createObject();
            item.put("points", JsonArrays.of(c.points()));
            item.put("style", c.style().name().toLowerCase(Locale.ROOT));
            array.set(array.length(), item);
        }
        getElement().setPropertyJson("curves", array);
    }

    /** A height map: rows of values on an even grid over the plane, the first row along the bottom. */
    public void setHeat(double[][] rows) {
        getElement().setPropertyJson("heat", JsonArrays.of(rows));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
    }

    /** A number as people write it: "1.5", "-3", "1.2e+09". */
    static String plain(double value) {
        if (value != 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
