package dev.genaiplayground.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.widget.WidgetBlockReader;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import dev.genaiplayground.widget.RegisteredWidgets;
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
}
