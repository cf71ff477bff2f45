package dev.genaiplayground.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import dev.genaiplayground.e2e.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No script from any text: HTML and script payloads in every text setting (softmax labels, attention tokens, setting
 * names) and in paths, opened in a real headless Chromium. For each page it waits for Vaadin, moves the mouse over
 * every chart element (bars, heatmap cells, axis labels) and table cell so that tooltips render, then asserts that
 * the payload's flag ({@code window._p} or {@code window.__pwned}) is unset, that no dialog opened and that no element
 * from the payload exists anywhere, shadow roots included ({@code hostile/watch-markup.js} watches every insertion).
 *
 * <p>Labels and tokens hold at most 24 characters, so the payloads that must fit set {@code _p}; longer ones set
 * {@code __pwned} and must be refused with a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBrowserTest {

    private static final double TIMEOUT_MS = 30_000;
    /** How long a page gets to start Vaadin before it counts as broken. */
    private static final double START_MS = 15_000;
    /** Per chart: at most this many hovers, and about this many of each kind of element. */
    private static final int MAX_HOVERS = 24;
    private static final int PER_KIND = 5;

    /** Payloads of at most 24 characters: they fit a label or token, so the widget shows them. */
    static final List<String> FITTING = List.of("<img src=x onerror=_p=1>", "<svg onload=_p=1>", "<iframe onload=_p=1>",
            "<b>bold</b>", "\"><script>_p=1</script>", "javascript:_p=1", "<style onload=_p=1>");
    /** Longer payloads: refused as labels, echoed in messages about unknown settings and paths. */
    static final List<String> LONG = List.of("<img src=x onerror=window.__pwned=1>", "<svg onload=window.__pwned=1>",
            "</script><script>window.__pwned=1</script>", "<iframe onload=window.__pwned=1>");

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final Map<String, String> summary = new LinkedHashMap<>();
    private int pagesOpened;
    private int logMark;
    private long start;

    /** One page to open, and optionally what a person does on it before the mouse goes over the charts. */
    private record Visit(String label, String path, boolean expectMessage, Consumer<Page> action) {
    }

    @BeforeAll
    void launchBrowser() {
        ServerLog.install();
        logMark = ServerLog.mark();
        start = System.nanoTime();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        List<ServerLog.Event> events = ServerLog.since(logMark);
        long errors = events.stream().filter(ServerLog.Event::isError).count();
        System.out.println("[hostile] ==== Chromium suite: " + pagesOpened + " pages in "
                + String.format("%.1f s", (System.nanoTime() - start) / 1e9) + "; server log: " + errors + " ERROR, "
                + (events.size() - errors) + " WARN ====");
        summary.values().forEach(line -> System.out.println("[hostile]   " + line));
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> noScriptFromAnyText() {
        List<Visit> labels = new ArrayList<>();
        List<Visit> tokens = new ArrayList<>();
        for (String p : FITTING) {
            labels.add(new Visit("label " + p, PageAttacks.SOFTMAX + "?labels=" + text(p) + ",dog,bird", false,
                    null));
            tokens.add(new Visit("token " + p, PageAttacks.ATTENTION + "?tokens=" + text(p) + ",cat,sat,down", false,
                    null));
        }
        List<Visit> refused = new ArrayList<>();
        for (String p : LONG.subList(0, 2)) {
            refused.add(new Visit("long label " + p, PageAttacks.SOFTMAX + "?labels=" + text(p) + ",dog,bird", true,
                    null));
        }
        refused.add(new Visit("long token " + LONG.get(2), PageAttacks.ATTENTION + "?tokens=" + text(LONG.get(2))
                + ",cat,sat,down", true, null));
        for (String p : List.of(LONG.get(0), LONG.get(2))) {
            refused.add(new Visit("setting name " + p, PageAttacks.SOFTMAX + "?" + Text.enc(p) + "=1", true, null));
        }
        List<Visit> paths = new ArrayList<>();
        for (String p : List.of(LONG.get(0), LONG.get(2))) {
            String path = Text.enc(p).replace("%2F", "/");
            paths.add(new Visit("widget id " + p, "/widgets/" + path, false, null));
        }
        paths.add(new Visit("lesson id " + LONG.get(1), "/lessons/" + Text.enc(LONG.get(1)), false, null));
        paths.add(new Visit("path " + LONG.get(3), "/" + Text.enc(LONG.get(3)), false, null));
        List<Visit> typed = new ArrayList<>();
        for (String p : List.of(FITTING.get(0), FITTING.get(4))) {
            typed.add(new Visit("typed label " + p, PageAttacks.SOFTMAX, false, page -> {
                Locator label = page.locator(".softmax-widget logit-bars input.label").nth(1);
                label.fill(p);
                label.press("Enter");
                waitForChartCategory(page, ".softmax-widget apex-chart", p);
            }));
        }
        typed.add(new Visit("typed tokens", PageAttacks.ATTENTION, false, page -> {
            Locator field = page.locator(".attention-widget vaadin-text-field input").first();
            field.fill(FITTING.get(0) + ", " + FITTING.get(1) + ", " + FITTING.get(3) + ", cat");
            field.press("Enter");
            waitForChartCategory(page, ".attention-widget apex-chart", FITTING.get(0));
        }));
        return Stream.of(
                test("softmax labels", "fitting payloads as class labels", labels),
                test("attention tokens", "fitting payloads as tokens", tokens),
                test("refused and echoed", "long payloads: refused with a message, echoed in messages", refused),
                test("paths", "payloads in widget ids, lesson ids and paths (not-found pages)", paths),
                test("typed", "payloads typed into the label and token fields", typed),
                DynamicTest.dynamicTest("no ERROR in the server log during the Chromium suite", () -> {
                    List<ServerLog.Event> errors = ServerLog.errorsSince(logMark);
                    if (!errors.isEmpty()) {
                        fail(errors.size() + " ERROR events logged while Chromium opened " + pagesOpened
                                + " pages:\n" + errors.stream().map(e -> "  " + e.oneLine()).distinct()
                                .collect(Collectors.joining("\n")));
                    }
                }));
    }

    private DynamicTest test(String name, String about, List<Visit> visits) {
        return DynamicTest.dynamicTest(name + ": " + about, () -> {
            ServerLog.install();
            long begin = System.nanoTime();
            List<String> failures = new ArrayList<>();
            int hovered = 0;
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000));
            context.setDefaultTimeout(TIMEOUT_MS);
            context.addInitScript(watchScript());
            try {
                for (Visit visit : visits) {
                    Page page = context.newPage();
                    try {
                        Result result = visit(page, visit);
                        hovered += result.hovered;
                        if (!result.problems.isEmpty()) {
                            failures.add("[" + visit.label() + "] GET " + visit.path() + "\n      -> " + result.status
                                    + ": " + String.join("\n         ", result.problems));
                        }
                    } finally {
                        page.close();
                    }
                }
            } finally {
                context.close();
            }
            String line = String.format("%-20s %3d pages, %4d elements hovered, %2d failed, %5.1f s", name,
                    visits.size(), hovered, failures.size(), (System.nanoTime() - begin) / 1e9);
            summary.put(name, line);
            System.out.println("[hostile] " + line);
            if (!failures.isEmpty()) {
                String report = name + ": " + failures.size() + " of " + visits.size() + " pages broke the contract:\n"
                        + failures.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
                System.out.println("[hostile] " + report.replace("\n", "\n[hostile] "));
                fail(report);
            }
        });
    }

    private static final class Result {
        final List<String> problems = new ArrayList<>();
        String status = "no response";
        int hovered;
    }

    private Result visit(Page page, Visit visit) {
        Result result = new Result();
        List<String> dialogs = new ArrayList<>();
        List<String> scriptErrors = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + " '" + dialog.message() + "'");
            dialog.dismiss();
        });
        page.onPageError(error -> scriptErrors.add(Text.shorten(error, 160)));
        int mark = ServerLog.mark();
        pagesOpened++;
        Response response = page.navigate("http://localhost:" + port + visit.path());
        result.status = response == null ? "no response" : "HTTP " + response.status();
        boolean started = waitForVaadin(page);
        if (!started) {
            result.problems.add("Vaadin did not start within " + (int) (START_MS / 1000) + " s: the page is broken"
                    + (scriptErrors.isEmpty() ? "" : " (script errors: " + String.join(" | ", scriptErrors) + ")"));
        } else {
            if (visit.action() != null) {
                try {
                    visit.action().accept(page);
                    waitForVaadin(page);
                } catch (PlaywrightException e) {
                    result.problems.add("could not type into the page: " + Text.shorten(e.getMessage(), 200));
                }
            }
            result.hovered = hoverEverything(page);
            if (visit.expectMessage() && page.locator(".page-problem, .widget-problem, [role=alert]").count() == 0) {
                result.problems.add("no message on the page for a refused payload");
            }
        }
        Object flags = page.evaluate("() => [typeof window._p, typeof window.__pwned]");
        if (!String.valueOf(flags).equals("[undefined, undefined]")) {
            result.problems.add("SCRIPT RAN: window._p / window.__pwned are " + flags);
        }
        if (!dialogs.isEmpty()) {
            result.problems.add("SCRIPT RAN: dialog opened: " + String.join(", ", dialogs));
        }
        @SuppressWarnings("unchecked")
        List<Object> markup = (List<Object>) page.evaluate("() => window.__hostileScan ? window.__hostileScan() : []");
        for (Object element : markup) {
            result.problems.add("rendered as markup: " + element);
        }
        List<ServerLog.Event> errors = ServerLog.errorsSince(mark);
        if (!errors.isEmpty()) {
            result.problems.add(errors.size() + " ERROR logged: " + errors.get(0).oneLine());
        }
        return result;
    }

    /**
     * Moves the mouse over the chart elements that show tooltips or labels (bars, heatmap cells, axis labels; a few
     * of each kind per chart), one chart at a time scrolled into view; returns how many were hovered.
     */
    private static int hoverEverything(Page page) {
        int charts = ((Number) page.evaluate("() => document.querySelectorAll('apex-chart').length")).intValue();
        int hovered = 0;
        for (int c = 0; c < charts; c++) {
            @SuppressWarnings("unchecked")
            List<List<Object>> points = (List<List<Object>>) page.evaluate("(c) => {"
                    + "  const chart = document.querySelectorAll('apex-chart')[c];"
                    + "  chart.scrollIntoView({block: 'center'});"
                    + "  const points = [];"
                    + "  for (const selector of ['.apexcharts-bar-area', '.apexcharts-heatmap-rect',"
                    + "      '.apexcharts-xaxis-label', '.apexcharts-yaxis-label', '.apexcharts-datalabel']) {"
                    + "    const all = Array.from(chart.querySelectorAll(selector));"
                    + "    const step = Math.max(1, Math.floor(all.length / " + PER_KIND + "));"
                    + "    for (let i = 0; i < all.length && points.length < " + MAX_HOVERS + "; i += step) {"
                    + "      const r = all[i].getBoundingClientRect();"
                    + "      if (r.width > 0 && r.height > 0 && r.y >= 0 && r.y < innerHeight)"
                    + "        points.push([r.x + r.width / 2, r.y + r.height / 2]);"
                    + "    }"
                    + "  }"
                    + "  return points;"
                    + "}", c);
            for (List<Object> point : points) {
                page.mouse().move(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
                hovered++;
            }
        }
        page.waitForTimeout(100);
        return hovered;
    }

    /** Waits (up to 10 s) until the chart has the typed text among its categories, so the hover sees it. */
    private static void waitForChartCategory(Page page, String chart, String text) {
        try {
            page.waitForFunction("([chart, text]) => { const c = document.querySelector(chart);"
                    + " return !!(c && c.options && c.options.xaxis && (c.options.xaxis.categories || [])"
                    + ".includes(text)); }", List.of(chart, text), new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (PlaywrightException e) {
            // the checks that follow report what the page shows
        }
        page.waitForTimeout(200);
    }

    private static boolean waitForVaadin(Page page) {
        try {
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                    + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())", null,
                    new Page.WaitForFunctionOptions().setTimeout(START_MS));
            return true;
        } catch (PlaywrightException e) {
            return false;
        }
    }

    /** A label or token in a link: the app's own escapes for ',', ';' and '%', then percent-encoded. */
    private static String text(String payload) {
        return Text.enc(payload.replace("%", "%25").replace(",", "%2C").replace(";", "%3B"));
    }

    private static String watchScript() {
        try (InputStream in = HostileBrowserTest.class.getResourceAsStream("/hostile/watch-markup.js")) {
            if (in == null) {
                throw new IllegalStateException("hostile/watch-markup.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
