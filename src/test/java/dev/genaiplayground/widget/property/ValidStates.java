package dev.genaiplayground.widget.property;

import dev.genaiplayground.widget.StateRules;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for valid widget states within the records' declared limits, biased towards awkward values: -0.0,
 * subnormals, the limits themselves, numbers one ulp inside them, and labels full of the characters the text
 * forms escape (',', ';', '%', "%2C") or that look like other values ("NaN", "null", "-1", Arabic digits).
 */
public final class ValidStates {

    /** Pieces that labels are glued from: nothing invisible, so that every label is one a person can see. */
    static final List<String> LABEL_PIECES = List.of(
            "cat", "dog", "x", "42", "a b", ",", ";", "%", "%2C", "%3B", "%25", "%%", "=", "&", "+", "?", "#",
            "/", ":", "'", "\"", "\\", "é", "ß", "日本", "😀", "Ω", "١", "１", "NaN", "null", "-1", "1e400", "true",
            "<b>", "ü");

    private ValidStates() {
    }

    /** A finite number within ±maxAbs, uniform over bit patterns (so tiny and subnormal numbers are common). */
    public static Arbitrary<Double> within(double maxAbs) {
        long top = Double.doubleToLongBits(maxAbs);
        Arbitrary<Double> bits = Combinators.combine(Arbitraries.longs().between(0, top), Arbitraries.of(1.0, -1.0))
                .as((b, sign) -> sign * Double.longBitsToDouble(b));
        Arbitrary<Double> typed = Arbitraries.doubles().between(-maxAbs, maxAbs).ofScale(3);
        Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, maxAbs, -maxAbs, Math.nextDown(maxAbs),
                -Math.nextDown(maxAbs), Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0.1 + 0.2, 1e-300,
                1.0 / 3, maxAbs / 7);
        return Arbitraries.frequencyOf(Tuple.of(4, bits), Tuple.of(3, typed), Tuple.of(2, edges));
    }

    /** A finite number from min to max (both positive), uniform over bit patterns, plus the ends. */
    public static Arbitrary<Double> between(double min, double max) {
        Arbitrary<Double> bits = Arbitraries.longs()
                .between(Double.doubleToLongBits(min), Double.doubleToLongBits(max)).map(Double::longBitsToDouble);
        Arbitrary<Double> edges = Arbitraries.of(min, max, Math.nextUp(min), Math.nextDown(max), 0.1 + 0.2, 1.0);
        return Arbitraries.frequencyOf(Tuple.of(3, bits), Tuple.of(1, edges));
    }

    /** A label the records accept as it is and that has nothing invisible at its ends (inner spaces allowed). */
    public static Arbitrary<String> label() {
        Arbitrary<String> glued = Arbitraries.of(LABEL_PIECES).list().ofMinSize(1).ofMaxSize(5)
                .map(pieces -> String.join("", pieces));
        Arbitrary<String> letters = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> spaced = glued.map(s -> " " + s + "  ");
        return Arbitraries.frequencyOf(Tuple.of(6, glued), Tuple.of(2, letters), Tuple.of(1, spaced))
                .filter(s -> !s.strip().isEmpty() && s.strip().length() <= StateRules.MAX_LABEL_LENGTH
                        && Validity.stripInvisible(s.strip()).equals(s.strip()));
    }

    /**
     * Built from independent parts (a class count, and twelve logits and labels to take the first n of) rather than
     * with flatMap, so that jqwik shrinks a counterexample to few classes and simple values.
     */
    public static Arbitrary<SoftmaxState> softmax() {
        Arbitrary<Integer> classes = Arbitraries.integers().between(SoftmaxState.MIN_CLASSES, SoftmaxState.MAX_CLASSES);
        Arbitrary<List<Double>> logits = within(SoftmaxState.MAX_ABS_LOGIT).list().ofSize(SoftmaxState.MAX_CLASSES);
        Arbitrary<List<String>> labels = label().list().ofSize(SoftmaxState.MAX_CLASSES).uniqueElements(String::strip);
        Arbitrary<Double> temperature = between(SoftmaxState.MIN_TEMPERATURE, SoftmaxState.MAX_TEMPERATURE);
        Arbitrary<Integer> target = Arbitraries.integers().between(0, SoftmaxState.MAX_CLASSES - 1);
        return Combinators.combine(classes, logits, labels, temperature, target).as((n, l, names, t, tr) ->
                new SoftmaxState(l.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray(),
                        names.subList(0, n).toArray(String[]::new), t, tr % n));
    }

    /**
     * The shape (tokens, d, heads) comes from small independent integers that jqwik shrinks towards 2 tokens, d = 1
     * and one head; the matrix values come from a seed (generating up to 768 numbers one by one through jqwik is
     * slow), in a mode that shrinks towards all zeros: 0 zeros, 1–2 small whole numbers, else awkward numbers.
     */
    public static Arbitrary<AttentionState> attention() {
        Arbitrary<Integer> tokenCount = Arbitraries.integers()
                .between(AttentionState.MIN_TOKENS, AttentionState.MAX_TOKENS);
        Arbitrary<Integer> dimension = Arbitraries.integers()
                .between(AttentionState.MIN_DIMENSION, AttentionState.MAX_DIMENSION);
        Arbitrary<List<String>> names = Arbitraries.oneOf(label(), Arbitraries.of("the", "cat", "sat", ",", "ü"))
                .list().ofSize(AttentionState.MAX_TOKENS);
        Arbitrary<Integer> headsChoice = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 9);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(tokenCount, dimension, names, headsChoice, flags, mode, seed)
                .as((t, d, tokens, h, f, m, sd) -> {
                    int[] divisors = IntStream.rangeClosed(1, AttentionState.MAX_HEADS).filter(x -> d % x == 0)
                            .toArray();
                    Random random = new Random(sd);
                    return new AttentionState(tokens.subList(0, t).toArray(String[]::new),
                            matrix(t, d, m, random), matrix(t, d, m, random), matrix(t, d, m, random),
                            divisors[h % divisors.length], (f & 1) != 0, (f & 2) != 0);
                });
    }

    static double[][] matrix(int rows, int columns, int mode, Random random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = mode == 0 ? 0 : mode <= 2 ? random.nextInt(7) - 3 : awkward(AttentionState.MAX_ABS_VALUE, random);
            }
        }
        return m;
    }

    /** What {@link #within} generates, drawn from a plain Random. */
    static double awkward(double maxAbs, Random random) {
        double sign = random.nextBoolean() ? 1 : -1;
        return switch (random.nextInt(12)) {
            case 0 -> -0.0;
            case 1 -> 0.0;
            case 2 -> sign * maxAbs;
            case 3 -> sign * Math.nextDown(maxAbs);
            case 4 -> sign * Double.MIN_VALUE;
            case 5 -> sign * (0.1 + 0.2);
            case 6, 7 -> sign * Math.round(random.nextDouble() * maxAbs * 1000) / 1000.0;
            default -> sign * Double.longBitsToDouble(
                    (long) (random.nextDouble() * Double.doubleToLongBits(maxAbs)));
        };
    }

}
