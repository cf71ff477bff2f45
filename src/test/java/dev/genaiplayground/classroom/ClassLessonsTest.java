package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonRepository;
import dev.genaiplayground.lesson.LessonSection;
import dev.genaiplayground.widget.RegisteredWidgets;
import dev.genaiplayground.widget.WidgetRegistry;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which widget a class sees as the teacher walks it through the real lessons. */
class ClassLessonsTest {

    private final ClassLessons lessons;

    ClassLessonsTest() throws IOException {
        lessons = new ClassLessons(new LessonRepository("classpath*:content/lessons/*.md"),
                new WidgetRegistry(RegisteredWidgets.all()));
    }

    private Lesson lesson(String id) {
        return lessons.find(id).orElseThrow();
    }

    private LessonSection section(Lesson lesson, String heading) {
        return lessons.section(lesson, heading).orElseThrow();
    }

    @Test
    void aSectionWithAWidgetBlockBringsItInTheStateTheBlockSets() {
        Lesson softmax = lesson("softmax-cross-entropy");
        ClassLessons.ShownWidget shown = lessons.widgetFor(softmax, section(softmax, "Try it"),
                new ClassLessons.ShownWidget("cosine", Map.of()));
        assertThat(shown.widgetId()).isEqualTo("softmax");
        assertThat(shown.settings()).containsEntry("logits", "2,1,0.1").containsEntry("labels", "cat,dog,bird");
    }

    @Test
    void aSectionWithTwoBlocksBringsInTheFirst() {
        Lesson descent = lesson("gradient-descent");
        assertThat(lessons.widgetFor(descent, section(descent, "Try it"),
                new ClassLessons.ShownWidget("softmax", Map.of())).settings()).containsEntry("mode", "fit");
    }

    @Test
    void aSectionWithoutAWidgetKeepsTheTeachersWidgetOfThisLessonOrBringsInTheLessonsFirst() {
        Lesson softmax = lesson("softmax-cross-entropy");
        LessonSection temperature = section(softmax, "Temperature");
        ClassLessons.ShownWidget changed = new ClassLessons.ShownWidget("softmax", Map.of("logits", "5,1,0.1"));
        assertThat(lessons.widgetFor(softmax, temperature, changed)).isEqualTo(changed);
        ClassLessons.ShownWidget other = new ClassLessons.ShownWidget("cosine", Map.of());
        assertThat(lessons.widgetFor(softmax, temperature, other).settings()).containsEntry("logits", "2,1,0.1");
    }

    @Test
    void aLessonWithoutWidgetsKeepsWhatIsShown() {
        Lesson overview = lesson("overview");
        ClassLessons.ShownWidget current = new ClassLessons.ShownWidget("cosine", Map.of("a", "1,2"));
        assertThat(lessons.widgetFor(overview, lessons.sections(overview).get(0), current)).isEqualTo(current);
        assertThat(lessons.hasWidget(lessons.sections(overview).get(0))).isFalse();
    }

    @Test
    void sectionsAreFoundByHeadingAndTheOpeningByNull() {
        Lesson softmax = lesson("softmax-cross-entropy");
        assertThat(lessons.section(softmax, "Temperature")).isPresent();
        assertThat(lessons.section(softmax, "No such heading")).isEmpty();
        assertThat(lessons.sections(softmax).get(0).heading()).isNull();
    }

    @Test
    void aClassStartsALessonAtItsFirstSectionWithAWidgetOrAtItsOpening() {
        assertThat(lessons.start(lesson("softmax-cross-entropy")).heading()).isEqualTo("Try it");
        assertThat(lessons.start(lesson("overview")).heading()).isNull();
    }
}
