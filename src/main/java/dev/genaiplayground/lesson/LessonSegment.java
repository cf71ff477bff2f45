package dev.genaiplayground.lesson;

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

    record Problem(int line, String message) implements LessonSegment {
    }
}
