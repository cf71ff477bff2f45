package dev.genaiplayground.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A typed Java face for ApexCharts (the MIT-licensed 4.7.0, wrapped by {@code frontend/apex-chart.js}). Build one
 * with {@link #bar}, {@link #line} or {@link #heatmap}, then feed it data: updates change the chart in place, at
 * once, so that it keeps up with a drag.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.js")
public class ApexChart extends Component implements HasSize {

    /** One named data series; for a heatmap, one row. */
    public record Series(String name, double[] values) {
    }

    private final ChartType type;
    private final JsonObject options = Json.createObject();

    private ApexChart(ChartType type, int heightPx) {
        this.type = type;
        JsonObject chart = object(options, "chart");
        chart.put("type", type.apexName());
        chart.put("height", heightPx);
        chart.put("toolbar", object(Json.createObject(), "show", false));
        chart.put("animations", animations());
        object(options, "legend").put("show", false);
        object(options, "dataLabels").put("enabled", false);
        setHeight(heightPx + "px");
        setWidthFull();
        pushOptions();
    }

    public static ApexChart bar(int heightPx) {
        return new ApexChart(ChartType.BAR, heightPx);
    }

    public static ApexChart line(int heightPx) {
        return new ApexChart(ChartType.LINE, heightPx);
    }

    public static ApexChart heatmap(int heightPx) {
        ApexChart chart = new ApexChart(ChartType.HEATMAP, heightPx);
        JsonObject heatmap = object(object(chart.options, "plotOptions"), "heatmap");
        heatmap.put("enableShades", true);
        heatmap.put("shadeIntensity", 0.9);
        chart.options.put("dataLabels", object(Json.createObject(), "enabled", true));
        chart.pushOptions();
        return chart;
    }

    public ChartType type() {
        return type;
    }

    /**
     * The x-axis labels (bar and line charts) or the column labels (heatmaps). Views call this on every update;
     * unchanged labels send nothing, so a drag only moves data and never redraws the whole chart.
     */
    public ApexChart setCategories(List<String> categories) {
        if (columnNames().equals(categories)) {
            return this;
        }
        object(options, "xaxis").put("categories", strings(categories));
        return pushOptions();
    }

    /** Fixes the value axis; for a heatmap, the range its colour scale spans. */
    public ApexChart setValueRange(double min, double max) {
        if (type == ChartType.HEATMAP) {
            JsonObject scale = object(object(object(options, "plotOptions"), "heatmap"), "colorScale");
            scale.put("min", min);
            scale.put("max", max);
        } else {
            JsonObject yaxis = object(options, "yaxis");
            yaxis.put("min", min);
            yaxis.put("max", max);
        }
        return pushOptions();
    }

    /** Shows numbers on the bars or cells, with this many decimals. */
    public ApexChart setDataLabels(boolean enabled, int decimals) {
        JsonObject labels = object(options, "dataLabels");
        labels.put("enabled", enabled);
        labels.put("decimals", decimals);
        object(options, "yaxis").put("decimalsInFloat", decimals);
        return pushOptions();
    }

    /** Titles of the x axis (columns) and the y axis (rows). */
    public ApexChart setAxisTitles(String x, String y) {
        object(object(options, "xaxis"), "title").put("text", x);
        object(object(options, "yaxis"), "title").put("text", y);
        return pushOptions();
    }

    public ApexChart setColors(String... cssColors) {
        JsonArray colors = Json.createArray();
        for (String color : cssColors) {
            colors.set(colors.length(), color);
        }
        options.put("colors", colors);
        return pushOptions();
    }

    /**
     * Replaces the data; the chart animates from the old values to the new ones. A heatmap lists its rows from the
     * top, like a matrix (ApexCharts itself draws the first series at the bottom).
     */
    public void setSeries(List<Series> series) {
        List<String> columns = type == ChartType.HEATMAP ? columnNames() : List.of();
        List<Series> ordered = new ArrayList<>(series);
        if (type == ChartType.HEATMAP) {
            Collections.reverse(ordered);
        }
        JsonArray array = Json.createArray();
        for (Series s : ordered) {
            JsonObject item = Json.createObject();
            item.put("name", s.name());
            JsonArray data = Json.createArray();
            for (int i = 0; i < s.values().length; i++) {
                double value = s.values()[i];
                if (type == ChartType.HEATMAP) {
                    JsonObject cell = Json.createObject();
                    cell.put("x", i < columns.size() ? columns.get(i) : String.valueOf(i + 1));
                    cell.put("y", value);
                    data.set(i, cell);
                } else {
                    data.set(i, value);
                }
            }
            item.put("data", data);
            array.set(array.length(), item);
        }
        getElement().setPropertyJson("series", array);
    }

    /** The options as sent to the browser, for tests and for callers that need an option not covered above. */
    public JsonObject options() {
        return options;
    }

    private List<String> columnNames() {
        if (!options.hasKey("xaxis") || !options.getObject("xaxis").hasKey("categories")) {
            return List.of();
        }
        JsonArray categories = options.getObject("xaxis").getArray("categories");
        return IntStream.range(0, categories.length()).mapToObj(categories::getString).toList();
    }

    private ApexChart pushOptions() {
        // A copy: Flow sends a property only when its value changes, and a mutated object still equals itself.
        getElement().setPropertyJson("options", Json.parse(options.toJson()));
        return this;
    }

    /**
     * No animation: a chart that follows a drag must show the new numbers at once (with a 150 ms animation, a key
     * press took about 280 ms to settle in the chart against 50 ms for the server's answer; ChartLatencyBenchmark).
     */
    private static JsonObject animations() {
        JsonObject animations = Json.createObject();
        animations.put("enabled", false);
        JsonObject dynamic = Json.createObject();
        dynamic.put("enabled", false);
        animations.put("dynamicAnimation", dynamic);
        return animations;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(v -> array.set(array.length(), v));
        return array;
    }

    /** The child object under {@code key}, created when missing. */
    private static JsonObject object(JsonObject parent, String key) {
        if (!parent.hasKey(key)) {
            parent.put(key, Json.createObject());
        }
        return parent.getObject(key);
    }

    private static JsonObject object(JsonObject target, String key, boolean value) {
        target.put(key, value);
        return target;
    }
}
