package dev.genaiplayground.compute;

import java.util.Locale;

/**
 * Validates input before ND4J sees it, and says in plain words what is wrong.
 *
 * <p>ND4J does not complain about bad numbers: a NaN or an infinity quietly turns a whole softmax row into NaN
 * ({@code max} skips NaN while {@code sum} does not). Sizes are capped so an absurd input is refused before
 * anything is allocated. Nothing is clamped: bad input is an {@link IllegalArgumentException}.
 */
final class InputCheck {

    static final int MAX_CLASSES = 4096;
    static final int MAX_TOKENS = 512;
    static final int MAX_DIMS = 1024;
    static final int MAX_HEADS = Attention.MAX_HEADS;

    /**
     * Largest magnitude of any input value. Far beyond anything a widget shows, yet small enough that no
     * intermediate (a dot product of 1024 such values, a logit divided by a small temperature and shifted)
     * overflows to infinity and then to NaN.
     */
    static final double MAX_MAGNITUDE = 1e100;

    private InputCheck() {
    }

    /** A non-empty vector of at most {@code maxLength} finite values. */
    static void vector(String name, double[] values, int maxLength) {
        if (values == null) {
            throw problem("%s is missing (null)", name);
        }
        if (values.length == 0) {
            throw problem("%s is empty; give at least one value", name);
        }
        if (values.length > maxLength) {
            throw problem("%s has %d values; at most %d are allowed", name, values.length, maxLength);
        }
        for (int i = 0; i < values.length; i++) {
            value(name + "[" + i + "]", values[i]);
        }
    }

    /** A non-empty rectangular matrix of at most {@code maxRows} × {@code maxColumns} finite values. */
    static void matrix(String name, double[][] rows, int maxRows, int maxColumns) {
        if (rows == null) {
            throw problem("%s is missing (null)", name);
        }
        if (rows.length == 0) {
            throw problem("%s has no rows; give one row per token", name);
        }
        if (rows.length > maxRows) {
            throw problem("%s has %d rows; at most %d tokens are allowed", name, rows.length, maxRows);
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw problem("%s row %d is missing (null)", name, i);
            }
            if (rows[i].length != rows[0].length) {
                throw problem("%s is ragged: row 0 has %d values but row %d has %d; every row needs the same length",
                        name, rows[0].length, i, rows[i].length);
            }
        }
        int columns = rows[0].length;
        if (columns == 0) {
            throw problem("%s has empty rows; every row needs at least one value", name);
        }
        if (columns > maxColumns) {
            throw problem("%s has %d columns; at most %d dimensions are allowed", name, columns, maxColumns);
        }
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns; j++) {
                value(name + "[" + i + "][" + j + "]", rows[i][j]);
            }
        }
    }

    /** One finite value of sane magnitude. */
    static void value(String name, double value) {
        if (Double.isNaN(value)) {
            throw problem("%s is NaN; every value must be a finite number", name);
        }
        if (Double.isInfinite(value)) {
            throw problem("%s is %s; every value must be a finite number", name, value > 0 ? "+Infinity" : "-Infinity");
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            throw problem("%s = %s is too large; every value must lie between -1e100 and 1e100", name, value);
        }
    }

    /** A softmax temperature: positive and finite. */
    static void temperature(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw problem("temperature is %s; it must be a positive finite number (1.0 leaves the logits unchanged)",
                    temperature);
        }
    }

    /** The index of the correct class among {@code classes} logits. */
    static void target(int target, int classes) {
        if (target < 0 || target >= classes) {
            throw problem("target = %d is out of range; with %d logits it must be 0 to %d", target, classes, classes - 1);
        }
    }

    /** Two vectors that are compared element by element. */
    static void sameLength(String nameA, double[] a, String nameB, double[] b) {
        if (a.length != b.length) {
            throw problem("%s has %d values but %s has %d; the vectors need the same length",
                    nameA, a.length, nameB, b.length);
        }
    }

    /** A vector with a direction (cosine similarity divides by its length). */
    static void notAllZero(String name, double[] values) {
        for (double value : values) {
            if (value != 0) {
                return;
            }
        }
        throw problem("%s is the zero vector; it has no direction, so cosine similarity is undefined", name);
    }

    /** Q, K and V of one attention call: one row per token each, all of the same width d. */
    static void attentionShapes(double[][] q, double[][] k, double[][] v) {
        if (q.length != k.length || q.length != v.length) {
            String other = q.length != k.length ? "K" : "V";
            int otherRows = q.length != k.length ? k.length : v.length;
            throw problem("Q has %d rows but %s has %d; Q, K and V need one row per token", q.length, other, otherRows);
        }
        int d = q[0].length;
        if (d != k[0].length || d != v[0].length) {
            String other = d != k[0].length ? "K" : "V";
            int otherColumns = d != k[0].length ? k[0].length : v[0].length;
            throw problem("Q has %d columns but %s has %d; Q, K and V need the same number of dimensions d",
                    d, other, otherColumns);
        }
    }

    /** A head count from 1 to {@link #MAX_HEADS} that divides d into equal slices. */
    static void heads(int heads, int d) {
        if (heads < 1 || heads > MAX_HEADS) {
            throw problem("heads = %d is out of range; use 1 to %d heads", heads, MAX_HEADS);
        }
        if (d % heads != 0) {
            throw problem("d = %d cannot be split into %d heads; the number of heads must divide d", d, heads);
        }
    }

    private static IllegalArgumentException problem(String format, Object... args) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
}
