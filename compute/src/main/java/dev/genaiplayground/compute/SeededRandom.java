package dev.genaiplayground.compute;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014): a tiny random number generator that is easy to write identically in
 * any language, so the widgets' NumPy programs draw exactly the same numbers from the same seed. Python:
 * <pre>
 * M = 2**64 - 1
 * def next64(s):
 *     s = (s + 0x9E3779B97F4A7C15) &amp; M; z = s
 *     z = ((z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9) &amp; M
 *     z = ((z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB) &amp; M
 *     return s, z ^ (z &gt;&gt; 31)
 * </pre>
 * A uniform number in [0, 1) is the top 53 bits times 2⁻⁵³, exact in both languages.
 */
public final class SeededRandom {

    private long state;

    /** A generator for one purpose ({@code stream}) of one seed: different streams give unrelated numbers. */
    public SeededRandom(long seed, long stream) {
        this.state = seed * 1_000_003L + stream;
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform whole number in [0, bound). */
    public int nextIndex(int bound) {
        return (int) Math.floor(nextDouble() * bound);
    }
}
