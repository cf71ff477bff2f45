package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.StateRules;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent statement of what a valid state is, checked against every state a parser or editor produces:
 * counts and numbers within the limits the records declare, nothing NaN or infinite, and labels that a person can
 * see (not empty once invisible characters are removed, no invisible characters at either end).
 */
public final class Validity {

    private Validity() {
    }

    /**
     * Characters a person cannot see or tell apart from nothing: whitespace (also no-break spaces), control
     * characters (NUL, ...), and format characters such as U+200B, U+FEFF, U+202E. Tag characters (U+E0000 block)
     * are left out: they legitimately end emoji flag sequences.
     */
    public static boolean invisible(int codePoint) {
        if (codePoint >= 0xE0000 && codePoint <= 0xE007F) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }

    /** The label with invisible characters removed from both ends. */
    public static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && invisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** The label with every invisible character removed. */
    public static String withoutInvisible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> !invisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    public static void assertValid(SoftmaxState state) {
        List<String> problems = problems(state);
        if (!problems.isEmpty()) {
            fail("invalid state %s: %s", Messages.escaped(state.toString()), problems);
        }
    }

    public static void assertValid(AttentionState state) {
        List<String> problems = problems(state);
        if (!problems.isEmpty()) {
            fail("invalid state with tokens %s, d = %d, heads = %d: %s",
                    Messages.escaped(java.util.Arrays.toString(state.tokens())), state.dimension(), state.heads(),
                    problems);
        }
    }

    public static List<String> problems(SoftmaxState s) {
        List<String> problems = new ArrayList<>();
        double[] logits = s.logits();
        if (logits.length < SoftmaxState.MIN_CLASSES || logits.length > SoftmaxState.MAX_CLASSES) {
            problems.add(logits.length + " logits");
        }
        for (double x : logits) {
            if (!Double.isFinite(x) || Math.abs(x) > SoftmaxState.MAX_ABS_LOGIT) {
                problems.add("logit " + x);
            }
        }
        String[] labels = s.labels();
        if (labels.length != logits.length) {
            problems.add(labels.length + " labels for " + logits.length + " logits");
        }
        labelProblems(labels, true, problems);
        if (!Double.isFinite(s.temperature()) || s.temperature() < SoftmaxState.MIN_TEMPERATURE
                || s.temperature() > SoftmaxState.MAX_TEMPERATURE) {
            problems.add("temperature " + s.temperature());
        }
        if (s.target() < 0 || s.target() >= logits.length) {
            problems.add("target " + s.target());
        }
        return problems;
    }

    public static List<String> problems(AttentionState s) {
        List<String> problems = new ArrayList<>();
        String[] tokens = s.tokens();
        if (tokens.length < AttentionState.MIN_TOKENS || tokens.length > AttentionState.MAX_TOKENS) {
            problems.add(tokens.length + " tokens");
        }
        labelProblems(tokens, false, problems);
        double[][] q = s.q();
        int d = q.length == 0 ? 0 : q[0].length;
        if (d < AttentionState.MIN_DIMENSION || d > AttentionState.MAX_DIMENSION) {
            problems.add("d = " + d);
        }
        for (AttentionState.Matrix which : AttentionState.Matrix.values()) {
            double[][] m = s.matrix(which);
            if (m.length != tokens.length) {
                problems.add(which + " has " + m.length + " rows for " + tokens.length + " tokens");
            }
            for (double[] row : m) {
                if (row.length != d) {
                    problems.add(which + " row of " + row.length + " for d = " + d);
                }
                for (double x : row) {
                    if (!Double.isFinite(x) || Math.abs(x) > AttentionState.MAX_ABS_VALUE) {
                        problems.add(which + " value " + x);
                    }
                }
            }
        }
        if (s.heads() < 1 || s.heads() > AttentionState.MAX_HEADS || d > 0 && d % s.heads() != 0) {
            problems.add("heads " + s.heads() + " for d = " + d);
        }
        return problems;
    }

    private static void labelProblems(String[] labels, boolean distinct, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label == null) {
                problems.add("label " + (i + 1) + " is null");
                continue;
            }
            String visible = withoutInvisible(label);
            if (visible.isEmpty()) {
                problems.add("label " + (i + 1) + " '" + Messages.escaped(label) + "' is invisible");
            } else if (!stripInvisible(label).equals(label)) {
                problems.add("label " + (i + 1) + " '" + Messages.escaped(label)
                        + "' has invisible characters at an end");
            }
            // characters as a person counts them: code points, so an emoji is one, not two UTF-16 units
            int length = label.codePointCount(0, label.length());
            if (length > StateRules.MAX_LABEL_LENGTH) {
                problems.add("label " + (i + 1) + " is " + length + " characters long");
            }
            if (distinct && !seen.add(stripInvisible(label))) {
                problems.add("label '" + Messages.escaped(label) + "' twice");
            }
        }
    }
}
