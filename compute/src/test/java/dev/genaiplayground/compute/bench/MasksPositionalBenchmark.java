package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.AttentionMasks;
import dev.genaiplayground.compute.AttentionMasks.Architecture;
import dev.genaiplayground.compute.PositionalEncoding;
import dev.genaiplayground.compute.PositionalEncoding.Scheme;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Time per widget change (one compute call) of the masks and positional-encoding widgets, p50 and p95, at their
 * default and largest states. Not a test: run by hand like {@link CopyOutBenchmark}, with
 * {@code dev.genaiplayground.compute.bench.MasksPositionalBenchmark} as the class.
 */
public final class MasksPositionalBenchmark {

    private static final int WARM_UP = 300;
    private static final int CALLS = 1_000;

    private MasksPositionalBenchmark() {
    }

    public static void main(String[] args) {
        String[] five = "the dog bites the man".split(" ");
        String[] twelve = "one two three four five six seven eight nine ten eleven twelve".split(" ");
        measure("masks default (decoder, 5 words)", () -> AttentionMasks.compute(Architecture.DECODER, five, five, 0));
        measure("masks largest (encoder-decoder, 12 + 12 words)",
                () -> AttentionMasks.compute(Architecture.ENCODER_DECODER, twelve, twelve, 7));
        String[] three = {"dog", "bites", "man"};
        String[] eight = Arrays.copyOf(twelve, 8);
        measure("positional-encoding default (32 x 32 sinusoidal, 3 words)",
                () -> PositionalEncoding.compute(32, 32, Scheme.SINUSOIDAL, 0, three));
        measure("positional-encoding largest (64 x 64 learned, 8 words)",
                () -> PositionalEncoding.compute(64, 64, Scheme.LEARNED, 0, eight));
        measure("positional-encoding 64 x 64 relative, 8 words",
                () -> PositionalEncoding.compute(64, 64, Scheme.RELATIVE, 0, eight));
    }

    private static void measure(String name, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-60s p50 %7.3f ms   p95 %7.3f ms%n", name, nanos[CALLS / 2] / 1e6,
                nanos[CALLS * 95 / 100] / 1e6);
    }
}
