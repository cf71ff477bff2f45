package dev.genaiplayground.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Loads the lessons once at start-up from Markdown files with front matter, ordered by layer then order. */
@Service
public class LessonRepository {

    private static final Logger LOG = LoggerFactory.getLogger(LessonRepository.class);

    private final List<Lesson> lessons;

    public LessonRepository(@Value("${playground.lessons}") String pattern) throws IOException {
        List<Lesson> loaded = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                loaded.add(FrontMatter.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                // One broken lesson file must not take the others down; its author finds the reason in the log.
                LOG.error("Skipping lesson {}: {}", resource.getFilename(), e.getMessage());
            }
        }
        loaded.sort(Comparator.comparing(Lesson::layer).thenComparingInt(Lesson::order).thenComparing(Lesson::id));
        Map<String, Lesson> seen = new HashMap<>();
        for (Lesson lesson : loaded) {
            if (seen.put(lesson.id(), lesson) != null) {
                throw new IllegalStateException("two lessons share the id '" + lesson.id() + "'");
            }
        }
        this.lessons = List.copyOf(loaded);
    }

    public List<Lesson> all() {
        return lessons;
    }

    public List<Lesson> inLayer(Layer layer) {
        return lessons.stream().filter(l -> l.layer() == layer).toList();
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
