package dev.genaiplayground.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.widget.WidgetBlockReader;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import dev.genaiplayground.widget.Goal;
import dev.genaiplayground.widget.RegisteredWidgets;
import dev.genaiplayground.widget.WidgetAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped lesson parses, renders without problems and names a widget in each widget block. */
class LessonFilesTest {

    private static final Path LESSONS = Path.of("content", "lessons");

    /** The real widget definitions, without a Spring context. */
    private static final WidgetRegistry WIDGETS = new WidgetRegistry(RegisteredWidgets.all());

    static Stream<Path> lessonFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(LESSONS)) {
            files = listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).as("lesson files in " + LESSONS.toAbsolutePath()).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("lessonFiles")
    void parsesAndRendersCleanly(Path file) throws IOException {
        Lesson lesson = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));

        List<LessonSegment> segments = new LessonRenderer().render(lesson);
        assertThat(segments).noneMatch(LessonSegment.Problem.class::isInstance);
        assertThat(segments).filteredOn(LessonSegment.WidgetBlock.class::isInstance)
                .allSatisfy(s -> assertThat(((LessonSegment.WidgetBlock) s).widgetId()).matches("[a-z][a-z0-9-]*"));
    }

    @ParameterizedTest
    @MethodSource("lessonFiles")
    void everyWidgetBlockNamesARegisteredWidgetAndParses(Path file) throws IOException {
        Lesson lesson = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));

        for (LessonSegment segment : new LessonRenderer().render(lesson)) {
            if (segment instanceof LessonSegment.WidgetBlock block) {
                WidgetDefinition<?, ?> widget = WIDGETS.find(block.widgetId()).orElseThrow(() -> new AssertionError(
                        file + " line " + block.line() + ": no widget '" + block.widgetId() + "'; registered: "
                                + WIDGETS.ids()));
                assertBlockParses(file, block, widget);
            }
        }
    }

    private static void assertBlockParses(Path file, LessonSegment.WidgetBlock block, WidgetDefinition<?, ?> widget) {
        try {
            assertThat(WidgetBlockReader.read(widget, block.body())).isNotNull();
        } catch (WidgetBlockReader.BlockException e) {
            throw new AssertionError(file + " line " + (block.line() + e.line()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each check names fields the widget above it has, and is not already answered by the state the lesson starts
     * that widget in: the learner must use the widget to answer it.
     */
    @ParameterizedTest
    @MethodSource("lessonFiles")
    void everyCheckFitsTheWidgetAboveItAndStartsUnanswered(Path file) throws Exception {
        Lesson lesson = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));

        JsonNode widgetAnswer = null;
        for (LessonSegment segment : new LessonRenderer().render(lesson)) {
            if (segment instanceof LessonSegment.WidgetBlock block) {
                widgetAnswer = answer(WIDGETS.find(block.widgetId()).orElseThrow(), block.body());
            } else if (segment instanceof LessonSegment.CheckBlock check) {
                assertThat(widgetAnswer).as(file + " line " + check.line() + ": a check needs a widget above it")
                        .isNotNull();
                Goal goal = Goal.parse(check.body());
                assertThat(goal.unknownPaths(widgetAnswer)).as(file + " line " + check.line()).isEmpty();
                assertThat(goal.reachedBy(widgetAnswer)).as(file + " line " + check.line()
                        + ": the check is answered before the learner does anything").isFalse();
            }
        }
    }

    private static <S extends Record, R extends Record> JsonNode answer(WidgetDefinition<S, R> widget, String body)
            throws WidgetBlockReader.BlockException {
        S state = WidgetBlockReader.read(widget, body);
        return WidgetAnswer.of(state, widget.compute(state));
    }

    /** Lessons of the three layers end with a self-check; the guide pages have no widget to check. */
    @ParameterizedTest
    @MethodSource("lessonFiles")
    void everyLayerLessonHasASelfCheck(Path file) throws IOException {
        Lesson lesson = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (lesson.layer() == Layer.GUIDE) {
            return;
        }
        assertThat(new LessonRenderer().render(lesson)).as(file.toString())
                .anyMatch(LessonSegment.CheckBlock.class::isInstance);
    }

    /** A link to another lesson names one that exists. */
    @ParameterizedTest
    @MethodSource("lessonFiles")
    void linksToLessonsThatExist(Path file) throws IOException {
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(lessons/([a-z0-9-]+)\\)")
                .matcher(markdown);
        while (link.find()) {
            assertThat(LESSONS.resolve(link.group(1) + ".md")).as(file + " links to lessons/" + link.group(1))
                    .exists();
        }
    }
}
