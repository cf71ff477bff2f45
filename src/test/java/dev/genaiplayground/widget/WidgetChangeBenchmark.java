package dev.genaiplayground.widget;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The server's time per change for every registered widget: a person's edit, a link or a broadcast sets a new
 * state, which is computed (a cache miss: each state is new) and rendered into the view's components (in a mocked
 * Vaadin UI, so no network). Prints p50 and p95 per widget, and each as a ratio to the softmax widget measured in
 * the same run, since this machine is shared and noisy.
 *
 * <p>Opt-in: {@code ./mvnw test -Dtest=WidgetChangeBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class WidgetChangeBenchmark {

    private static final int WARM_UP = 40;
    private static final int CHANGES = 200;

    @BeforeEach
    void mockVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void timePerChange() {
        List<String> lines = new ArrayList<>();
        double baseline = Double.NaN;
        List<WidgetDefinition<?, ?>> widgets = new ArrayList<>(RegisteredWidgets.all());
        widgets.sort((a, b) -> a.id().equals("softmax") ? -1 : b.id().equals("softmax") ? 1 : a.id().compareTo(b.id()));
        for (WidgetDefinition<?, ?> widget : widgets) {
            double[] micros = measure(widget);
            double p50 = percentile(micros, 50);
            double p95 = percentile(micros, 95);
            if (Double.isNaN(baseline)) {
                baseline = p50;
            }
            lines.add(String.format(Locale.ROOT, "%-24s p50 %9.0f µs  p95 %9.0f µs  (p50 %6.1f× softmax)",
                    widget.id(), p50, p95, p50 / baseline));
        }
        System.out.println("\nServer time per change (compute on a cache miss + render), " + CHANGES
                + " random states per widget:");
        lines.forEach(System.out::println);
    }

    private static <S extends Record, R extends Record> double[] measure(WidgetDefinition<S, R> widget) {
        ResultCache results = new ResultCache(10_000, new SimpleMeterRegistry());
        Random random = new Random(7);
        WidgetHost<S, R> host = WidgetHost.of(widget, widget.defaultState(), results);
        UI.getCurrent().add(host);
        double[] micros = new double[CHANGES];
        for (int i = -WARM_UP; i < CHANGES; i++) {
            S state = RegisteredWidgets.randomState(widget, random);
            long start = System.nanoTime();
            host.view().setState(state, ChangeOrigin.BROADCAST);
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                micros[i] = elapsed / 1e3;
            }
        }
        UI.getCurrent().remove(host);
        return micros;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1];
    }
}
