package dev.genaiplayground.e2e;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long a change takes to show in the chart, as a person sees it in Chromium: from the key press on a logit bar
 * to the last change the probability chart makes (the server's round trip, the chart's update and any animation).
 * Prints p50 and p95 over 40 changes, with the server round trip alone (the table's numbers) as the baseline from
 * the same run. Run with {@code ./mvnw test -Dtest=ChartLatencyBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ChartLatencyBenchmark extends BrowserTest {

    private static final int SAMPLES = 40;

    /** Presses a key on bar 2 and resolves with [ms until the table changed, ms until the chart settled]. */
    private static final String ONE_CHANGE = """
            async (key) => {
              const widget = document.querySelector('.softmax-widget');
              const chart = widget.querySelector('apex-chart');
              const cell = () => widget.querySelector('.value-table td[data-column="1"]').getAttribute('data-value');
              const before = cell();
              let last = 0;
              const watch = new MutationObserver(() => { last = performance.now(); });
              watch.observe(chart, { subtree: true, attributes: true, childList: true, characterData: true });
              const track = widget.querySelectorAll('logit-bars')[0].shadowRoot.querySelectorAll('.track')[1];
              const t0 = performance.now();
              track.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
              let table = 0;
              while (performance.now() - t0 < 5000) {
                await new Promise(requestAnimationFrame);
                if (!table && cell() !== before) table = performance.now() - t0;
                if (table && last > t0 && performance.now() - last > 250) break;
              }
              watch.disconnect();
              return [table, last - t0];
            }""";

    @Test
    void printLatency() {
        open("widgets/softmax");
        double[] table = new double[SAMPLES];
        double[] chart = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            @SuppressWarnings("unchecked")
            List<Number> sample = (List<Number>) page.evaluate(ONE_CHANGE, i % 2 == 0 ? "ArrowUp" : "ArrowDown");
            table[i] = sample.get(0).doubleValue();
            chart[i] = sample.get(1).doubleValue();
        }
        System.out.printf("[benchmark] key press to table (server round trip): p50 %.1f ms, p95 %.1f ms%n",
                percentile(table, 50), percentile(table, 95));
        System.out.printf("[benchmark] key press to chart settled:             p50 %.1f ms, p95 %.1f ms%n",
                percentile(chart, 50), percentile(chart, 95));
        System.out.printf("[benchmark] chart ÷ round trip (p50): %.2f%n", percentile(chart, 50) / percentile(table, 50));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
