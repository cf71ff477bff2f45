package dev.genaiplayground.classroom;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonSection;
import dev.genaiplayground.lesson.LessonSegment;
import dev.genaiplayground.ui.LessonContent;
import java.util.Objects;

/**
 * Where in the lessons a class is: the lesson's title, the section's heading and, folded away so the widget stays
 * in view on a phone, the section's text. Hidden while the class works with a widget on its own.
 */
final class ClassPlace extends Div {

    private final ClassLessons lessons;
    private boolean rendered;
    private String shownLesson;
    private String shownSection;

    ClassPlace(ClassLessons lessons) {
        this.lessons = lessons;
        addClassName("class-place");
        setVisible(false);
    }

    /** Whether it shows a lesson (it may be hidden for a while, by a pause). */
    boolean showsLesson() {
        return rendered && shownLesson != null;
    }

    /** Shows the lesson {@code lessonId} at the section with {@code heading} (null: its opening). */
    void show(String lessonId, String heading) {
        if (rendered && Objects.equals(lessonId, shownLesson) && Objects.equals(heading, shownSection)) {
            return;
        }
        rendered = true;
        shownSection = heading;
        removeAll();
        Lesson lesson = lessons.find(lessonId).orElse(null);
        shownLesson = lesson == null ? null : lessonId;
        setVisible(lesson != null);
        if (lesson == null) {
            return;
        }
        Paragraph title = new Paragraph(lesson.title());
        title.addClassName("class-place-lesson");
        LessonSection section = lessons.section(lesson, heading).orElse(null);
        H2 sectionTitle = new H2(section == null ? heading == null ? "Introduction" : heading : section.title());
        sectionTitle.addClassName("class-place-section");
        add(title, sectionTitle);
        if (section != null) {
            Div text = new Div();
            lessons.render(section).stream()
                    .filter(LessonSegment.Html.class::isInstance)
                    .map(segment -> new LessonContent(((LessonSegment.Html) segment).html()))
                    .forEach(text::add);
            text.addClassName("lesson");
            Details details = new Details("Read this section", text);
            details.addClassName("class-place-text");
            add(details);
        }
    }
}
