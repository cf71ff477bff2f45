package dev.genaiplayground.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.chart.ApexChart.Series;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The options and series the chart wrapper sends to the browser, read back from the element. */
class ApexChartTest {

    private static final List<String> COLUMNS = List.of("the", "cat", "sat");

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void optionsNameTheChartTypeAndHeight(ChartType type) {
        ApexChart chart = create(type);

        JsonObject options = chart.options().getObject("chart");
        assertThat(options.getString("type")).isEqualTo(type.apexName());
        assertThat(options.getNumber("height")).isEqualTo(240);
        assertThat(chart.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void chartsDoNotAnimateSoThatTheyKeepUpWithADrag(ChartType type) {
        JsonObject animations = create(type).options().getObject("chart").getObject("animations");

        assertThat(animations.getBoolean("enabled")).isFalse();
        assertThat(animations.getObject("dynamicAnimation").getBoolean("enabled")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"BAR", "LINE"})
    void valueRangeFixesTheYAxisOfBarAndLineCharts(ChartType type) {
        ApexChart chart = create(type).setValueRange(-1, 2.5);

        JsonObject yaxis = chart.options().getObject("yaxis");
        assertThat(yaxis.getNumber("min")).isEqualTo(-1);
        assertThat(yaxis.getNumber("max")).isEqualTo(2.5);
        assertThat(chart.options().hasKey("plotOptions")).isFalse();
    }

    @Test
    void valueRangeSetsTheColourScaleOfAHeatmap() {
        ApexChart chart = ApexChart.heatmap(240).setValueRange(0, 1);

        JsonObject scale = chart.options().getObject("plotOptions").getObject("heatmap").getObject("colorScale");
        assertThat(scale.getNumber("min")).isZero();
        assertThat(scale.getNumber("max")).isEqualTo(1);
        assertThat(chart.options().hasKey("yaxis")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void categoriesGoToTheXAxis(ChartType type) {
        ApexChart chart = create(type).setCategories(COLUMNS);

        assertThat(strings(chart.options().getObject("xaxis").getArray("categories"))).isEqualTo(COLUMNS);
    }

    @Test
    void everyOptionChangeReachesTheElement() {
        ApexChart chart = ApexChart.bar(240).setCategories(COLUMNS).setValueRange(0, 1).setColors("red");

        JsonObject sent = (JsonObject) chart.getElement().getPropertyRaw("options");
        assertThat(sent.toJson()).isEqualTo(chart.options().toJson());
        assertThat(sent.toJson()).contains("\"categories\":[\"the\",\"cat\",\"sat\"]", "\"colors\":[\"red\"]");
    }

    @Test
    void barSeriesCarryPlainNumbers() {
        ApexChart chart = ApexChart.bar(240).setCategories(COLUMNS);

        chart.setSeries(List.of(new Series("p", new double[] {0.5, 0.25, 0.25})));

        JsonArray series = sentSeries(chart);
        assertThat(series.length()).isEqualTo(1);
        assertThat(series.getObject(0).getString("name")).isEqualTo("p");
        JsonArray data = series.getObject(0).getArray("data");
        assertThat(data.length()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(data.get(i).getType()).isEqualTo(JsonType.NUMBER);
        }
        assertThat(data.getNumber(0)).isEqualTo(0.5);
        assertThat(data.getNumber(2)).isEqualTo(0.25);
    }

    @Test
    void heatmapRowsAreSentBottomUpWithCellsNamedByTheCategories() {
        ApexChart chart = ApexChart.heatmap(240).setCategories(COLUMNS);

        chart.setSeries(List.of(
                new Series("first", new double[] {1, 2, 3}),
                new Series("second", new double[] {4, 5, 6})));

        JsonArray series = sentSeries(chart);
        assertThat(series.length()).isEqualTo(2);
        assertThat(series.getObject(0).getString("name")).isEqualTo("second");
        assertThat(series.getObject(1).getString("name")).isEqualTo("first");
        JsonArray secondRow = series.getObject(0).getArray("data");
        for (int i = 0; i < 3; i++) {
            JsonObject cell = secondRow.getObject(i);
            assertThat(cell.getString("x")).isEqualTo(COLUMNS.get(i));
            assertThat(cell.getNumber("y")).isEqualTo(4 + i);
        }
    }

    @Test
    void heatmapCellsBeyondTheCategoriesAreNumberedFromOne() {
        ApexChart chart = ApexChart.heatmap(240);

        chart.setSeries(List.of(new Series("only", new double[] {7, 8})));

        JsonArray data = sentSeries(chart).getObject(0).getArray("data");
        assertThat(data.getObject(0).getString("x")).isEqualTo("1");
        assertThat(data.getObject(1).getString("x")).isEqualTo("2");
        assertThat(data.getObject(1).getNumber("y")).isEqualTo(8);
    }

    private static ApexChart create(ChartType type) {
        return switch (type) {
            case BAR -> ApexChart.bar(240);
            case LINE -> ApexChart.line(240);
            case HEATMAP -> ApexChart.heatmap(240);
        };
    }

    private static JsonArray sentSeries(ApexChart chart) {
        return (JsonArray) chart.getElement().getPropertyRaw("series");
    }

    private static List<String> strings(JsonArray array) {
        return IntStream.range(0, array.length()).mapToObj(array::getString).toList();
    }
}
