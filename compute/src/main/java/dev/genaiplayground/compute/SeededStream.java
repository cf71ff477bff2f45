package dev.genaiplayground.compute;

/**
 * The random numbers behind the transformer block's weights and input, made so that Java and NumPy produce the
 * very same doubles from a seed: counter-based SplitMix64 (Steele, Lea and Flood 2014).
 *
 * <p>Value number {@code i} (0, 1, 2, …) of the stream for {@code seed} is
 * <pre>
 *   z = seed + (i + 1) · 0x9E3779B97F4A7C15            (mod 2^64)
 *   z = (z ^ (z >>> 30)) · 0xBF58476D1CE4E5B9
 *   z = (z ^ (z >>> 27)) · 0x94D049BB133111EB
 *   z =  z ^ (z >>> 31)
 *   u = (z >>> 11) · 2^-53                              (a double in [0, 1), exact)
 *   value = 2u − 1                                      (uniform in [−1, 1), variance 1/3, exact)
 * </pre>
 * NumPy computes the same with {@code uint64} arrays (which wrap modulo 2^64, as Java's {@code long} does): see
 * {@code compute/reference/transformer_block.py} and the widget's "show the code". Being counter-based, any
 * block's weights can be made without making the ones before them, and the two implementations agree bit for bit.
 */
final class SeededStream {

    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeededStream() {
    }

    /** Value number {@code index} of the stream for {@code seed}, uniform in [−1, 1). */
    static double value(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return 2.0 * ((z >>> 11) * 0x1.0p-53) - 1.0;
    }

    /** Values {@code start}, {@code start + 1}, … of the stream, each multiplied by {@code scale}, into {@code out}. */
    static void fill(long seed, long start, double scale, double[] out, int outOffset, int count) {
        for (int i = 0; i < count; i++) {
            out[outOffset + i] = value(seed, start + i) * scale;
        }
    }
}
