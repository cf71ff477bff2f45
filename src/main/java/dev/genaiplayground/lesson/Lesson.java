package dev.genaiplayground.lesson;

/** One lesson: its front matter and its Markdown body (without the front matter). */
public record Lesson(String id, String title, Layer layer, int order, String summary, String markdown,
                     int bodyStartLine) {
}
