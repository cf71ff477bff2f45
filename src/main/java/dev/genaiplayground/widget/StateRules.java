package dev.genaiplayground.widget;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The checks that widget state records share, each failing with a message a person can act on. Records call these
 * from their canonical constructors; nothing is clamped or repaired silently.
 */
public final class StateRules {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\p{Z}\\s]+");

    public static final int MAX_LABEL_LENGTH = 24;

    private StateRules() {
    }

    public static void requireCount(String name, double[] values, int min, int max) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        requireCount(name, values.length, min, max);
    }

    public static void requireCount(String name, int count, int min, int max) {
        if (count < min || count > max) {
            throw new IllegalArgumentException(name + ": give " + min + " to " + max + " of them, not " + count + ".");
        }
    }

    /** For edits that name a position (a class, a row): a forged or stale index gets a message, not a crash. */
    public static void requireIndex(String name, int index, int size) {
        if (index < 0 || index >= size) {
            // long: index + 1 must not overflow for a forged Integer.MAX_VALUE
            String which = index < 0 ? "before the first" : "number " + ((long) index + 1);
            throw new IllegalArgumentException("There is no " + name + " " + which + "; they are numbered 1 to "
                    + size + ".");
        }
    }

    public static void requireWithin(String name, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number.");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + plain(min) + " and " + plain(max)
                    + ", not " + plain(value) + ".");
        }
    }

    /** Every number of a list within [min, max]; a message names the number by its position, counting from 1. */
    public static void requireWithin(String name, double[] values, double min, double max) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": number " + (i + 1) + " must be a finite number.");
            }
            if (values[i] < min || values[i] > max) {
                throw new IllegalArgumentException(name + ": number " + (i + 1) + " is " + plain(values[i])
                        + "; each must be between " + plain(min) + " and " + plain(max) + ".");
            }
        }
    }

    /**
     * Checks a matrix (rows × columns, every row the same length, every value finite and within ±maxAbs) and
     * returns a deep copy.
     */
    public static double[][] matrix(String name, double[][] rows, int expectedRows, int columns, double maxAbs) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        if (rows.length != expectedRows) {
            throw new IllegalArgumentException(name + " needs one row per token: " + expectedRows + " rows, not "
                    + rows.length + ".");
        }
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length != columns) {
                throw new IllegalArgumentException(name + ": row " + (r + 1) + " has "
                        + (rows[r] == null ? 0 : rows[r].length) + " numbers; every row needs " + columns + ".");
            }
            requireWithin(name + ": row " + (r + 1) + ",", rows[r], -maxAbs, maxAbs);
            copy[r] = rows[r].clone();
        }
        return copy;
    }

    /**
     * Checks a list of names: none empty, none longer than {@value #MAX_LABEL_LENGTH} characters, none with a
     * character nobody can see, all different when asked. Returns them tidied ({@link PersonText#tidy}).
     */
    public static String[] labels(String name, String[] labels, int expected, boolean distinct) {
        if (labels == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        if (labels.length != expected) {
            throw new IllegalArgumentException(name + ": give " + expected + " names, one for each, not "
                    + labels.length + ".");
        }
        String[] tidied = Arrays.stream(labels).map(PersonText::tidy).toArray(String[]::new);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tidied.length; i++) {
            String label = tidied[i];
            if (label.isEmpty()) {
                throw new IllegalArgumentException(name + ": name " + (i + 1) + " is empty; give it a name.");
            }
            String invisible = PersonText.firstInvisible(label);
            if (invisible != null) {
                throw new IllegalArgumentException(name + ": name " + (i + 1) + " contains a character that cannot "
                        + "be seen (" + invisible + "); remove it.");
            }
            if (PersonText.length(label) > MAX_LABEL_LENGTH) {
                throw new IllegalArgumentException(name + ": name " + (i + 1) + " is longer than "
                        + MAX_LABEL_LENGTH + " characters.");
            }
            if (distinct && !seen.add(label)) {
                throw new IllegalArgumentException(name + ": '" + PersonText.quote(label, MAX_LABEL_LENGTH)
                        + "' is there twice; give each a different name.");
            }
        }
        return tidied;
    }

    private static String plain(double value) {
        return ValueText.format(value);
    }

    /**
     * A sentence a person typed, as words: {@code text} NFC-normalised, split on white space; refused with a message that starts with
     * {@code name} when there are none, too many, or one is too long or holds a character nobody can see.
     */
    public static String[] words(String name, String text, int maxWords, int maxLength) {
        if (text == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        String tidy = PersonText.tidy(text);
        String[] words = tidy.isEmpty() ? new String[0] : SPACES.split(tidy);
        if (words.length == 0) {
            throw new IllegalArgumentException(name + " has no words; type at least one.");
        }
        if (words.length > maxWords) {
            throw new IllegalArgumentException(name + " has " + words.length + " words; use at most " + maxWords
                    + ".");
        }
        for (int i = 0; i < words.length; i++) {
            String invisible = PersonText.firstInvisible(words[i]);
            if (invisible != null) {
                throw new IllegalArgumentException(name + ": word " + (i + 1) + " contains a character that cannot "
                        + "be seen (" + invisible + "); remove it.");
            }
            if (PersonText.length(words[i]) > maxLength) {
                throw new IllegalArgumentException(name + ": word " + (i + 1) + " (“"
                        + PersonText.quote(words[i], 12) + "”) is longer than " + maxLength + " characters.");
            }
        }
        return words;
    }
}
