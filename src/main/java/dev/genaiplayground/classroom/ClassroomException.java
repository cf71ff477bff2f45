package dev.genaiplayground.classroom;

/** A classroom request refused, with a message for the person who made it. */
public class ClassroomException extends Exception {

    public ClassroomException(String message) {
        super(message);
    }
}
