package dev.genaiplayground.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a tour for a person to look at: screenshots of the main pages at desktop and phone width, light
 * and dark, in {@code target/screenshots/}. Run with {@code ./mvnw test -Dtest=ScreenshotTour -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTour extends BrowserTest {

    private record Stop(String name, String path, Consumer<Page> action) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop("home", "", p -> { }),
            new Stop("softmax", "widgets/softmax", p -> { }),
            new Stop("softmax-code", "widgets/softmax", p -> {
                p.locator("vaadin-details.code-panel vaadin-details-summary").click();
                p.waitForSelector("vaadin-details.code-panel .code-block");
                p.locator("vaadin-details.code-panel").scrollIntoViewIfNeeded();
            }),
            new Stop("attention", "widgets/attention?causal=true", p -> { }),
            new Stop("attention-heatmap", "widgets/attention?causal=true&heads=2&head=2",
                    p -> p.locator(".attention-heatmap").scrollIntoViewIfNeeded()),
            new Stop("embed-readonly", "embed/softmax?_hide=temperature&_readonly", p -> { }),
            new Stop("attention-code", "widgets/attention", p -> {
                p.locator("vaadin-details.code-panel vaadin-details-summary").click();
                p.waitForSelector("vaadin-details.code-panel .code-block");
                p.locator("vaadin-details.code-panel").scrollIntoViewIfNeeded();
            }),
            new Stop("lesson-softmax", "lessons/softmax-cross-entropy", p -> { }),
            new Stop("lesson-softmax-table", "lessons/softmax-cross-entropy",
                    p -> p.locator("lesson-content table").first().scrollIntoViewIfNeeded()),
            new Stop("lesson-attention-code", "lessons/attention",
                    p -> p.locator("lesson-content .code-block").first().scrollIntoViewIfNeeded()),
            new Stop("not-found", "widgets/nope", p -> { }));

    /**
     * Every registered widget's page and every lesson, whole (full-page), at the four sizes and themes. Narrow it
     * with {@code -Dscreenshots.only=<text>} (stops whose name contains the text).
     */
    @Test
    void everyWidgetAndLessonWhole() throws Exception {
        String only = System.getProperty("screenshots.only", "");
        List<String[]> stops = new java.util.ArrayList<>();
        for (var widget : dev.genaiplayground.widget.RegisteredWidgets.all()) {
            stops.add(new String[] {"widget-" + widget.id(), "widgets/" + widget.id()});
        }
        try (var files = java.nio.file.Files.list(Paths.get("content", "lessons"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .forEach(n -> stops.add(new String[] {"lesson-" + n.replace(".md", ""),
                            "lessons/" + n.replace(".md", "")}));
        }
        for (String theme : List.of("light", "dark")) {
            for (int width : List.of(1280, 390)) {
                page.setViewportSize(width, width > 500 ? 900 : 844);
                for (String[] stop : stops) {
                    if (!stop[0].contains(only)) {
                        continue;
                    }
                    open(stop[1]);
                    page.evaluate("t => { localStorage.setItem('playground-theme', t); "
                            + "document.documentElement.setAttribute('theme', t === 'dark' ? 'dark' : ''); }", theme);
                    // The app layout scrolls inside itself, not the document: grow the window to the content.
                    int height = ((Number) page.evaluate("() => Math.min(12000, Math.max(...Array.from("
                            + "document.querySelectorAll('main, [content]')).map(e => e.scrollHeight), 800))"))
                            .intValue();
                    page.setViewportSize(width, height + 80);
                    page.waitForTimeout(800);
                    Path file = Paths.get("target", "screenshots", "whole", stop[0] + "-" + width + "-" + theme
                            + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file));
                    page.setViewportSize(width, width > 500 ? 900 : 844);
                }
            }
        }
    }

    @Test
    void takeScreenshots() {
        for (String theme : List.of("light", "dark")) {
            for (int width : List.of(1280, 390)) {
                page.setViewportSize(width, width > 500 ? 900 : 844);
                for (Stop stop : STOPS) {
                    open(stop.path());
                    page.evaluate("t => { localStorage.setItem('playground-theme', t); "
                            + "document.documentElement.setAttribute('theme', t === 'dark' ? 'dark' : ''); }", theme);
                    stop.action().accept(page);
                    page.waitForTimeout(400);
                    Path file = Paths.get("target", "screenshots", stop.name() + "-" + width + "-" + theme + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file));
                }
            }
        }
    }

    /** A class: the teacher's page at desktop width, a student's at phone width, following and paused. */
    @Test
    void aClass() {
        for (String theme : List.of("light", "dark")) {
            open("");
            page.evaluate("t => localStorage.setItem('playground-theme', t)", theme);
            open("teach?lesson=softmax-cross-entropy");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Start a class")).click();
            page.waitForCondition(() -> page.url().contains("key="));
            waitForVaadin();
            String code = page.locator(".class-code").innerText().replace(" ", "");
            com.microsoft.playwright.BrowserContext phone = context.browser().newContext(
                    new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
            Page student = phone.newPage();
            student.navigate("http://localhost:" + port + "/join/" + code);
            student.evaluate("t => localStorage.setItem('playground-theme', t)", theme);
            student.reload();
            waitForVaadin(student);
            student.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                    .fill("Ada");
            student.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "join-390-" + theme + ".png")));
            student.keyboard().press("Enter");
            student.waitForCondition(() -> student.locator(".class-status").count() > 0);
            page.waitForCondition(() -> page.locator(".class-count").innerText().startsWith("1 student"));
            page.waitForTimeout(600);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "teacher-1280-" + theme + ".png")).setFullPage(true));
            page.locator(".class-widget").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "teacher-at-widget-1280-" + theme + ".png")));
            student.waitForTimeout(600);
            student.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "student-390-" + theme + ".png")));
            student.locator(".class-place-text").click();
            student.waitForTimeout(600);
            student.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "student-section-text-390-" + theme + ".png")).setFullPage(true));
            page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Pause")).click();
            student.waitForCondition(() -> student.locator(".class-eyes-up").isVisible());
            student.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class",
                    "paused-390-" + theme + ".png")));
            phone.close();
        }
    }
}
