package dev.genaiplayground.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonSection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The teacher's way through the lessons: a lesson, a section of it, and "Next section". It only reports where the
 * teacher wants to go; the teacher's page takes the class there and then calls {@link #showAt}.
 */
final class LessonNavigation extends Div {

    private static final String NO_LESSON = "No lesson: one widget";

    private final ClassLessons lessons;
    private final Select<Lesson> lessonChoice;
    private final Select<LessonSection> sectionChoice = new Select<>();
    private final Button next = new Button("Next section");

    /**
     * @param goTo called with the lesson and section the teacher chose
     * @param leave called when the teacher chose no lesson (a widget on its own)
     */
    LessonNavigation(ClassLessons lessons, BiConsumer<Lesson, LessonSection> goTo, Runnable leave) {
        this.lessons = lessons;
        addClassName("class-lesson-navigation");
        lessonChoice = lessonSelect(lessons, "Lesson");
        lessonChoice.addClassName("class-lesson-choice");
        sectionChoice.setLabel("Section");
        sectionChoice.addClassName("class-section-choice");
        sectionChoice.setWidth("16rem");
        sectionChoice.setItemLabelGenerator(LessonSection::title);
        next.addClassName("class-next-section");
        lessonChoice.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                leave.run();
            } else {
                goTo.accept(e.getValue(), lessons.start(e.getValue()));
            }
        });
        sectionChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && lessonChoice.getValue() != null) {
                goTo.accept(lessonChoice.getValue(), e.getValue());
            }
        });
        next.addClickListener(e -> {
            List<LessonSection> sections = sections(lessonChoice.getValue());
            int at = sections.indexOf(sectionChoice.getValue());
            if (at >= 0 && at + 1 < sections.size()) {
                goTo.accept(lessonChoice.getValue(), sections.get(at + 1));
            }
        });
        add(lessonChoice, sectionChoice, next);
    }

    /** Shows the lesson and section the class is at (null: no lesson; a null heading: the lesson's opening). */
    void showAt(Lesson lesson, String heading) {
        lessonChoice.setValue(lesson);
        List<LessonSection> sections = sections(lesson);
        sectionChoice.setItems(sections);
        sectionChoice.setEnabled(!sections.isEmpty());
        sections.stream().filter(s -> Objects.equals(s.heading(), heading)).findFirst()
                .ifPresent(sectionChoice::setValue);
        next.setEnabled(lesson != null);
    }

    private List<LessonSection> sections(Lesson lesson) {
        return lesson == null ? List.of() : lessons.sections(lesson);
    }

    /** A choice of every lesson, or none. */
    static Select<Lesson> lessonSelect(ClassLessons lessons, String label) {
        Select<Lesson> select = new Select<>();
        select.setLabel(label);
        select.setWidth("18rem");
        select.setItems(lessons.all());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(NO_LESSON);
        select.setItemLabelGenerator(l -> l == null ? NO_LESSON : l.title());
        return select;
    }
}
