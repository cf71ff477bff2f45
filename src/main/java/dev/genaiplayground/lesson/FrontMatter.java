package dev.genaiplayground.lesson;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a lesson file into its front matter (simple {@code key: value} lines between two {@code ---} lines) and
 * its Markdown body. Required keys: id, title, layer, order, summary.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    static Lesson parse(String file) {
        String[] lines = file.split("\\R", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new IllegalArgumentException("a lesson starts with a '---' line opening its front matter");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---")) {
                end = i;
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("front matter line " + (i + 1) + " is not 'key: value'");
            }
            fields.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
        }
        if (end < 0) {
            throw new IllegalArgumentException("the front matter has no closing '---' line");
        }
        String id = required(fields, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("lesson id '" + id + "' must be lower-case letters, digits and dashes");
        }
        int order;
        try {
            order = Integer.parseInt(required(fields, "order"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'order' must be a whole number");
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        return new Lesson(id, required(fields, "title"), Layer.fromKey(required(fields, "layer")), order,
                required(fields, "summary"), body, end + 2);
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the front matter needs '" + key + "'");
        }
        return value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
