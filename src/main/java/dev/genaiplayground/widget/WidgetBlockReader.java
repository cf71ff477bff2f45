package dev.genaiplayground.widget;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the body of a lesson's widget block: one {@code setting: value} per line (values as in URLs, see
 * {@link StateCodec}), blank lines and {@code #} comments ignored, settings not given keep the widget's default.
 */
public final class WidgetBlockReader {

    /** A problem in a block, at a 1-based line of the block's body. */
    public static final class BlockException extends Exception {
        private final int line;

        public BlockException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private WidgetBlockReader() {
    }

    public static <S extends Record> S read(WidgetDefinition<S, ?> widget, String body) throws BlockException {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = body.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BlockException(number, "Expected 'setting: value', found '" + PersonText.quote(line, 40)
                        + "'.");
            }
            String name = line.substring(0, colon).strip();
            if (settings.put(name, line.substring(colon + 1).strip()) != null) {
                throw new BlockException(number, "'" + PersonText.quote(name, 30) + "' is set twice.");
            }
            lineOf.put(name, number);
        }
        try {
            return widget.codec().fromSettings(settings, widget.defaultState());
        } catch (InvalidStateException e) {
            int line = e.setting().map(lineOf::get).orElse(1);
            throw new BlockException(line, e.getMessage());
        }
    }
}
