package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.Cosine;
import dev.genaiplayground.compute.GradientDescent;
import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.compute.GradientDescent.Surface;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Prints the server time of one update of the gradient descent and cosine widgets (p50 and p95 over many calls,
 * each with slightly different inputs, as a drag sends them), for the default-sized and the largest states. Not a
 * test: run it as {@link CopyOutBenchmark} says, with this class's name.
 */
public final class GradientDescentCosineBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int CALLS = 3_000;

    private GradientDescentCosineBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(11);
        double[][] six = {{-2.5, -1.2}, {-1.5, 0.1}, {-0.5, 0.2}, {0.5, 1.6}, {1.5, 2.0}, {2.5, 3.1}};
        double[][] twenty = new double[20][];
        for (int i = 0; i < twenty.length; i++) {
            twenty[i] = new double[] {-3 + 0.3 * i, random.nextGaussian()};
        }
        report("fit, line, 6 points, 20 steps", () -> {
            six[0][1] = -1.2 + random.nextDouble() * 0.1;
            return GradientDescent.fit(six, Model.LINE, 0.05, 0, 20);
        });
        report("fit, parabola, 20 points, 200 steps", () -> {
            twenty[0][1] = random.nextDouble();
            return GradientDescent.fit(twenty, Model.PARABOLA, 0.02, 0.5, 200);
        });
        report("surface, two minima, 200 steps", () -> GradientDescent.surface(Surface.TWO_MINIMA,
                new double[] {2.5 + random.nextDouble() * 0.1, 1}, 0.02, 0.9, 200));
        report("cosine, 2 dimensions", () -> Cosine.compare(new double[] {3, 1 + random.nextDouble()},
                new double[] {1, 2}));
        double[] a = random.doubles(32).toArray();
        double[] b = random.doubles(32).toArray();
        report("cosine, 32 dimensions", () -> {
            a[0] = random.nextDouble();
            return Cosine.compare(a, b);
        });
    }

    private static void report(String name, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-40s p50 %7.1f µs   p95 %7.1f µs%n", name, nanos[CALLS / 2] / 1e3,
                nanos[CALLS * 95 / 100] / 1e3);
    }
}
