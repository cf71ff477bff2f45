package dev.genaiplayground.widget;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The compact text form of one setting's value. Lists are comma-separated and matrix rows are separated by
 * semicolons, so "1,0;0,1" is a 2×2 identity. In text lists, '%', ',' and ';' are percent-escaped so that any label
 * survives the round trip.
 */
final class ValueText {

    private static final List<Class<?>> SUPPORTED = List.of(
            double.class, int.class, long.class, boolean.class, String.class, double[].class, int[].class,
            String[].class, double[][].class);

    /**
     * Numbers as people write them in links and lesson blocks: ASCII digits, '.' for decimals, an optional exponent,
     * and the minus sign '−' the tables show as well as '-' (frontend/number-text.js reads typed numbers the same way).
     * Possessive quantifiers, so that a long non-number fails in linear time.
     */
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[+\\-\u2212]?+([0-9]++\\.?+[0-9]*+|\\.[0-9]++)([eE][+-]?+[0-9]++)?+");
    private static final char MINUS_SIGN = '\u2212';
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?+[0-9]++");

    private ValueText() {
    }

    static void requireSupported(Class<?> type, String where) {
        if (!SUPPORTED.contains(type) && !type.isEnum()) {
            throw new IllegalStateException(where + " has type " + type.getSimpleName()
                    + ", which widget state text does not support");
        }
    }

    static String typeName(Class<?> type) {
        if (type == double.class) {
            return "number";
        }
        if (type == int.class || type == long.class) {
            return "whole number";
        }
        if (type == int[].class) {
            return "whole numbers, separated by ','";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", enumNames(type));
        }
        if (type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == double[].class) {
            return "numbers, separated by ','";
        }
        if (type == String[].class) {
            return "names, separated by ',' (',', ';' and '%' inside a name written %2C, %3B, %25)";
        }
        return "matrix: rows separated by ';', numbers in a row by ','";
    }

    static String format(Object value) {
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        if (value instanceof Enum<?> e) {
            return enumName(e);
        }
        if (value instanceof int[] list) {
            return Arrays.stream(list).mapToObj(Integer::toString).collect(Collectors.joining(","));
        }
        if (value instanceof double[] list) {
            return Arrays.stream(list).mapToObj(ValueText::formatNumber).collect(Collectors.joining(","));
        }
        if (value instanceof double[][] matrix) {
            return Arrays.stream(matrix).map(ValueText::format).collect(Collectors.joining(";"));
        }
        if (value instanceof String[] texts) {
            return Arrays.stream(texts).map(ValueText::escape).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    static Object parse(String text, Class<?> type) {
        String trimmed = text.strip();
        if (type == double.class) {
            return parseNumber(trimmed);
        }
        if (type == int.class) {
            return (int) parseWhole(trimmed, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class) {
            return parseWhole(trimmed, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == int[].class) {
            return trimmed.isEmpty() ? new int[0] : Arrays.stream(trimmed.split(",", -1))
                    .mapToInt(part -> (int) parseWhole(part.strip(), Integer.MIN_VALUE, Integer.MAX_VALUE)).toArray();
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (enumName((Enum<?>) constant).equals(trimmed.toLowerCase(Locale.ROOT))) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + shorten(trimmed) + "' is not one of "
                    + String.join(", ", enumNames(type)) + ".");
        }
        if (type == boolean.class) {
            if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(trimmed);
            }
            throw new IllegalArgumentException("'" + shorten(trimmed) + "' is neither true nor false.");
        }
        if (type == String.class) {
            return text;
        }
        if (type == double[].class) {
            return parseNumbers(trimmed);
        }
        if (type == String[].class) {
            return trimmed.isEmpty() ? new String[0]
                    : Arrays.stream(trimmed.split(",", -1)).map(s -> unescape(s.strip())).toArray(String[]::new);
        }
        if (type == double[][].class) {
            String[] rows = trimmed.split(";", -1);
            double[][] matrix = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                try {
                    matrix[r] = parseNumbers(rows[r].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("row " + (r + 1) + ", " + e.getMessage());
                }
            }
            return matrix;
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    /** A whole number in ASCII digits: Long.parseLong would also read Arabic-Indic or full-width digits. */
    private static long parseWhole(String text, long min, long max) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a whole number.");
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException tooLarge) {
            // reported below
        }
        throw new IllegalArgumentException("'" + shorten(text) + "' is too large.");
    }

    /** An enum constant as written in links: lower case, '-' between words ("TWO_MINIMA" is "two-minima"). */
    private static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> enumName((Enum<?>) c)).toList();
    }

    /** Whole numbers print without ".0"; others use Java's shortest round-tripping form. */
    private static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return Long.toString((long) d);
        }
        // "1.0E308" reads as 1e308, "2.5E-7" as 2.5e-7: the same double either way
        return Double.toString(d).replace(".0E", "E").replace('E', 'e');
    }

    private static double[] parseNumbers(String text) {
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = parseNumber(parts[i].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("number " + (i + 1) + ": " + e.getMessage());
            }
        }
        return values;
    }

    private static double parseNumber(String text) {
        // Double.parseDouble also accepts "NaN", "Infinity" and hex; a person means none of these.
        if (!DECIMAL_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a number.");
        }
        double value = Double.parseDouble(text.replace(MINUS_SIGN, '-'));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is too large.");
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("%", "%25").replace(",", "%2C").replace(";", "%3B");
    }

    private static String unescape(String text) {
        return text.replace("%2C", ",").replace("%3B", ";").replace("%25", "%");
    }

    private static String shorten(String text) {
        return PersonText.quote(text, 20);
    }
}
