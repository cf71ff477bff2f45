package dev.genaiplayground.compute.bench;

import dev.genaiplayground.compute.Attention;
import dev.genaiplayground.compute.Softmax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Prints what one widget update costs on this machine, as ratios against baselines measured in the same run:
 * copying an 8 × 32 result out with ND4J's {@code toDoubleMatrix()} against its data buffer (what
 * {@code NdArrays} does), and attention against a softmax of 3 logits. Not a test: run it by hand with
 * {@code ./mvnw -q test-compile} and then
 * {@code OMP_WAIT_POLICY=PASSIVE java -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.genaiplayground.compute.bench.CopyOutBenchmark}, where cp.txt comes from
 * {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class CopyOutBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int CALLS = 5_000;

    private CopyOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(7);
        double[][] q = randomMatrix(random);
        double[][] k = randomMatrix(random);
        double[][] v = randomMatrix(random);
        INDArray result = Nd4j.rand(DataType.DOUBLE, 8, 32);

        Measure rowViews = measure("toDoubleMatrix() of 8x32 (baseline)", result::toDoubleMatrix);
        Measure buffer = measure("data().asDouble() of 8x32", () -> result.data().asDouble());
        Measure softmax = measure("Softmax.evaluate, 3 logits (baseline)",
                () -> Softmax.evaluate(new double[] {2, 1, 0.1}, 1, 0));
        Measure attention = measure("Attention.compute 8x32, 4 heads, causal",
                () -> Attention.compute(q, k, v, 4, true, true));

        System.out.printf(Locale.ROOT, "copy-out: data buffer is %.1fx faster and uses %.1fx less native memory%n",
                rowViews.micros / buffer.micros, rowViews.nativeKb / Math.max(buffer.nativeKb, 0.01));
        System.out.printf(Locale.ROOT, "attention costs %.1fx a softmax of 3 logits%n",
                attention.micros / softmax.micros);
    }

    private record Measure(double micros, double nativeKb) {
    }

    private static Measure measure(String name, Supplier<?> work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long rssBefore = residentKb();
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            work.get();
        }
        Measure m = new Measure((System.nanoTime() - start) / 1e3 / CALLS,
                (residentKb() - rssBefore) / (double) CALLS);
        System.out.printf(Locale.ROOT, "%-45s %8.1f us/call %7.1f KB resident growth/call%n", name, m.micros,
                m.nativeKb);
        return m;
    }

    private static long residentKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
    }

    private static double[][] randomMatrix(Random random) {
        double[][] m = new double[8][32];
        for (double[] row : m) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian();
            }
        }
        return m;
    }
}
