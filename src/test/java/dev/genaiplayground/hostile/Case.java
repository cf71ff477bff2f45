package dev.genaiplayground.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One hostile request and what must hold for its answer, on top of the checks every answer gets
 * ({@link Expect#universal}). The request is built when the case runs, so a case can use a live session.
 */
record Case(Supplier<Request> request, List<Expect.Check> checks, boolean mayDropConnection,
            Consumer<Exchange> after) {

    static Case of(Request request, Expect.Check... checks) {
        return new Case(() -> request, List.of(checks), false, x -> { });
    }

    static Case lazy(Supplier<Request> request, Expect.Check... checks) {
        return new Case(request, List.of(checks), false, x -> { });
    }

    /** For requests so broken that closing the connection without an answer is a fair reply. */
    Case orDroppedConnection() {
        return new Case(request, checks, true, after);
    }

    Case then(Consumer<Exchange> next) {
        return new Case(request, checks, mayDropConnection, after.andThen(next));
    }

    Case and(Expect.Check... more) {
        List<Expect.Check> all = new ArrayList<>(checks);
        all.addAll(List.of(more));
        return new Case(request, List.copyOf(all), mayDropConnection, after);
    }
}
