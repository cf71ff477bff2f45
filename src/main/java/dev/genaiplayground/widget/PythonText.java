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
}
