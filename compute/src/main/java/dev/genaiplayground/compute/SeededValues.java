package dev.genaiplayground.compute;

import java.nio.charset.StandardCharsets;

/**
 * Reproducible pseudo-random numbers in [−1, 1) named by text: the same name and seed give the same numbers on any
 * machine and in any language. Stands in for trained values (a word's embedding, a learned position vector, a
 * relative-position bias) in widgets that show what a model does with them, not how it learned them.
 *
 * <p>The recipe is short so that a NumPy program can repeat it bit for bit: the name's UTF-8 bytes hashed with
 * 64-bit FNV-1a, the seed times the golden-ratio constant added, then a SplitMix64 stream (Steele, Lea and Flood,
 * 2014) whose top 53 bits make a double u in [0, 1), returned as 2u − 1. All arithmetic wraps modulo 2⁶⁴.
 */
public final class SeededValues {

    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SeededValues() {
    }

    /** {@code length} numbers in [−1, 1) for {@code name} and {@code seed}. */
    public static double[] vector(String name, long seed, int length) {
        long state = fnv1a(name) + seed * GOLDEN;
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            state += GOLDEN;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            values[i] = (z >>> 11) * 0x1.0p-53 * 2 - 1;
        }
        return values;
    }

    /** One row per name. */
    static double[][] rows(String prefix, String[] names, long seed, int length) {
        double[][] rows = new double[names.length][];
        for (int i = 0; i < names.length; i++) {
            rows[i] = vector(prefix + names[i], seed, length);
        }
        return rows;
    }

    private static long fnv1a(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
