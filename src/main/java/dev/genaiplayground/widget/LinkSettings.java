package dev.genaiplayground.widget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a link's query, as every route that takes one reads them (a widget page, an embed, the JSON API):
 * one value per setting, and keys starting with {@value #RESERVED_PREFIX} left to {@link Presentation}, so they can
 * never clash with a setting.
 */
public final class LinkSettings {

    public static final String RESERVED_PREFIX = "_";

    private LinkSettings() {
    }

    /**
     * The state these query parameters describe; absent settings keep the widget's default.
     *
     * @throws InvalidStateException naming the setting when one is given twice, unknown, or not valid
     */
    public static <S extends Record> S state(WidgetDefinition<S, ?> widget, Map<String, List<String>> parameters,
                                             int maxValueLength) throws InvalidStateException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (entry.getKey().startsWith(RESERVED_PREFIX)) {
                continue;
            }
            // a setting given twice is a mistake to report, not a choice to make silently
            if (entry.getValue().size() > 1) {
                throw new InvalidStateException(entry.getKey(), "The setting '"
                        + PersonText.quote(entry.getKey(), 30) + "' is given " + entry.getValue().size()
                        + " times; give it once.");
            }
            settings.put(entry.getKey(), entry.getValue().isEmpty() ? "" : entry.getValue().get(0));
        }
        return widget.codec().fromSettings(settings, widget.defaultState(), maxValueLength);
    }
}
