package dev.genaiplayground.classroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This app node's listeners of each class: the views of the browsers it serves. A snapshot older than one already
 * passed on is dropped, so a late message never undoes a newer state; an ended class's listeners are forgotten once
 * told. {@code watch} and {@code unwatch} run when a class gets its first listener here and loses its last one (the
 * Redis engine subscribes to the class's channel then, and leaves it); they run under this object's lock, so the two
 * never overlap for one class.
 */
final class LocalFollowers {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFollowers.class);

    private final Map<String, Listeners> byCode = new HashMap<>();
    private final Consumer<String> watch;
    private final Consumer<String> unwatch;

    LocalFollowers(Consumer<String> watch, Consumer<String> unwatch) {
        this.watch = watch;
        this.unwatch = unwatch;
    }

    private static final class Listeners {
        final List<Consumer<ClassSnapshot>> snapshots = new CopyOnWriteArrayList<>();
        final List<Runnable> roster = new CopyOnWriteArrayList<>();
        /** The newest snapshot passed on (or seen when a listener came), for the version check and expiry. */
        ClassSnapshot newest;

        boolean none() {
            return snapshots.isEmpty() && roster.isEmpty();
        }
    }

    /** Passes every newer snapshot of class {@code seen.code()} to {@code listener}; returns how to stop. */
    Runnable add(ClassSnapshot seen, Consumer<ClassSnapshot> listener) {
        return add(seen.code(), seen, listeners -> listeners.snapshots, listener);
    }

    /** Calls {@code listener} when the roster or the answers of class {@code code} change. */
    Runnable addRoster(String code, Runnable listener) {
        return add(code, null, listeners -> listeners.roster, listener);
    }

    private synchronized <T> Runnable add(String code, ClassSnapshot seen,
                                          Function<Listeners, List<T>> list, T listener) {
        Listeners listeners = byCode.get(code);
        if (listeners == null) {
            watch.accept(code);
            listeners = new Listeners();
            byCode.put(code, listeners);
        }
        if (seen != null && (listeners.newest == null || listeners.newest.version() < seen.version())) {
            listeners.newest = seen;
        }
        list.apply(listeners).add(listener);
        Listeners added = listeners;
        return () -> remove(code, added, list.apply(added), listener);
    }

    private synchronized void remove(String code, Listeners listeners, List<?> list, Object listener) {
        if (list.remove(listener) && listeners.none() && byCode.remove(code, listeners)) {
            unwatch.accept(code);
        }
    }

    /** Passes a snapshot to its class's listeners here, unless a newer one has been passed on already. */
    void deliver(ClassSnapshot snapshot) {
        Listeners listeners;
        synchronized (this) {
            listeners = byCode.get(snapshot.code());
            if (listeners == null || (listeners.newest != null && snapshot.version() < listeners.newest.version())) {
                return;
            }
            listeners.newest = snapshot;
            if (snapshot.ended() && byCode.remove(snapshot.code(), listeners)) {
                unwatch.accept(snapshot.code());
            }
        }
        // Outside the lock: a listener may subscribe or unsubscribe.
        listeners.snapshots.forEach(listener -> call(snapshot.code(), () -> listener.accept(snapshot)));
    }

    /** Tells the class's roster listeners here that its roster or answers changed. */
    void rosterChanged(String code) {
        Listeners listeners;
        synchronized (this) {
            listeners = byCode.get(code);
        }
        if (listeners != null) {
            listeners.roster.forEach(listener -> call(code, listener));
        }
    }

    /** The newest snapshot of each class that has snapshot listeners here. */
    synchronized Map<String, ClassSnapshot> watched() {
        Map<String, ClassSnapshot> newest = new HashMap<>();
        byCode.forEach((code, listeners) -> {
            if (listeners.newest != null && !listeners.snapshots.isEmpty()) {
                newest.put(code, listeners.newest);
            }
        });
        return newest;
    }

    /** One listener's failure must not keep the others from hearing. */
    private static void call(String code, Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.warn("A listener of class {} failed: {}", code, e.toString());
        }
    }
}
