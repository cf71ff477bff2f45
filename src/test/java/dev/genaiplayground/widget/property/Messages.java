package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every refusal message follows. {@code typed} is everything the person (or caller) supplied, so that a
 * message may quote it: "NaN" in a message is fine when the person typed "NaN", not when they typed "1e400".
 */
public final class Messages {

    /** Fully qualified names, exception types, Jackson's backticked types and this project's class names. */
    private static final List<Pattern> CLASS_NAMES = List.of(
            Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|dev)\\.[a-z]\\w*"),
            Pattern.compile("\\b\\w*(Exception|Error)\\b"),
            Pattern.compile("`[\\w.\\[\\]$]+`"),
            Pattern.compile("\\b(SoftmaxState|AttentionState|StateCodec|StateRules|ValueText|WidgetBlockReader"
                    + "|RecordComponent|Record|Integer|Double|Boolean|Character|String)\\b"),
            Pattern.compile("\\b(double|int|String)\\[]"));

    private static final Pattern SPECIAL_VALUE =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(null|nan|infinity)(?![\\p{L}\\p{N}])");

    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])(-?)(\\d+)(?![\\w.]*\\d)");

    private Messages() {
    }

    /** A message is there and says something. */
    public static void assertPresent(String message) {
        assertThat(message).as("refusal message").isNotNull();
        assertThat(message.strip()).as("refusal message").isNotEmpty();
    }

    /** No Java class or package names unless the person typed that very word. */
    public static void assertNoClassNames(String message, String typed) {
        assertPresent(message);
        for (Pattern pattern : CLASS_NAMES) {
            Matcher m = pattern.matcher(message);
            while (m.find()) {
                if (!typed.contains(m.group())) {
                    fail("message shows the Java name '%s': %s", m.group(), message);
                }
            }
        }
    }

    /** "null", "NaN" and "Infinity" appear only when the person typed them. */
    public static void assertNoUntypedSpecialValues(String message, String typed) {
        assertPresent(message);
        Matcher m = SPECIAL_VALUE.matcher(message);
        String typedLower = typed.toLowerCase(Locale.ROOT);
        while (m.find()) {
            if (!typedLower.contains(m.group().toLowerCase(Locale.ROOT))) {
                fail("message shows '%s', which was not typed: %s", m.group(), message);
            }
        }
    }

    /** When the input is well-formed UTF-16, so is the message: quoting never splits a surrogate pair. */
    public static void assertNoSplitSurrogates(String message, String typed) {
        assertPresent(message);
        if (wellFormed(typed)) {
            int at = firstLoneSurrogate(message);
            if (at >= 0) {
                fail("message has a lone surrogate U+%04X at index %d: %s", (int) message.charAt(at), at,
                        escaped(message));
            }
        }
    }

    /** All three hygiene rules at once, for properties whose point is elsewhere. */
    public static void assertClean(String message, String typed) {
        assertNoClassNames(message, typed);
        assertNoUntypedSpecialValues(message, typed);
        assertNoSplitSurrogates(message, typed);
    }

    /**
     * For an out-of-range position or count: the message shows no negative (or int-overflowed) number and mentions
     * one of {@code rangeEnds}, the bounds of the range that exists.
     */
    public static void assertNamesRange(String message, int... rangeEnds) {
        assertPresent(message);
        List<Long> numbers = new ArrayList<>();
        // "..., not -1." repeats the value that was given, as given: that is no computed (or overflowed) number
        Matcher m = INTEGER.matcher(message.replaceAll(", not -?[0-9]+\\.$", "."));
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                fail("message shows the negative number %s%s: %s", m.group(1), m.group(2), message);
            }
            if (m.group(2).length() < 18) {
                numbers.add(Long.parseLong(m.group(2)));
            }
        }
        for (int end : rangeEnds) {
            if (numbers.contains((long) end)) {
                return;
            }
        }
        fail("message names none of the range ends %s: %s", java.util.Arrays.toString(rangeEnds), message);
    }

    public static boolean wellFormed(String text) {
        return firstLoneSurrogate(text) < 0;
    }

    static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with non-printable and non-ASCII characters as \\uXXXX, for readable failure messages. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
