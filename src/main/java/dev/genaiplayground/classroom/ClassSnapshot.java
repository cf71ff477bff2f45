package dev.genaiplayground.classroom;

import java.util.List;
import java.util.Map;

/**
 * What every follower of a class must show, as plain data that can travel between app nodes: the mode, the lesson
 * and section the teacher is on, the widget and its state as link settings (decoded by the widget's own codec, so a
 * follower's state equals the teacher's and shares its cached result), the question the class is working on, the
 * saved timeline, and a version that only grows.
 *
 * @param lesson the id of the lesson the teacher is in, or null while the class works with a widget on its own
 * @param section the heading of the lesson's section the teacher is on, or null for the lesson's start
 * @param question the {@code check} block text of the current question (question, expect and hint lines), or null
 * @param timeline states the teacher saved, oldest first
 */
public record ClassSnapshot(String code, ClassMode mode, String lesson, String section, String widgetId,
                            Map<String, String> settings, String question, List<Moment> timeline, long version,
                            boolean ended) {

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

    /** A new class's first snapshot: following the teacher, on a widget of its own. */
    static ClassSnapshot start(String code, String widgetId, Map<String, String> settings) {
        return new ClassSnapshot(code, ClassMode.FOLLOW, null, null, widgetId, settings, null, List.of(), 1, false);
    }

    ClassSnapshot withMode(ClassMode newMode) {
        return new ClassSnapshot(code, newMode, lesson, section, widgetId, settings, question, timeline,
                version + 1, false);
    }

    /** Shows a widget state where the class is. */
    ClassSnapshot showing(String newWidgetId, Map<String, String> newSettings) {
        return at(lesson, section, newWidgetId, newSettings);
    }

    /**
     * Moves to a lesson's section (both null: no lesson) showing a widget state; a question about another widget is
     * dropped, since it cannot be answered there.
     */
    ClassSnapshot at(String newLesson, String newSection, String newWidgetId, Map<String, String> newSettings) {
        return new ClassSnapshot(code, mode, newLesson, newSection, newWidgetId, newSettings,
                newWidgetId.equals(widgetId) ? question : null, timeline, version + 1, false);
    }

    ClassSnapshot asking(ClassMode newMode, String newQuestion) {
        return new ClassSnapshot(code, newMode, lesson, section, widgetId, settings, newQuestion, timeline,
                version + 1, false);
    }

    ClassSnapshot withTimeline(List<Moment> newTimeline) {
        return new ClassSnapshot(code, mode, lesson, section, widgetId, settings, question, newTimeline,
                version + 1, false);
    }

    ClassSnapshot ending() {
        return new ClassSnapshot(code, mode, lesson, section, widgetId, settings, question, timeline, version + 1,
                true);
    }
}
