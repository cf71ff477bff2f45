package dev.genaiplayground.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * A chart of y against a numeric x (ApexCharts through the same {@code <apex-chart>} element as {@link ApexChart}):
 * lines and point clouds on shared axes, optional shaded x ranges and vertical markers, a logarithmic y axis on
 * request. For curves, scatter plots, error-against-degree and loss-against-epoch charts.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.js")
public class XyChart extends Component implements HasSize {

    /** How a series is drawn. */
    public enum Kind { LINE, DASHED, POINTS }

    /** One series: x and y of equal length, drawn as a line or as points, in a CSS hex colour. */
    public record Series(String name, Kind kind, String color, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y of a series need the same length");
            }
        }
    }

    /** A shaded x range with a label, or a vertical line when from equals to. */
    public record Band(double from, double to, String label, String color) {
    }

    private final JsonObject options = Json.createObject();
    private String lastOptions = "";

    public XyChart(int heightPx) {
        JsonObject chart = Json.createObject();
        chart.put("type", "line");
        chart.put("height", heightPx);
        chart.put("toolbar", flag("show", false));
        chart.put("zoom", flag("enabled", false));
        JsonObject animations = flag("enabled", false);
        animations.put("dynamicAnimation", flag("enabled", false));
        chart.put("animations", animations);
        options.put("chart", chart);
        options.put("dataLabels", flag("enabled", false));
        JsonObject legend = flag("show", true);
        legend.put("position", "top");
        options.put("legend", legend);
        JsonObject xaxis = Json.createObject();
        xaxis.put("type", "numeric");
        options.put("xaxis", xaxis);
        options.put("yaxis", Json.createObject());
        JsonObject tooltip = Json.createObject();
        tooltip.put("shared", false);
        tooltip.put("intersect", true);
        options.put("tooltip", tooltip);
        setHeight(heightPx + "px");
        setWidthFull();
        push();
    }

    /** The x axis from min to max with this many decimals on its labels and about this many ticks. */
    public XyChart setXAxis(double min, double max, int decimals, int ticks) {
        JsonObject xaxis = options.getObject("xaxis");
        xaxis.put("min", min);
        xaxis.put("max", max);
        xaxis.put("decimalsInFloat", decimals);
        xaxis.put("tickAmount", ticks);
        return push();
    }

    /** The y axis from min to max (a logarithmic one when asked) with this many decimals on its labels. */
    public XyChart setYAxis(double min, double max, int decimals, boolean logarithmic) {
        JsonObject yaxis = options.getObject("yaxis");
        yaxis.put("min", min);
        yaxis.put("max", max);
        yaxis.put("decimalsInFloat", decimals);
        yaxis.put("logarithmic", logarithmic);
        if (logarithmic) {
            yaxis.put("logBase", 10);
            yaxis.put("forceNiceScale", false);
        }
        return push();
    }

    public XyChart setAxisTitles(String x, String y) {
        options.getObject("xaxis").put("title", text(x));
        options.getObject("yaxis").put("title", text(y));
        return push();
    }

    /** Replaces the series; their kinds and colours travel as options, the points as data. */
    public void setSeries(List<Series> series) {
        JsonArray data = Json.createArray();
        JsonArray colors = Json.createArray();
        JsonArray widths = Json.createArray();
        JsonArray dashes = Json.createArray();
        JsonArray sizes = Json.createArray();
        for (Series s : series) {
            JsonObject item = Json.createObject();
            item.put("name", s.name());
            item.put("type", s.kind() == Kind.POINTS ? "scatter" : "line");
            JsonArray points = Json.createArray();
            for (int i = 0; i < s.x().length; i++) {
                JsonArray point = Json.createArray();
                point.set(0, s.x()[i]);
                point.set(1, s.y()[i]);
                points.set(i, point);
            }
            item.put("data", points);
            data.set(data.length(), item);
            colors.set(colors.length(), s.color());
            widths.set(widths.length(), s.kind() == Kind.POINTS ? 0 : 2.5);
            dashes.set(dashes.length(), s.kind() == Kind.DASHED ? 6 : 0);
            sizes.set(sizes.length(), s.kind() == Kind.POINTS ? 5 : 0);
        }
        options.put("colors", colors);
        JsonObject stroke = Json.createObject();
        stroke.put("width", widths);
        stroke.put("dashArray", dashes);
        stroke.put("curve", "straight");
        options.put("stroke", stroke);
        JsonObject markers = Json.createObject();
        markers.put("size", sizes);
        markers.put("strokeWidth", 0);
        options.put("markers", markers);
        push();
        getElement().setPropertyJson("series", data);
    }

    /** Shaded x ranges and vertical lines, with their labels. */
    public void setBands(List<Band> bands) {
        JsonArray xaxis = Json.createArray();
        for (Band band : bands) {
            JsonObject item = Json.createObject();
            item.put("x", band.from());
            if (band.to() != band.from()) {
                item.put("x2", band.to());
                item.put("fillColor", band.color());
                item.put("opacity", 0.15);
            }
            item.put("borderColor", band.color());
            JsonObject label = Json.createObject();
            label.put("text", band.label());
            label.put("orientation", "horizontal");
            label.put("borderColor", band.color());
            JsonObject style = Json.createObject();
            style.put("color", "#ffffff");
            style.put("background", band.color());
            label.put("style", style);
            item.put("label", label);
            xaxis.set(xaxis.length(), item);
        }
        JsonObject annotations = Json.createObject();
        annotations.put("xaxis", xaxis);
        options.put("annotations", annotations);
        push();
    }

    /** The options as sent to the browser, for tests. */
    public JsonObject options() {
        return options;
    }

    private XyChart push() {
        String json = options.toJson();
        if (!json.equals(lastOptions)) { // unchanged options send nothing, so an update only moves the data
            lastOptions = json;
            getElement().setPropertyJson("options", Json.parse(json));
        }
        return this;
    }

    private static JsonObject flag(String key, boolean value) {
        JsonObject object = Json.createObject();
        object.put(key, value);
        return object;
    }

    private static JsonObject text(String value) {
        JsonObject object = Json.createObject();
        object.put("text", value);
        return object;
    }
}
