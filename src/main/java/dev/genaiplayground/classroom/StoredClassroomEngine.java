package dev.genaiplayground.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The classroom over a store of {@link ClassState}s: every action is a change by the class's rules, read from the
 * store, applied, and committed only if nobody changed the class in between (else read and applied again). A
 * subclass says where classes are kept ({@link #insert}, {@link #read}, {@link #commit}) and brings the news of each
 * commit to the {@link #followers} of every app node.
 *
 * @param <R> what the store reads with a class to tell, on commit, whether it changed since
 */
abstract class StoredClassroomEngine<R> implements ClassroomEngine {

    private static final Logger LOG = LoggerFactory.getLogger(StoredClassroomEngine.class);
    /** Commits tried before a change gives up: only a class changed that often by many at once gets there. */
    private static final int ATTEMPTS = 200;
    private static final Runnable NOTHING = () -> { };

    protected final ClassroomSettings settings;
    protected final Clock clock;
    /** This node's listeners; subclasses pass news on to them. */
    protected final LocalFollowers followers;

    StoredClassroomEngine(ClassroomSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.followers = new LocalFollowers(this::watch, this::unwatch);
    }

    /** A class as read, with the store's mark of that reading. */
    protected record Read<R>(ClassState state, R revision) {
    }

    /**
     * What followers must hear of a commit: the class's new snapshot when it changed (or ended), and whether the
     * roster or the answers changed.
     */
    record News(String code, ClassSnapshot snapshot, boolean roster) {

        static News of(ClassState before, ClassState after) {
            boolean shown = after.snapshot().version() != before.snapshot().version();
            return new News(after.snapshot().code(), shown ? after.snapshot() : null,
                    !after.students().equals(before.students()) || !after.answers().equals(before.answers()));
        }
    }

    /** Stores a new class; false when its code is taken. */
    protected abstract boolean insert(ClassState state);

    /** The stored class with this code, or empty. */
    protected abstract Optional<Read<R>> read(String code);

    /**
     * Replaces the class {@code before} was read as by {@code after} (removes it when {@code after} has ended)
     * unless it changed since, and has {@code news} reach the followers on every node.
     *
     * @return false when the class changed since it was read (or is gone), so nothing was stored
     */
    protected abstract boolean commit(Read<R> before, ClassState after, News news);

    /** This node has a first listener of class {@code code}. */
    protected void watch(String code) {
    }

    /** This node has no more listeners of class {@code code}. */
    protected void unwatch(String code) {
    }

    /** Passes news on to this node's listeners. */
    protected final void tell(News news) {
        if (news.snapshot() != null) {
            followers.deliver(news.snapshot());
        }
        if (news.roster()) {
            followers.rosterChanged(news.code());
        }
    }

    /** A change to one class by its rules, with what it answers. It may run more than once. */
    protected interface Change<T> {
        Changed<T> apply(ClassState state) throws ClassroomException;
    }

    protected record Changed<T>(ClassState state, T value) {
    }

    /**
     * Applies {@code change} to the class, again until it commits; empty when no class has this code, or when nobody
     * has taught it for the idle timeout (it is ended then, whoever comes).
     *
     * @throws ClassroomException when the change breaks a rule, the class is too busy, or its store (Redis) cannot be
     *         reached: a message for the person, never a stack trace
     */
    protected final <T> Optional<T> update(String code, Change<T> change) throws ClassroomException {
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<Read<R>> read = code == null ? Optional.empty() : read(code);
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                ClassState before = read.get().state();
                if (before.idleAt(clock.instant(), settings.idleTimeout())) {
                    if (commit(read.get(), before.ending(), News.of(before, before.ending()))) {
                        LOG.info("Class {} ended after {} without its teacher", code, settings.idleTimeout());
                        return Optional.empty();
                    }
                    continue;
                }
                Changed<T> changed = change.apply(before);
                if (changed.state() == before
                        || commit(read.get(), changed.state(), News.of(before, changed.state()))) {
                    return Optional.of(changed.value());
                }
            }
        } catch (DataAccessException unreachable) {
            LOG.warn("Class {} could not be changed: {}", code, unreachable.getMessage());
            throw new ClassroomException("The class cannot be reached right now; try again in a moment.");
        }
        LOG.warn("Class {} changed too often at once to take a change", code);
        throw new ClassroomException("The class is very busy right now; try again.");
    }

    private <T> T updateRunning(String code, Change<T> change) throws ClassroomException {
        return update(code, change).orElseThrow(() -> new ClassroomException("No class with this code is running. "
                + "Check the code with your teacher; a class that has ended cannot be joined."));
    }

    /** A teacher's change: refused (and logged) without the class's teacher key. */
    private ClassSnapshot teach(String code, String teacherKey, UnaryOperator<ClassState> change)
            throws ClassroomException {
        return updateRunning(code, state -> {
            ClassState next = change.apply(state.authorise(teacherKey));
            return new Changed<>(next, next.snapshot());
        });
    }

    /** The class, unless it is gone or idle; an idle class is ended on the way. */
    protected final Optional<ClassState> running(String code) {
        Optional<ClassState> state = code == null ? Optional.empty() : read(code).map(Read::state);
        if (state.isPresent() && state.get().idleAt(clock.instant(), settings.idleTimeout())) {
            quietly(code, unchanged -> unchanged); // ends it, as every change of an idle class does
            return Optional.empty();
        }
        return state;
    }

    @Override
    public Opened open(String widgetId, Map<String, String> state) {
        String key = ClassCode.secret();
        ClassState started;
        do {
            started = ClassState.start(ClassCode.next(), key, widgetId, state, clock.instant());
        } while (!insert(started));
        LOG.info("Class {} started", started.snapshot().code());
        return new Opened(started.snapshot().code(), key);
    }

    @Override
    public Optional<ClassSnapshot> current(String code) {
        return running(code).map(ClassState::snapshot);
    }

    @Override
    public boolean isTeacher(String code, String teacherKey) {
        return running(code).filter(state -> state.taughtBy(teacherKey)).isPresent();
    }

    @Override
    public ClassSnapshot show(String code, String teacherKey, String widgetId, Map<String, String> state)
            throws ClassroomException {
        return teach(code, teacherKey, s -> s.teaching(c -> c.showing(widgetId, state), clock.instant()));
    }

    @Override
    public ClassSnapshot navigate(String code, String teacherKey, String lesson, String section, String widgetId,
                                  Map<String, String> state) throws ClassroomException {
        return teach(code, teacherKey,
                s -> s.teaching(c -> c.at(lesson, section, widgetId, state), clock.instant()));
    }

    @Override
    public ClassSnapshot setMode(String code, String teacherKey, ClassMode mode) throws ClassroomException {
        return teach(code, teacherKey, s -> s.teaching(c -> c.withMode(mode), clock.instant()));
    }

    @Override
    public ClassSnapshot ask(String code, String teacherKey, String question) throws ClassroomException {
        return teach(code, teacherKey, s -> s.asking(question, clock.instant()));
    }

    @Override
    public ClassSnapshot saveMoment(String code, String teacherKey, String label) throws ClassroomException {
        return teach(code, teacherKey, s -> s.savingMoment(label, clock.instant()));
    }

    @Override
    public void end(String code, String teacherKey) throws ClassroomException {
        teach(code, teacherKey, ClassState::ending);
        LOG.info("Class {} ended by its teacher", code);
    }

    @Override
    public void answer(String code, String studentId, String question, Map<String, String> answer) {
        quietly(code, s -> s.answering(studentId, question, answer));
    }

    @Override
    public Map<String, Map<String, String>> answers(String code) {
        return running(code).map(ClassState::answers).orElse(Map.of());
    }

    @Override
    public Student join(String code, String name) throws ClassroomException {
        return updateRunning(code, s -> {
            ClassState.Admitted admitted = s.join(name, settings.maxStudents(), clock.instant());
            return new Changed<>(admitted.state(), admitted.student());
        });
    }

    @Override
    public Optional<Student> rejoin(String code, String key) throws ClassroomException {
        return updateRunning(code, s -> s.rejoin(key, clock.instant())
                .map(a -> new Changed<>(a.state(), Optional.of(a.student())))
                .orElseGet(() -> new Changed<>(s, Optional.empty())));
    }

    @Override
    public void setStatus(String code, String studentId, Student.Status status) {
        quietly(code, s -> s.withStatus(studentId, status, clock.instant()));
    }

    @Override
    public List<Student> roster(String code) {
        return running(code).map(ClassState::roster).orElse(List.of());
    }

    @Override
    public Runnable subscribe(String code, Consumer<ClassSnapshot> listener) {
        Optional<ClassSnapshot> seen = current(code);
        if (seen.isEmpty()) {
            return NOTHING;
        }
        Runnable stop = followers.add(seen.get(), listener);
        // A change committed while this node was subscribing to the class's news may not reach this listener.
        current(code).filter(now -> now.version() > seen.get().version()).ifPresent(listener);
        return stop;
    }

    @Override
    public Runnable subscribeRoster(String code, Runnable listener) {
        return running(code).isPresent() ? followers.addRoster(code, listener) : NOTHING;
    }

    /** A change made in passing (by a student's browser, or to end an idle class): a gone or busy class is no error. */
    private void quietly(String code, UnaryOperator<ClassState> change) {
        try {
            update(code, state -> new Changed<>(change.apply(state), true));
        } catch (ClassroomException busy) {
            LOG.debug("A student's change to class {} was dropped: {}", code, busy.getMessage());
        }
    }
}
