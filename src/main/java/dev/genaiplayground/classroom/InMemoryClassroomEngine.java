package dev.genaiplayground.classroom;

import dev.genaiplayground.widget.PersonText;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Classes in this process's memory: nothing to set up, one app node. A class that nobody teaches for the idle
 * timeout is ended the next time any class is looked up.
 */
@Component
public class InMemoryClassroomEngine implements ClassroomEngine {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryClassroomEngine.class);
    public static final int MAX_NAME_LENGTH = 30;
    /** The timeline keeps the newest this many saved states. */
    public static final int MAX_MOMENTS = 50;

    private final Map<String, LiveClass> classes = new ConcurrentHashMap<>();
    private final ClassroomSettings settings;
    private final Clock clock;

    @Autowired
    public InMemoryClassroomEngine(ClassroomSettings settings) {
        this(settings, Clock.systemUTC());
    }

    InMemoryClassroomEngine(ClassroomSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** One running class. Its fields change under its own lock; listeners are called outside it. */
    private static final class LiveClass {
        final String teacherKey;
        final Map<String, Student> students = new LinkedHashMap<>();
        /** The current question's answers: each student's state when they answered it. */
        final Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        final List<Consumer<ClassSnapshot>> listeners = new CopyOnWriteArrayList<>();
        final List<Runnable> rosterListeners = new CopyOnWriteArrayList<>();
        ClassSnapshot snapshot;
        Instant lastTeacherActivity;

        LiveClass(String teacherKey, ClassSnapshot snapshot, Instant now) {
            this.teacherKey = teacherKey;
            this.snapshot = snapshot;
            this.lastTeacherActivity = now;
        }
    }

    @Override
    public Opened open(String widgetId, Map<String, String> state) {
        expireIdle();
        String code;
        do {
            code = ClassCode.next();
        } while (classes.containsKey(code));
        String key = ClassCode.secret();
        classes.put(code, new LiveClass(key, ClassSnapshot.start(code, widgetId, state), clock.instant()));
        LOG.info("Class {} started", code);
        return new Opened(code, key);
    }

    @Override
    public Optional<ClassSnapshot> current(String code) {
        expireIdle();
        LiveClass live = classes.get(code);
        if (live == null) {
            return Optional.empty();
        }
        synchronized (live) {
            return Optional.of(live.snapshot);
        }
    }

    @Override
    public boolean isTeacher(String code, String teacherKey) {
        LiveClass live = classes.get(code);
        return live != null && teacherKey != null && sameSecret(live.teacherKey, teacherKey);
    }

    @Override
    public ClassSnapshot show(String code, String teacherKey, String widgetId, Map<String, String> state)
            throws ClassroomException {
        return change(code, teacherKey, s -> s.showing(widgetId, state));
    }

    @Override
    public ClassSnapshot navigate(String code, String teacherKey, String lesson, String section, String widgetId,
                                  Map<String, String> state) throws ClassroomException {
        return change(code, teacherKey, s -> s.at(lesson, section, widgetId, state));
    }

    @Override
    public ClassSnapshot setMode(String code, String teacherKey, ClassMode mode) throws ClassroomException {
        return change(code, teacherKey, s -> s.withMode(mode));
    }

    @Override
    public void end(String code, String teacherKey) throws ClassroomException {
        LiveClass live = authorised(code, teacherKey);
        ClassSnapshot last;
        synchronized (live) {
            classes.remove(code);
            last = live.snapshot.ending();
            live.snapshot = last;
        }
        LOG.info("Class {} ended by its teacher", code);
        live.listeners.forEach(listener -> listener.accept(last));
    }

    @Override
    public ClassSnapshot ask(String code, String teacherKey, String question) throws ClassroomException {
        LiveClass live = authorised(code, teacherKey);
        synchronized (live) {
            live.answers.clear();
        }
        // Students can only answer by changing their own copy of the widget: asking lets them explore.
        return change(code, teacherKey, s -> s.asking(question == null ? s.mode() : ClassMode.FREE,
                question));
    }

    @Override
    public ClassSnapshot saveMoment(String code, String teacherKey, String label) throws ClassroomException {
        return change(code, teacherKey, s -> {
            List<ClassSnapshot.Moment> timeline = new ArrayList<>(s.timeline());
            timeline.add(new ClassSnapshot.Moment(label, s.widgetId(), s.settings()));
            while (timeline.size() > MAX_MOMENTS) {
                timeline.remove(0);
            }
            return s.withTimeline(timeline);
        });
    }

    @Override
    public void answer(String code, String studentId, String question, Map<String, String> answer) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return;
        }
        synchronized (live) {
            if (!live.students.containsKey(studentId) || !Objects.equals(question, live.snapshot.question())) {
                return; // not in this class, or an answer to a question no longer asked
            }
            live.answers.put(studentId, Map.copyOf(answer));
        }
        live.rosterListeners.forEach(Runnable::run);
    }

    @Override
    public Map<String, Map<String, String>> answers(String code) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return Map.of();
        }
        synchronized (live) {
            return Map.copyOf(live.answers);
        }
    }

    @Override
    public Student join(String code, String typedName) throws ClassroomException {
        LiveClass live = running(code);
        String name = checkedName(typedName);
        Student student;
        synchronized (live) {
            String folded = name.toLowerCase(Locale.ROOT);
            if (live.students.values().stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(folded))) {
                throw new ClassroomException("Someone in this class is already called “" + name
                        + "”. Add an initial or choose another name.");
            }
            if (live.students.size() >= settings.maxStudents()) {
                throw new ClassroomException("This class is full (" + settings.maxStudents() + " students).");
            }
            student = new Student(ClassCode.secret(), name, ClassCode.secret(), Student.Status.FOLLOWING,
                    clock.instant());
            live.students.put(student.id(), student);
        }
        live.rosterListeners.forEach(Runnable::run);
        return student;
    }

    @Override
    public Optional<Student> rejoin(String code, String key) throws ClassroomException {
        LiveClass live = running(code);
        Student student;
        synchronized (live) {
            Student known = key == null ? null : live.students.values().stream()
                    .filter(s -> sameSecret(s.key(), key)).findFirst().orElse(null);
            if (known == null) {
                return Optional.empty();
            }
            student = known.with(Student.Status.FOLLOWING, clock.instant());
            live.students.put(student.id(), student);
        }
        live.rosterListeners.forEach(Runnable::run);
        return Optional.of(student);
    }

    @Override
    public void setStatus(String code, String studentId, Student.Status status) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return;
        }
        synchronized (live) {
            Student student = live.students.get(studentId);
            if (student == null || student.status() == status) {
                return;
            }
            live.students.put(studentId, student.with(status, clock.instant()));
        }
        live.rosterListeners.forEach(Runnable::run);
    }

    @Override
    public List<Student> roster(String code) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return List.of();
        }
        synchronized (live) {
            List<Student> students = new ArrayList<>(live.students.values());
            students.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
            return students;
        }
    }

    @Override
    public Runnable subscribe(String code, Consumer<ClassSnapshot> listener) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return () -> { };
        }
        live.listeners.add(listener);
        return () -> live.listeners.remove(listener);
    }

    @Override
    public Runnable subscribeRoster(String code, Runnable listener) {
        LiveClass live = classes.get(code);
        if (live == null) {
            return () -> { };
        }
        live.rosterListeners.add(listener);
        return () -> live.rosterListeners.remove(listener);
    }

    /** The number of running classes, for tests and metrics. */
    public int size() {
        return classes.size();
    }

    private interface Change {
        ClassSnapshot apply(ClassSnapshot current);
    }

    private ClassSnapshot change(String code, String teacherKey, Change change) throws ClassroomException {
        LiveClass live = authorised(code, teacherKey);
        ClassSnapshot next;
        synchronized (live) {
            next = change.apply(live.snapshot);
            live.snapshot = next;
            live.lastTeacherActivity = clock.instant();
        }
        live.listeners.forEach(listener -> listener.accept(next));
        return next;
    }

    private LiveClass running(String code) throws ClassroomException {
        expireIdle();
        LiveClass live = code == null ? null : classes.get(code);
        if (live == null) {
            throw new ClassroomException("No class with this code is running. Check the code with your teacher; "
                    + "a class that has ended cannot be joined.");
        }
        return live;
    }

    private LiveClass authorised(String code, String teacherKey) throws ClassroomException {
        LiveClass live = running(code);
        if (teacherKey == null || !sameSecret(live.teacherKey, teacherKey)) {
            LOG.warn("Refused a teacher action on class {} without its teacher key", code);
            throw new ClassroomException("Only the class's teacher can do this.");
        }
        return live;
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

    private void expireIdle() {
        Instant cutoff = clock.instant().minus(settings.idleTimeout());
        classes.forEach((code, live) -> {
            ClassSnapshot last;
            synchronized (live) {
                if (!live.lastTeacherActivity.isBefore(cutoff) || !classes.remove(code, live)) {
                    return;
                }
                last = live.snapshot.ending();
                live.snapshot = last;
            }
            LOG.info("Class {} ended after {} without its teacher", code, settings.idleTimeout());
            live.listeners.forEach(listener -> listener.accept(last));
        });
    }

    /** Compares secrets in constant time, so response times say nothing about how much of a key was right. */
    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
