package dev.genaiplayground.classroom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.genaiplayground.e2e.Chromium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Students in real headless Chromium pages, each in its own browser context (its own session), joining through
 * {@code /join/<code>} as a person does. Each page notes, in a MutationObserver, when the value table first shows
 * each of the teacher's changes ({@code Date.now()}, milliseconds since the epoch). Playwright is not
 * thread-safe: use this from one thread.
 */
final class ChromiumFollowers implements AutoCloseable {

    /** Notes when the third logit's cell first shows each value. */
    private static final String WATCH = """
            () => {
              window.__arrivals = {};
              const widget = document.querySelector('.softmax-widget');
              const note = () => {
                const rows = widget.querySelectorAll('.value-table tbody tr');
                const cell = rows.length > 2 ? rows[2].querySelector("td[data-column='0']") : null;
                const value = cell ? cell.getAttribute('data-value') : null;
                if (value !== null && !(value in window.__arrivals)) window.__arrivals[value] = Date.now();
              };
              note();
              new MutationObserver(note).observe(widget, { subtree: true, childList: true, attributes: true,
                                                           attributeFilter: ['data-value'] });
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    ChromiumFollowers() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    /** Joins one student and starts watching; throws when the page does not reach the class. */
    void join(int port, String code, String name) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        contexts.add(context);
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/join/" + code);
        // Wait until Flow has started, so the typed name is not lost to a field that upgrades after it was filled.
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        page.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                .fill(name);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
        try {
            page.waitForCondition(() -> page.url().contains("/class/") && page.locator(".class-status").count() > 0
                    && page.locator(".class-status").innerText().contains("Following"));
        } catch (RuntimeException notJoined) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e-failures",
                    "ClassroomBenchmark-" + name.replace(' ', '-') + ".png")));
            throw new AssertionError(name + " did not join; " + page.url() + " says: "
                    + page.locator("body").innerText(), notJoined);
        }
        page.locator(".softmax-widget .value-table").waitFor();
        page.evaluate(WATCH);
        pages.add(page);
    }

    int size() {
        return pages.size();
    }

    /** For each page, the arrival of each change it showed (µs since the epoch, at millisecond precision). */
    List<Map<Integer, Long>> arrivals() {
        List<Map<Integer, Long>> all = new ArrayList<>();
        for (Page page : pages) {
            Map<Integer, Long> arrivals = new HashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) page.evaluate("() => window.__arrivals");
            shown.forEach((value, millis) -> {
                int change = BroadcastMarker.change(value);
                if (change > 0) {
                    arrivals.put(change, ((Number) millis).longValue() * 1000);
                }
            });
            all.add(arrivals);
        }
        return all;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
