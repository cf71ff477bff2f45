package dev.genaiplayground.classroom;

import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonRenderer;
import dev.genaiplayground.lesson.LessonRepository;
import dev.genaiplayground.lesson.LessonSection;
import dev.genaiplayground.lesson.LessonSegment;
import dev.genaiplayground.widget.WidgetBlockReader;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The lessons as a teacher walks a class through them: each lesson's sections, the text of one, and the widget a
 * section brings in (its first widget block, in the state the block sets).
 */
@Component
public class ClassLessons {

    private static final LessonRenderer RENDERER = new LessonRenderer();

    /** A widget and its state as link settings, as a snapshot carries them. */
    public record ShownWidget(String widgetId, Map<String, String> settings) {
    }

    private final LessonRepository lessons;
    private final WidgetRegistry widgets;
    /** Rendered once and shared: 300 followers arriving at a section hold one copy of its text, not 300. */
    private final Map<String, List<LessonSection>> sectionsByLesson = new ConcurrentHashMap<>();
    private final Map<LessonSection, List<LessonSegment>> rendered = new ConcurrentHashMap<>();

    public ClassLessons(LessonRepository lessons, WidgetRegistry widgets) {
        this.lessons = lessons;
        this.widgets = widgets;
    }

    public List<Lesson> all() {
        return lessons.all();
    }

    public Optional<Lesson> find(String lessonId) {
        return lessonId == null ? Optional.empty() : lessons.find(lessonId);
    }

    public List<LessonSection> sections(Lesson lesson) {
        return sectionsByLesson.computeIfAbsent(lesson.id(), id -> List.copyOf(RENDERER.sections(lesson)));
    }

    /** The section with this heading (null: the opening), if the lesson still has it. */
    public Optional<LessonSection> section(Lesson lesson, String heading) {
        return sections(lesson).stream().filter(s -> Objects.equals(s.heading(), heading)).findFirst();
    }

    /** The section's parts, rendered as the lesson page renders them. */
    public List<LessonSegment> render(LessonSection section) {
        return rendered.computeIfAbsent(section, s -> List.copyOf(RENDERER.render(s.markdown(), s.firstLine())));
    }

    /**
     * What the class sees on arriving at {@code section}: the widget the section brings in, in the state its block
     * sets; in a section without one, the {@code current} widget when it is one of this lesson's (the teacher's
     * changes stay), or else the lesson's first widget; {@code current} when the lesson has none.
     */
    public ShownWidget widgetFor(Lesson lesson, LessonSection section, ShownWidget current) {
        Optional<ShownWidget> own = widgetsIn(section).stream().findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        List<ShownWidget> lessonWidgets = sections(lesson).stream().flatMap(s -> widgetsIn(s).stream()).toList();
        if (lessonWidgets.stream().anyMatch(w -> w.widgetId().equals(current.widgetId()))) {
            return current;
        }
        return lessonWidgets.isEmpty() ? current : lessonWidgets.get(0);
    }

    public boolean hasWidget(LessonSection section) {
        return !widgetsIn(section).isEmpty();
    }

    /** Where a class starts a lesson: its first section with a widget, or its first section. */
    public LessonSection start(Lesson lesson) {
        List<LessonSection> sections = sections(lesson);
        return sections.stream().filter(this::hasWidget).findFirst().orElse(sections.get(0));
    }

    /** The section's working widget blocks, in order, in the states they set. */
    private List<ShownWidget> widgetsIn(LessonSection section) {
        return render(section).stream()
                .filter(LessonSegment.WidgetBlock.class::isInstance)
                .map(LessonSegment.WidgetBlock.class::cast)
                .flatMap(block -> widgets.find(block.widgetId()).flatMap(d -> read(d, block.body())).stream())
                .toList();
    }

    private static <S extends Record> Optional<ShownWidget> read(WidgetDefinition<S, ?> definition, String body) {
        try {
            return Optional.of(new ShownWidget(definition.id(),
                    definition.codec().toSettings(WidgetBlockReader.read(definition, body))));
        } catch (BlockException broken) {
            return Optional.empty(); // the lesson page shows the problem; a class is not taken to a broken widget
        }
    }
}
