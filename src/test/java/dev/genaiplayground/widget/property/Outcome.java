package dev.genaiplayground.widget.property;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What one call to a parser or editor did: produced a value, or refused with the one exception type it is allowed
 * to throw. Any other exception, or a call that runs longer than {@link #TIME_LIMIT}, fails the property at once
 * (the call runs on its own thread, so a hang is cut off and reported as a counterexample instead of stalling the
 * build).
 */
public final class Outcome<T> {

    /** Generous for a 2-core machine: every call here is a parse or a small record construction. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    private final T value;
    private final Throwable refusal;

    private Outcome(T value, Throwable refusal) {
        this.value = value;
        this.refusal = refusal;
    }

    /** One worker thread, replaced when a call overruns (the hung thread is interrupted and abandoned). */
    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "property-call");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code call}; a {@code refusalType} exception becomes a refusal, anything else fails with an assertion
     * that names the exception, its message and where it came from.
     */
    public static synchronized <T> Outcome<T> of(Class<? extends Throwable> refusalType, Callable<T> call) {
        Future<T> future = worker.submit(call);
        try {
            return new Outcome<>(future.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("the call did not finish within " + TIME_LIMIT.toMillis() + " ms (a hang?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException wrapped) {
            Throwable e = wrapped.getCause();
            if (e instanceof AssertionError assertion) {
                throw assertion;
            }
            if (refusalType.isInstance(e)) {
                return new Outcome<>(null, e);
            }
            throw new AssertionError("expected a value or " + refusalType.getSimpleName() + ", but got "
                    + e.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    public boolean accepted() {
        return refusal == null;
    }

    public T value() {
        if (refusal != null) {
            throw new AssertionError("refused: " + refusal.getMessage(), refusal);
        }
        return value;
    }

    public Throwable refusal() {
        return Objects.requireNonNull(refusal, "accepted, not refused");
    }

    /** The refusal's message, or null when accepted. */
    public String message() {
        return refusal == null ? null : refusal.getMessage();
    }

    @Override
    public String toString() {
        return refusal == null ? "accepted " + value : "refused: " + refusal.getMessage();
    }
}
