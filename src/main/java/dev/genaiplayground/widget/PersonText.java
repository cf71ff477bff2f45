package dev.genaiplayground.widget;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text a person typed (a label, a token), made comparable and checked for characters nobody can see. Letters of
 * every script, emoji and punctuation are welcome; control and invisible formatting characters (NUL, zero-width
 * space, byte-order mark, direction overrides) are refused with their code, because they make two names that look
 * the same differ, or a name that looks empty count as one.
 */
public final class PersonText {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$");
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;

    private PersonText() {
    }

    /** NFC-normalised (so "é" typed either way is one name), without white space (any kind) at either end. */
    public static String tidy(String text) {
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return EDGE_SPACE.matcher(normalised).replaceAll("");
    }

    /**
     * The first character in {@code text} that cannot be seen, as "U+200B", or null when there is none. Joiners
     * inside a word (emoji sequences, Persian and Indic scripts) are visible in effect and allowed there.
     */
    public static String firstInvisible(String text) {
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int type = Character.getType(points[i]);
            boolean joinerInside = (points[i] == ZERO_WIDTH_JOINER || points[i] == ZERO_WIDTH_NON_JOINER)
                    && i > 0 && i < points.length - 1;
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT && !joinerInside
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (invisible) {
                return String.format("U+%04X", points[i]);
            }
        }
        return null;
    }

    /** How long the text looks to a person: code points, so an emoji counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Text to quote inside a message: at most {@code max} code points (never half an emoji), invisible and control
     * characters shown as '�', so a message never carries what it complains about.
     */
    public static String quote(String text, int max) {
        StringBuilder out = new StringBuilder();
        int[] points = text.codePoints().toArray();
        int shown = points.length <= max ? points.length : max - 1;
        for (int i = 0; i < shown; i++) {
            int type = Character.getType(points[i]);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            out.appendCodePoint(hidden ? 0xFFFD : points[i]);
        }
        return shown < points.length ? out.append('…').toString() : out.toString();
    }
}
