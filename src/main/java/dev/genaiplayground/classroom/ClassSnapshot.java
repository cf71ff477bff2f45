package dev.genaiplayground.classroom;

import java.util.List;
import java.util.Map;

/**
 * What every follower of a class must show, as plain data that can travel between app nodes: the mode, the widget
 * and its state as link settings (decoded by the widget's own codec, so a follower's state equals the teacher's
 * and shares its cached result), the question the class is working on, the saved timeline, and a version that
 * only grows.
 *
 * @param question the {@code check} block text of the current question (question, expect and hint lines), or null
 * @param timeline states the teacher saved, oldest first
 */
public record ClassSnapshot(String code, ClassMode mode, String widgetId, Map<String, String> settings,
                            String question, List<Moment> timeline, long version, boolean ended) {

    /** A saved widget state in the class's timeline. */
    public record Moment(String label, String widgetId, Map<String, String> settings) {
        public Moment {
            settings = Map.copyOf(settings);
        }
    }

    public ClassSnapshot {
        settings = Map.copyOf(settings);
        timeline = List.copyOf(timeline);
    }

    ClassSnapshot next(ClassMode newMode, String newWidgetId, Map<String, String> newSettings, String newQuestion,
                       List<Moment> newTimeline) {
        return new ClassSnapshot(code, newMode, newWidgetId, newSettings, newQuestion, newTimeline, version + 1,
                false);
    }

    ClassSnapshot ending() {
        return new ClassSnapshot(code, mode, widgetId, settings, question, timeline, version + 1, true);
    }
}
