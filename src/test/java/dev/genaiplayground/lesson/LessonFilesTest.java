package dev.genaiplayground.lesson;

import static org.assertj.core.api.Assertions.assertThat;

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
        // Which ids exist is checked against the widget registry elsewhere; here only that each block names one.
        assertThat(segments).filteredOn(LessonSegment.WidgetBlock.class::isInstance)
                .allSatisfy(s -> assertThat(((LessonSegment.WidgetBlock) s).widgetId()).matches("[a-z][a-z0-9-]*"));
    }
}
