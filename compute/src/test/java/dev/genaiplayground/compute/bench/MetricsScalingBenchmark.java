package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.ClassificationMetrics;
import dev.genaiplayground.compute.ScalingLaws;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Prints p50 and p95 of one compute call of the classification-metrics and scaling-laws widgets, per change as a
 * person makes them (a new threshold or a new budget each call), at the default size and at the largest state.
 * Not a test: run it as {@link CopyOutBenchmark} says, with this class's name.
 */
public final class MetricsScalingBenchmark {

    private static final int WARM_UP = 20_000;
    private static final int CALLS = 20_000;

    private MetricsScalingBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(11);
        for (int n : new int[] {20, 60, 1000}) {
            double[] scores = new double[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = i % 4 == 0 ? 1 : 0;
                scores[i] = Math.min(1, Math.max(0, 0.3 + 0.3 * labels[i] + 0.2 * random.nextGaussian()));
            }
            measure("ClassificationMetrics.evaluate, " + n + " examples",
                    i -> ClassificationMetrics.evaluate(scores, labels, (i % 101) / 100.0));
        }
        measure("ScalingLaws.evaluate (53-point curves)",
                i -> ScalingLaws.evaluate(7e10, 1.4e12, Math.pow(10, 15 + (i % 1300) / 100.0), 10));
    }

    private static void measure(String name, IntConsumer work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(i);
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-50s p50 %7.1f µs   p95 %7.1f µs%n", name, nanos[CALLS / 2] / 1e3,
                nanos[CALLS * 95 / 100] / 1e3);
    }
}
