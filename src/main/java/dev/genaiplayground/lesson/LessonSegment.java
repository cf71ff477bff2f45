package dev.genaiplayground.lesson;

import java.util.List;

/**
 * One piece of a rendered lesson, in reading order: a run of HTML, a widget to place between two runs, or a
 * problem in the lesson's source to show its author. Line numbers are 1-based lines of the lesson file.
 */
public sealed interface LessonSegment {

    /** Safe HTML (lesson-supplied HTML is escaped) with math left as text for the browser to typeset. */
    record Html(String html) implements LessonSegment {
    }

    /**
     * A {@code ```widget ID} block. {@code line} is the file line of its opening fence, so line {@code k} of
     * {@code body} (1-based, as {@link dev.genaiplayground.widget.WidgetBlockReader} counts) is file line
     * {@code line + k}.
     */
    record WidgetBlock(String widgetId, String body, int line) implements LessonSegment {
    }

    /**
     * A {@code ```check} block: a self-check question for the nearest widget block above it. {@code line} is the
     * file line of its opening fence, as for widget blocks.
     */
    record CheckBlock(String body, int line) implements LessonSegment {
    }

    /**
     * A {@code ```checklist KEY} block: one item per line, ticked off in the learner's browser and remembered
     * there under {@code KEY}.
     */
    record Checklist(String key, List<String> items, int line) implements LessonSegment {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    record Problem(int line, String message) implements LessonSegment {
    }
}
