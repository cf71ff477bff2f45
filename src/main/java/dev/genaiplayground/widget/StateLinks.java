package dev.genaiplayground.widget;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes settings as a URL query string that people can read and edit: like standard form encoding, except that
 * the list separators ',' and ';' stay as they are (both are legal in a query). Any ',' or ';' inside a label was
 * already escaped by {@link StateCodec}, so nothing is lost.
 */
public final class StateLinks {

    private StateLinks() {
    }

    /** The widget's own page showing exactly this state, relative to the app's root. */
    public static <S extends Record> String pageFor(WidgetDefinition<S, ?> widget, S state) {
        return "widgets/" + widget.id() + "?" + queryString(widget.codec().toSettings(state));
    }

    public static String queryString(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3B", ";");
    }
}
