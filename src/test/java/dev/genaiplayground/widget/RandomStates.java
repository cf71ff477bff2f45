package dev.genaiplayground.widget;

import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random valid widget states for round-trip tests, biased towards the awkward cases: extreme and tiny magnitudes,
 * negative zero, values at the limits, and labels full of the characters the text form has to escape.
 */
final class RandomStates {

    /** Pieces that labels are glued from: separators, escape look-alikes, spaces, URL specials and unicode. */
    private static final List<String> LABEL_PIECES = List.of(
            "cat", "dog", "x", "42", "a b", " ", ",", ";", "%", "%2C", "%3B", "%25", "%%", "=", "&", "+", "?", "#",
            "/", ":", "'", "\"", "\\", "é", "ß", "日本", "😀", "\u00a0", "Ω", "\u3000", "👨\u200d👩");

    /** Tokens are drawn from a small pool so that repeats are common. */
    private static final List<String> TOKEN_POOL = List.of("the", "cat", "sat", "on", "a", ",", ";", "%2C", "ü");

    private final Random random;

    RandomStates(long seed) {
        this.random = new Random(seed);
    }

    SoftmaxState softmax() {
        int classes = between(SoftmaxState.MIN_CLASSES, SoftmaxState.MAX_CLASSES);
        double[] logits = IntStream.range(0, classes).mapToDouble(i -> number(SoftmaxState.MAX_ABS_LOGIT)).toArray();
        Map<String, String> labels = new LinkedHashMap<>(); // the record tidies labels, then wants them distinct
        while (labels.size() < classes) {
            String label = label();
            labels.putIfAbsent(PersonText.tidy(label), label);
        }
        return new SoftmaxState(logits, labels.values().toArray(String[]::new), temperature(),
                random.nextInt(classes));
    }

    AttentionState attention() {
        int tokens = between(AttentionState.MIN_TOKENS, AttentionState.MAX_TOKENS);
        int d = between(AttentionState.MIN_DIMENSION, AttentionState.MAX_DIMENSION);
        int[] heads = IntStream.rangeClosed(1, AttentionState.MAX_HEADS).filter(h -> d % h == 0).toArray();
        String[] names = IntStream.range(0, tokens)
                .mapToObj(i -> random.nextBoolean() ? TOKEN_POOL.get(random.nextInt(TOKEN_POOL.size())) : label())
                .toArray(String[]::new);
        return new AttentionState(names, matrix(tokens, d), matrix(tokens, d), matrix(tokens, d),
                heads[random.nextInt(heads.length)], random.nextBoolean(), random.nextBoolean());
    }

    /** A finite number within ±maxAbs, often one whose text form is tricky. */
    double number(double maxAbs) {
        double sign = random.nextBoolean() ? 1 : -1;
        return switch (random.nextInt(10)) {
            case 0 -> -0.0;
            case 1 -> 0.0;
            case 2 -> sign * maxAbs;
            case 3 -> sign * Double.MIN_VALUE; // the smallest subnormal
            case 4 -> sign * random.nextDouble() * Math.pow(10, -random.nextInt(320)); // tiny, down to subnormals
            case 5 -> sign * (0.1 + 0.2);
            case 6 -> sign * random.nextInt((int) maxAbs + 1); // whole numbers print without ".0"
            case 7 -> sign * Math.nextDown(maxAbs); // just inside the limit
            case 8 -> sign * random.nextInt(1000) / 10.0 % maxAbs; // one decimal, as people type them
            default -> (random.nextDouble() * 2 - 1) * maxAbs;
        };
    }

    private double temperature() {
        return switch (random.nextInt(5)) {
            case 0 -> SoftmaxState.MIN_TEMPERATURE;
            case 1 -> SoftmaxState.MAX_TEMPERATURE;
            case 2 -> Math.nextUp(SoftmaxState.MIN_TEMPERATURE);
            case 3 -> 0.1 + 0.2;
            default -> SoftmaxState.MIN_TEMPERATURE
                    + random.nextDouble() * (SoftmaxState.MAX_TEMPERATURE - SoftmaxState.MIN_TEMPERATURE);
        };
    }

    /** A label the records accept: not blank and at most {@link StateRules#MAX_LABEL_LENGTH} characters. */
    private String label() {
        while (true) {
            StringBuilder label = new StringBuilder();
            int pieces = between(1, 5);
            for (int i = 0; i < pieces; i++) {
                label.append(LABEL_PIECES.get(random.nextInt(LABEL_PIECES.size())));
            }
            String text = label.toString();
            String tidy = PersonText.tidy(text);
            if (!tidy.isEmpty() && PersonText.length(tidy) <= StateRules.MAX_LABEL_LENGTH) {
                return text;
            }
        }
    }

    private double[][] matrix(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = number(AttentionState.MAX_ABS_VALUE);
            }
        }
        return m;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
