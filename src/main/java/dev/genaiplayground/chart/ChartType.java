package dev.genaiplayground.chart;

/** The chart kinds the wrapper offers, with ApexCharts' name for each. */
public enum ChartType {
    BAR("bar"),
    LINE("line"),
    HEATMAP("heatmap");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    public String apexName() {
        return apexName;
    }
}
