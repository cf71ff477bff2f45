package dev.genaiplayground.lesson;

import dev.genaiplayground.widget.Goal;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The self-checks the lessons ask about each widget, for a teacher who wants to ask the class one of them. */
@Component
public class LessonChecks {

    /** A lesson's check: the lesson it is in, the widget it is about, and the block's text. */
    public record Check(String lessonTitle, String widgetId, String text, Goal goal) {
    }

    private final List<Check> checks = new ArrayList<>();

    public LessonChecks(LessonRepository lessons) {
        LessonRenderer renderer = new LessonRenderer();
        for (Lesson lesson : lessons.all()) {
            String widget = null;
            for (LessonSegment segment : renderer.render(lesson)) {
                if (segment instanceof LessonSegment.WidgetBlock block) {
                    widget = block.widgetId();
                } else if (segment instanceof LessonSegment.CheckBlock check && widget != null) {
                    try {
                        checks.add(new Check(lesson.title(), widget, check.body(), Goal.parse(check.body())));
                    } catch (BlockException broken) {
                        // the lesson shows the problem where it is; a teacher is not offered a broken check
                    }
                }
            }
        }
    }

    public List<Check> about(String widgetId) {
        return checks.stream().filter(c -> c.widgetId().equals(widgetId)).toList();
    }
}
