package dev.genaiplayground.lesson;

/**
 * A part of a lesson under one level-2 heading, or the lesson's opening before its first heading (then {@code heading}
 * is null), as Markdown with the file line it starts on.
 */
public record LessonSection(String heading, String markdown, int firstLine) {

    /** The name a person sees for it. */
    public String title() {
        return heading == null ? "Introduction" : heading;
    }
}
