package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.Backprop;
import dev.genaiplayground.compute.Perplexity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Prints the compute time of one backprop and one perplexity widget change (p50 and p95 over distinct states, so no
 * cache helps). Not a test: run it by hand like {@link CopyOutBenchmark}, with
 * {@code dev.genaiplayground.compute.bench.BackpropPerplexityBenchmark} as the class.
 */
public final class BackpropPerplexityBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int CALLS = 5_000;

    private BackpropPerplexityBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(11);
        report("backprop (2-2-1 network, forward, backward, 15 finite differences)", () -> Backprop.compute(
                new double[] {random.nextGaussian(), random.nextGaussian()}, random.nextGaussian(),
                new double[][] {{random.nextGaussian(), random.nextGaussian()},
                        {random.nextGaussian(), random.nextGaussian()}},
                new double[] {random.nextGaussian(), random.nextGaussian()},
                new double[] {random.nextGaussian(), random.nextGaussian()}, random.nextGaussian(),
                random.nextInt(Backprop.LAST_STEP + 1)));
        report("perplexity (32 tokens)", () -> Perplexity.evaluate(
                random.doubles(32, 1e-5, 1).toArray()));
    }

    private static void report(String name, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-70s p50 %7.1f µs   p95 %7.1f µs%n", name, nanos[CALLS / 2] / 1e3,
                nanos[CALLS * 95 / 100] / 1e3);
    }
}
