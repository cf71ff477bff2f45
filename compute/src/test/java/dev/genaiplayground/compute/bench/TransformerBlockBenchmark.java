package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.TransformerBlock;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server time of one transformer-block compute at the worked example's size (batch 2 × sequence 16 × d_model 256,
 * 8 heads, feed-forward 1024): one block and the full stack of 12, with and without the causal mask, as p50 and
 * p95 over {@value #CALLS} calls after {@value #WARM_UP} warm-up calls, each call a new seed (as a person changing
 * the seed causes; equal states come from the result cache and cost nothing), and then showing another head,
 * item or block of a stack already computed. Not part of the normal run:
 * {@code ./mvnw -o test -Dtest=TransformerBlockBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TransformerBlockBenchmark {

    private static final int WARM_UP = 10;
    private static final int CALLS = 40;

    @Test
    void printServerTime() {
        for (int blocks : new int[] {1, 12}) {
            for (boolean causal : new boolean[] {false, true}) {
                double[] millis = new double[CALLS];
                for (int i = -WARM_UP; i < CALLS; i++) {
                    long start = System.nanoTime();
                    TransformerBlock.compute(1000 + i, blocks, true, true, causal, blocks, 1, 1);
                    if (i >= 0) {
                        millis[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "[benchmark] transformer-block, %2d block(s), causal %-5s: p50 %.1f ms,"
                        + " p95 %.1f ms, min %.1f ms%n", blocks, causal, millis[CALLS / 2],
                        millis[(int) Math.ceil(CALLS * 0.95) - 1], millis[0]);
            }
        }
        // Another head of a stack already computed: from the memo of stacks, no ND4J work.
        double[] millis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            TransformerBlock.compute(1000, 12, true, true, true, 1 + i % 12, 1 + i % 2, 1 + i % 8);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "[benchmark] transformer-block, another head/item/block of a computed stack:"
                + " p50 %.3f ms, p95 %.3f ms%n", millis[CALLS / 2], millis[(int) Math.ceil(CALLS * 0.95) - 1]);
    }
}
