package dev.genaiplayground.widget;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Values written as Python source for the "show the code" programs: numbers at full precision (every double
 * prints so that Python reads back the same double), lists, NumPy matrices, and names inside comments.
 */
public final class PythonText {

    private PythonText() {
    }

    public static String number(double value) {
        return Double.toString(value);
    }

    public static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(PythonText::number).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code np.array([...])} of floats, one row per line when it has several. */
    public static String array(double[] values) {
        return "np.array(" + numbers(values) + ")";
    }

    public static String matrix(double[][] rows, String indent) {
        return Arrays.stream(rows).map(PythonText::numbers)
                .collect(Collectors.joining(",\n" + indent + "          ", "np.array([", "])"));
    }

    /** Names for a comment: on one line (names cannot hold line breaks), separated by commas. */
    public static String names(List<String> names) {
        return String.join(", ", names);
    }

    /**
     * A Python string literal of text a person typed: backslashes and quotes escaped, a line break as \\n, letters
     * and digits of any script as they are (readable), and every other character outside printable ASCII (emoji,
     * marks, joiners, symbols) as a \\u or \\U escape, so the program shows exactly what it computes with.
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == '"') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp >= 0x20 && cp < 0x7F || Character.isLetterOrDigit(cp) && cp <= 0xFFFF) {
                out.appendCodePoint(cp);
            } else {
                out.append(cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            }
        });
        return out.append('"').toString();
    }

    /** A Python list of string literals ({@link #string}). */
    public static String strings(String[] texts) {
        return Arrays.stream(texts).map(PythonText::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
