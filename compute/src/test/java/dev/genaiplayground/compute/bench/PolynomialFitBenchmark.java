package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.Overfitting;
import dev.genaiplayground.compute.Regularization;
import dev.genaiplayground.compute.SamplePoints;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Prints the time one change costs in the overfitting and regularisation widgets (p50 and p95 over random edits
 * of the degree, the split and the switches), as wall time and as the thread's CPU time, for the default sizes and the largest the widgets accept. Not a test:
 * run it by hand like {@link CopyOutBenchmark}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.genaiplayground.compute.bench.PolynomialFitBenchmark}.
 */
public final class PolynomialFitBenchmark {

    private static final int WARM_UP = 300;
    private static final int CALLS = 300;
    /** CPU time of this thread: what a change costs, apart from waiting for a busy machine's cores. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PolynomialFitBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(11);
        double[][] twenty = SamplePoints.draw(1, 20, 0.25);
        double[][] forty = SamplePoints.draw(7, 40, 0.25);
        report("overfitting, 20 points (default)", i -> Overfitting.compute(twenty[0], twenty[1],
                6 + random.nextInt(9), random.nextInt(16)));
        report("overfitting, 40 points", i -> Overfitting.compute(forty[0], forty[1], 4 + random.nextInt(33),
                random.nextInt(16)));
        report("regularization, default (20 points, degree 12, 1000 epochs, 3 copies, 5 models)",
                i -> Regularization.compute(twenty[0], twenty[1], 10, random.nextInt(16),
                        new Regularization.Settings(12, 0.01, 1000, 3, 0.1, 5, 1)));
        report("regularization, largest (40 points, 36 training, degree 15, 1000 epochs, 3 copies, 5 models)",
                i -> Regularization.compute(forty[0], forty[1], 36, random.nextInt(16),
                        new Regularization.Settings(15, 0.01, 1000, 3, 0.2, 5, 1)));
    }

    private static void report(String name, IntConsumer change) {
        for (int i = 0; i < WARM_UP; i++) {
            change.accept(i);
        }
        long[] nanos = new long[CALLS];
        long[] cpu = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            change.accept(i);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.println(String.format(Locale.ROOT, "%-96s wall p50 %6.2f p95 %6.2f ms; CPU p50 %6.2f p95 %6.2f ms",
                name, nanos[CALLS / 2] / 1e6, nanos[CALLS * 95 / 100] / 1e6, cpu[CALLS / 2] / 1e6,
                cpu[CALLS * 95 / 100] / 1e6));
    }
}
