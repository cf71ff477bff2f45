package dev.genaiplayground.classroom;

import dev.genaiplayground.widget.PersonText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One class as plain data (it travels as JSON between app nodes), and the rules every change to it follows,
 * whichever engine stores it: only the teacher's key changes what the class sees, names are tidied, limited and
 * unique in the class, a class takes at most so many students, the timeline keeps the newest moments, a new
 * question forgets the answers to the last one, and a class nobody teaches for the idle timeout is over. Every
 * change returns a new state (or this one, when nothing changes); engines store it, keep changes from overlapping
 * and tell the followers.
 *
 * @param teacherKeyHash the SHA-256 of the teacher's key, so a copy of the store holds no teacher links
 * @param students in the order they joined
 * @param answers the current question's answers: each student's widget settings when they reached it, by id
 * @param lastTeacherActivity when the teacher last changed the class, for the idle timeout
 */
record ClassState(String teacherKeyHash, ClassSnapshot snapshot, List<Student> students,
                  Map<String, Map<String, String>> answers, Instant lastTeacherActivity) {

    private static final Logger LOG = LoggerFactory.getLogger(ClassState.class);
    static final int MAX_NAME_LENGTH = 30;
    /** The timeline keeps the newest this many saved states. */
    static final int MAX_MOMENTS = 50;

    ClassState {
        students = List.copyOf(students);
        Map<String, Map<String, String>> copied = new LinkedHashMap<>();
        answers.forEach((id, answer) -> copied.put(id, Map.copyOf(answer)));
        answers = Collections.unmodifiableMap(copied);
    }

    /** A new class following its teacher, who holds {@code teacherKey}. */
    static ClassState start(String code, String teacherKey, String widgetId, Map<String, String> settings,
                            Instant now) {
        return new ClassState(hash(teacherKey), ClassSnapshot.start(code, widgetId, settings), List.of(), Map.of(),
                now);
    }

    /** Whether {@code teacherKey} is this class's teacher key. */
    boolean taughtBy(String teacherKey) {
        // Compared in constant time, so response times say nothing about how much of a key was right.
        return teacherKey != null && MessageDigest.isEqual(teacherKeyHash.getBytes(StandardCharsets.UTF_8),
                hash(teacherKey).getBytes(StandardCharsets.UTF_8));
    }

    /** This state, when {@code teacherKey} is the teacher's; a forged or stale key is refused and logged. */
    ClassState authorise(String teacherKey) throws ClassroomException {
        if (!taughtBy(teacherKey)) {
            LOG.warn("Refused a teacher action on class {} without its teacher key", snapshot.code());
            throw new ClassroomException("Only the class's teacher can do this.");
        }
        return this;
    }

    /** The teacher changes what the class sees. */
    ClassState teaching(UnaryOperator<ClassSnapshot> change, Instant now) {
        return new ClassState(teacherKeyHash, change.apply(snapshot), students, answers, now);
    }

    /**
     * Sets the question (null clears it) and forgets the answers to the last one. Students can only answer by
     * changing their own copy of the widget, so asking lets them explore.
     */
    ClassState asking(String question, Instant now) {
        ClassSnapshot asked = snapshot.asking(question == null ? snapshot.mode() : ClassMode.FREE, question);
        return new ClassState(teacherKeyHash, asked, students, Map.of(), now);
    }

    /** Saves the widget's current state to the timeline, which keeps the newest {@link #MAX_MOMENTS}. */
    ClassState savingMoment(String label, Instant now) {
        return teaching(s -> {
            List<ClassSnapshot.Moment> timeline = new ArrayList<>(s.timeline());
            timeline.add(new ClassSnapshot.Moment(label, s.widgetId(), s.settings()));
            return s.withTimeline(timeline.subList(Math.max(0, timeline.size() - MAX_MOMENTS), timeline.size()));
        }, now);
    }

    /** The class over: its snapshot says so, and engines forget it. */
    ClassState ending() {
        return new ClassState(teacherKeyHash, snapshot.ending(), students, answers, lastTeacherActivity);
    }

    /** Whether nobody has taught the class for {@code timeout}. */
    boolean idleAt(Instant now, Duration timeout) {
        return lastTeacherActivity.plus(timeout).isBefore(now);
    }

    /** A student let into the class, and the class with them. */
    record Admitted(ClassState state, Student student) {
    }

    /**
     * Lets in a new student under a tidied name.
     *
     * @throws ClassroomException for a name that is empty, too long, holds an invisible character or is taken
     *         (ignoring case), or a full class
     */
    Admitted join(String typedName, int maxStudents, Instant now) throws ClassroomException {
        String name = checkedName(typedName);
        String folded = name.toLowerCase(Locale.ROOT);
        if (students.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(folded))) {
            throw new ClassroomException("Someone in this class is already called “" + name
                    + "”. Add an initial or choose another name.");
        }
        if (students.size() >= maxStudents) {
            throw new ClassroomException("This class is full (" + maxStudents + " students).");
        }
        Student student = new Student(ClassCode.secret(), name, ClassCode.secret(), Student.Status.FOLLOWING, now);
        List<Student> more = new ArrayList<>(students);
        more.add(student);
        return new Admitted(new ClassState(teacherKeyHash, snapshot, more, answers, lastTeacherActivity), student);
    }

    /** The student whose browser kept {@code key}, back and following; empty for a key not of this class. */
    Optional<Admitted> rejoin(String key, Instant now) {
        Optional<Student> known = key == null ? Optional.empty()
                : students.stream().filter(s -> sameSecret(s.key(), key)).findFirst();
        return known.map(s -> {
            Student back = s.with(Student.Status.FOLLOWING, now);
            return new Admitted(replacing(back), back);
        });
    }

    /** The class with a student's new status; this state for an unknown student or an unchanged status. */
    ClassState withStatus(String studentId, Student.Status status, Instant now) {
        return students.stream().filter(s -> s.id().equals(studentId) && s.status() != status).findFirst()
                .map(s -> replacing(s.with(status, now))).orElse(this);
    }

    /**
     * The class with a student's answer to the current question (a newer answer replaces theirs); this state for
     * someone not in the class or an answer to a question no longer asked.
     */
    ClassState answering(String studentId, String question, Map<String, String> answer) {
        if (students.stream().noneMatch(s -> s.id().equals(studentId))
                || !Objects.equals(question, snapshot.question())) {
            return this;
        }
        Map<String, Map<String, String>> more = new LinkedHashMap<>(answers);
        more.put(studentId, answer);
        return new ClassState(teacherKeyHash, snapshot, students, more, lastTeacherActivity);
    }

    /** The students by name, ignoring case. */
    List<Student> roster() {
        List<Student> sorted = new ArrayList<>(students);
        sorted.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return sorted;
    }

    private ClassState replacing(Student changed) {
        Map<String, Student> byId = new LinkedHashMap<>();
        students.forEach(s -> byId.put(s.id(), s));
        byId.put(changed.id(), changed);
        return new ClassState(teacherKeyHash, snapshot, new ArrayList<>(byId.values()), answers, lastTeacherActivity);
    }

    private static String checkedName(String typed) throws ClassroomException {
        String name = PersonText.tidy(typed == null ? "" : typed);
        if (name.isEmpty()) {
            throw new ClassroomException("Type the name the teacher will see.");
        }
        if (PersonText.length(name) > MAX_NAME_LENGTH) {
            throw new ClassroomException("A name can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        String invisible = PersonText.firstInvisible(name);
        if (invisible != null) {
            throw new ClassroomException("The name holds an invisible character (" + invisible + "); type it "
                    + "again without it.");
        }
        return name;
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
