package dev.genaiplayground.classroom;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Classes in this process's memory: nothing to set up, one app node (the default,
 * {@code playground.classroom.engine=memory}). A class that nobody teaches for the idle timeout is ended the next
 * time any class is started or looked up, or this one is changed. The rules are {@link ClassState}'s.
 */
@Component
@ConditionalOnProperty(prefix = "playground.classroom", name = "engine", havingValue = "memory",
        matchIfMissing = true)
public class InMemoryClassroomEngine extends StoredClassroomEngine<ClassState> {

    /** The longest name a student may take (the join form limits its field to it). */
    public static final int MAX_NAME_LENGTH = ClassState.MAX_NAME_LENGTH;
    /** The timeline keeps the newest this many saved states. */
    public static final int MAX_MOMENTS = ClassState.MAX_MOMENTS;

    private final Map<String, ClassState> classes = new ConcurrentHashMap<>();

    @Autowired
    public InMemoryClassroomEngine(ClassroomSettings settings) {
        this(settings, Clock.systemUTC());
    }

    InMemoryClassroomEngine(ClassroomSettings settings, Clock clock) {
        super(settings, clock);
    }

    @Override
    public Opened open(String widgetId, Map<String, String> state) {
        expireIdle();
        return super.open(widgetId, state);
    }

    @Override
    public Optional<ClassSnapshot> current(String code) {
        expireIdle();
        return super.current(code);
    }

    /** The number of running classes, for tests and metrics. */
    public int size() {
        return classes.size();
    }

    @Override
    protected boolean insert(ClassState state) {
        return classes.putIfAbsent(state.snapshot().code(), state) == null;
    }

    @Override
    protected Optional<Read<ClassState>> read(String code) {
        return Optional.ofNullable(classes.get(code)).map(state -> new Read<>(state, state));
    }

    @Override
    protected boolean commit(Read<ClassState> before, ClassState after, News news) {
        String code = after.snapshot().code();
        boolean stored = after.snapshot().ended() ? classes.remove(code, before.revision())
                : classes.replace(code, before.revision(), after);
        if (stored) {
            tell(news); // outside any lock: a listener may come back to the engine
        }
        return stored;
    }

    private void expireIdle() {
        classes.keySet().forEach(this::running);
    }
}
