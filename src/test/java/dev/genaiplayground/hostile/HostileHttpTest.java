package dev.genaiplayground.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input suite over plain HTTP: hundreds of malformed, extreme and malicious requests, generated from
 * categories (see {@link PageAttacks} and {@link VaadinAttacks}), against the whole app on a random port. One test
 * per category; each runs all its cases and then fails once, listing every case that broke the contract with its
 * request, status and a body excerpt.
 *
 * <p>Every answer must be below 500 with no ERROR in the server log, no Java internals in the body, no script
 * breakout, and security headers on HTML pages; cases add their own expectations (404 pages, 405 for odd methods,
 * a message naming a refused setting in the page's server-rendered HTML).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {

    /** A category's report lists at most this many failures in full, then counts the rest. */
    private static final int LISTED_FAILURES = 400;

    @LocalServerPort
    int port;

    private final Map<String, String> summary = new LinkedHashMap<>();
    private HttpProbe probe;
    private int suiteStartMark;
    private long suiteStart;

    @TestFactory
    Stream<DynamicTest> hostileRequests() {
        ServerLog.install();
        probe = new HttpProbe(port);
        suiteStartMark = ServerLog.mark();
        suiteStart = System.nanoTime();
        VaadinAttacks vaadin = new VaadinAttacks(probe);
        List<Category> categories = new ArrayList<>(new PageAttacks(port).all());
        categories.addAll(vaadin.all());
        return Stream.concat(categories.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.about(),
                        () -> run(c, vaadin))),
                Stream.of(DynamicTest.dynamicTest("no ERROR in the server log during the whole HTTP suite",
                        this::noErrorLogged)));
    }

    private void run(Category category, VaadinAttacks vaadin) {
        ServerLog.install();
        int sentBefore = probe.sent();
        int notesBefore = vaadin.notes.size();
        int logBefore = ServerLog.mark();
        long start = System.nanoTime();
        List<Case> cases = category.cases().get();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byProblem = new LinkedHashMap<>();
        List<String> slow = new ArrayList<>();
        Sent previous = null;
        for (Case kase : cases) {
            if (previous != null) {
                judge(previous, failures, byProblem);
            }
            Request request = kase.request().get(); // may open a session (its own requests)
            int mark = ServerLog.mark();
            Exchange exchange = probe.sendQuietly(request);
            kase.after().accept(exchange);
            if (request.raw) {
                // A raw client may close before the server is done: let it finish (and log) before the next case.
                pause(request.manners == Request.Manners.HANG_UP ? 400 : 25);
            }
            if (exchange.millis() > 3000) {
                slow.add(request.describe() + " took " + exchange.millis() + " ms");
            }
            previous = new Sent(kase, exchange, mark);
        }
        if (previous != null) {
            pause(200);
            judge(previous, failures, byProblem);
        }
        slow.forEach(line -> System.out.println("[hostile]   slow: " + line));
        long millis = (System.nanoTime() - start) / 1_000_000;
        int sent = probe.sent() - sentBefore;
        long errors = ServerLog.errorsSince(logBefore).size();
        long warnings = ServerLog.since(logBefore).size() - errors;
        String line = String.format("%-26s %4d cases, %4d requests, %3d failed, %3d ERROR / %3d WARN logged, %5.1f s",
                category.name(), cases.size(), sent, failures.size(), errors, warnings, millis / 1000.0);
        summary.put(category.name(), line);
        System.out.println("[hostile] " + line);
        vaadin.notes.subList(notesBefore, vaadin.notes.size()).stream().distinct().limit(20)
                .forEach(n -> System.out.println("[hostile]   note: " + n));
        if (!failures.isEmpty()) {
            String kinds = byProblem.entrySet().stream().map(e -> "  " + e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining("\n"));
            String listed = failures.stream().limit(LISTED_FAILURES).map(f -> "  - " + f)
                    .collect(Collectors.joining("\n"));
            String report = category.name() + ": " + failures.size() + " of " + cases.size()
                    + " hostile requests broke the contract.\nBy kind:\n" + kinds + "\nCases:\n" + listed
                    + (failures.size() > LISTED_FAILURES ? "\n  ... and " + (failures.size() - LISTED_FAILURES)
                    + " more" : "");
            System.out.println("[hostile] " + report.replace("\n", "\n[hostile] "));
            fail(report);
        }
    }

    /** A case whose answer came; its log window ends when the next request starts. */
    private record Sent(Case kase, Exchange exchange, int logMark) {
    }

    private static void judge(Sent sent, List<String> failures, Map<String, Integer> byProblem) {
        Exchange exchange = sent.exchange().withLogged(ServerLog.since(sent.logMark()));
        List<String> problems = new ArrayList<>(Expect.universal(sent.kase(), exchange));
        for (Expect.Check check : sent.kase().checks()) {
            String problem = check.problem(exchange);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            failures.add(exchange.request().describe() + "\n      -> " + (exchange.answered()
                    ? "HTTP " + exchange.status() : "no response (" + exchange.failure() + ")") + ": "
                    + String.join("\n         ", problems) + "\n         body: " + bodyExcerpt(exchange.body()));
            problems.forEach(p -> byProblem.merge(kind(p), 1, Integer::sum));
        }
    }

    /** The start of the body, or of its visible part for an HTML page. */
    private static String bodyExcerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "<empty>";
        }
        int at = body.indexOf("<body");
        return Text.shorten(Text.excerpt(body, at < 0 ? 0 : at + 80), 200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void noErrorLogged() throws InterruptedException {
        Thread.sleep(300); // let asynchronous log lines land
        List<ServerLog.Event> errors = ServerLog.errorsSince(suiteStartMark);
        if (!errors.isEmpty()) {
            Map<String, Long> distinct = errors.stream().collect(Collectors.groupingBy(
                    e -> Text.shorten(e.oneLine(), 300), LinkedHashMap::new, Collectors.counting()));
            fail(errors.size() + " ERROR events logged during the HTTP suite (" + probe.sent()
                    + " requests):\n" + distinct.entrySet().stream().map(e -> "  " + e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining("\n")));
        }
    }

    @AfterAll
    void printSummary() {
        if (probe == null) {
            return;
        }
        List<ServerLog.Event> events = ServerLog.since(suiteStartMark);
        long errors = events.stream().filter(ServerLog.Event::isError).count();
        System.out.println("[hostile] ==== HTTP suite: " + probe.sent() + " requests in "
                + String.format("%.1f s", (System.nanoTime() - suiteStart) / 1e9) + "; server log: " + errors
                + " ERROR, " + (events.size() - errors) + " WARN ====");
        summary.values().forEach(line -> System.out.println("[hostile]   " + line));
    }

    /** A problem without its specifics, to group a category's failures by kind. */
    private static String kind(String problem) {
        if (problem.contains("ERROR logged: ")) {
            String error = problem.substring(problem.indexOf("ERROR logged: ") + 14).replaceAll("\\[[^\\]]*\\]", "")
                    .replaceAll("\\d+", "N");
            int detail = error.indexOf(": ", error.indexOf('|') + 1);
            return "ERROR logged: " + Text.shorten(detail > 0 ? error.substring(0, detail) : error, 160);
        }
        String text = problem.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
        int colon = text.indexOf(": ");
        return Text.shorten(colon > 0 && colon < 90 ? text.substring(0, colon) : text, 120);
    }
}
