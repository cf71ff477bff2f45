package dev.genaiplayground.classroom;

import java.util.Map;

/**
 * What every follower of a class must show, as plain data that can travel between app nodes: the mode, the widget
 * and its state as link settings (decoded by the widget's own codec, so a follower's state equals the teacher's
 * and shares its cached result), and a version that only grows.
 */
public record ClassSnapshot(String code, ClassMode mode, String widgetId, Map<String, String> settings,
                            long version, boolean ended) {

    public ClassSnapshot {
        settings = Map.copyOf(settings);
    }
}
