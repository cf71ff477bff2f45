package dev.genaiplayground.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Brings snapshots from any thread into one browser's UI, the last one winning: while an update waits for the UI's
 * lock or its push, newer snapshots replace it instead of queueing behind it. A teacher dragging a bar sends many
 * states a second; a slow phone gets the newest one when it is ready, and nothing piles up in memory.
 *
 * <p>The update runs on a small shared pool, one thread per core, not on the thread that published the snapshot:
 * otherwise the teacher's own request would render and push all 300 students' UIs one after another before it
 * returned, on one core (ClassroomBenchmark). Each follower has at most one update waiting, so the pool's queue
 * holds at most one task per follower.
 */
final class CoalescingUpdates implements Consumer<ClassSnapshot> {

    private static final Executor FAN_OUT = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "classroom-fan-out");
                thread.setDaemon(true);
                return thread;
            });

    private final UI ui;
    private final Consumer<ClassSnapshot> apply;
    private final AtomicReference<ClassSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    CoalescingUpdates(UI ui, Consumer<ClassSnapshot> apply) {
        this.ui = ui;
        this.apply = apply;
    }

    @Override
    public void accept(ClassSnapshot snapshot) {
        latest.accumulateAndGet(snapshot, (old, next) -> old == null || next.version() >= old.version() ? next : old);
        if (scheduled.compareAndSet(false, true)) {
            FAN_OUT.execute(this::update);
        }
    }

    /**
     * Runs {@code command} in {@code ui} from the fan-out pool, or {@code gone} when the browser has left. Work for
     * another browser never runs on the thread of the request that caused it: a student's request does not render
     * the teacher's page under the student's session.
     */
    static void inUi(UI ui, Command command, Runnable gone) {
        FAN_OUT.execute(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException left) {
                gone.run();
            }
        });
    }

    private void update() {
        try {
            ui.access(() -> {
                scheduled.set(false); // before reading, so a snapshot arriving now schedules another run
                ClassSnapshot newest = latest.get();
                if (newest != null) {
                    apply.accept(newest);
                }
            });
        } catch (UIDetachedException gone) {
            scheduled.set(false); // the browser left; its view unsubscribes on detach
        }
    }
}
