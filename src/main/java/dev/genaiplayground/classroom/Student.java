package dev.genaiplayground.classroom;

import java.time.Instant;

/**
 * A student in a class's roster. {@code key} is the secret that lets the same student rejoin after a dropped
 * connection or a lost server session; it is never shown to anyone else.
 */
public record Student(String id, String name, String key, Status status, Instant lastSeen) {

    /** Where the student is, as the teacher's roster shows it. */
    public enum Status {
        FOLLOWING("following"), EXPLORING("exploring on their own"), AWAY("away");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    Student with(Status newStatus, Instant now) {
        return new Student(id, name, key, newStatus, now);
    }
}
