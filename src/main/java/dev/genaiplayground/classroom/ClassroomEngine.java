package dev.genaiplayground.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where classes and their state live. Every teacher action names the class's teacher key and is refused without
 * it, so a student's browser cannot drive a class whatever it sends. The default implementation keeps everything
 * in this process's memory ({@link InMemoryClassroomEngine}); {@link RedisClassroomEngine} shares classes between
 * app nodes. Both follow the same rules ({@link ClassState}).
 */
public interface ClassroomEngine {

    /** A new class showing {@code widgetId} in the state {@code settings}; the teacher keeps the key. */
    Opened open(String widgetId, Map<String, String> settings);

    record Opened(String code, String teacherKey) {
    }

    /** The class's current snapshot, or empty when no class with this code is running. */
    Optional<ClassSnapshot> current(String code);

    /** Whether {@code teacherKey} is the key of a running class {@code code}. */
    boolean isTeacher(String code, String teacherKey);

    /** Shows a widget state to the class. */
    ClassSnapshot show(String code, String teacherKey, String widgetId, Map<String, String> settings)
            throws ClassroomException;

    /**
     * Takes the class to a section of a lesson (both null: no lesson, a widget on its own) and shows a widget state
     * there, in one change, so followers never see the new section with the old widget.
     */
    ClassSnapshot navigate(String code, String teacherKey, String lesson, String section, String widgetId,
                           Map<String, String> settings) throws ClassroomException;

    ClassSnapshot setMode(String code, String teacherKey, ClassMode mode) throws ClassroomException;

    /**
     * Sets the question the class works on (the text of a lesson's {@code check} block), or clears it with null.
     * Asking switches the class to free mode, since students answer with their own copy of the widget, and
     * forgets the answers to the previous question.
     */
    ClassSnapshot ask(String code, String teacherKey, String question) throws ClassroomException;

    /** Saves the widget's current state to the class's timeline, under {@code label}. */
    ClassSnapshot saveMoment(String code, String teacherKey, String label) throws ClassroomException;

    /** Records a student's answer to the current question: their widget's settings when they reached it. */
    void answer(String code, String studentId, String question, Map<String, String> answer);

    /** The current question's answers by student id. */
    Map<String, Map<String, String>> answers(String code);

    /** Ends the class: its code stops working at once and followers are told. */
    void end(String code, String teacherKey) throws ClassroomException;

    /**
     * Adds a student.
     *
     * @throws ClassroomException for an unknown or ended code, a name taken by another student, a full class
     */
    Student join(String code, String name) throws ClassroomException;

    /**
     * Lets a student back in with the key their browser kept (after a dropped connection or a lost server
     * session), under the same name; empty when the key is not one of this class's.
     *
     * @throws ClassroomException for an unknown or ended code
     */
    Optional<Student> rejoin(String code, String key) throws ClassroomException;

    void setStatus(String code, String studentId, Student.Status status);

    List<Student> roster(String code);

    /** Calls {@code listener} with every new snapshot (and a final one with {@code ended}); returns how to stop. */
    Runnable subscribe(String code, Consumer<ClassSnapshot> listener);

    /** Calls {@code listener} when the roster changes. */
    Runnable subscribeRoster(String code, Runnable listener);
}
