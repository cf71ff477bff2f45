package dev.genaiplayground.api;

import dev.genaiplayground.widget.WidgetDefinition;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/widgets} says about one widget: what it is, where its page and its numbers are, and its
 * settings with their kind of value and default (in the text form links use).
 */
public record WidgetDescription(String id, String title, String summary, String page, String api,
                                List<Setting> settings) {

    /**
     * One setting: its name, the kind of value it takes, its default as written in a link, and its limits (min, max,
     * minCount, maxCount, maxLength, note; those that apply).
     */
    public record Setting(String name, String type, String defaultValue, Map<String, Object> limits) {
    }

    static <S extends Record> WidgetDescription of(WidgetDefinition<S, ?> widget) {
        Map<String, String> defaults = widget.codec().toSettings(widget.defaultState());
        Map<String, String> types = widget.codec().typeNames();
        Map<String, Map<String, Object>> limits = widget.codec().limits();
        List<Setting> settings = defaults.entrySet().stream()
                .map(e -> new Setting(e.getKey(), types.get(e.getKey()), e.getValue(), limits.get(e.getKey())))
                .toList();
        return new WidgetDescription(widget.id(), widget.title(), widget.summary(), "/widgets/" + widget.id(),
                "/api/widgets/" + widget.id(), settings);
    }
}
