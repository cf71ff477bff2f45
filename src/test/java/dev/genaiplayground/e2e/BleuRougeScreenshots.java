package dev.genaiplayground.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a look: the BLEU and ROUGE widget and its lesson at 1280 and 390 px, light and dark, in
 * {@code target/screenshots/}. Run with {@code ./mvnw test -Dtest=BleuRougeScreenshots -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class BleuRougeScreenshots extends BrowserTest {

    private record Stop(String name, String path, Consumer<Page> action) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop("bleu-rouge", "widgets/bleu-rouge", p -> { }),
            new Stop("bleu-rouge-texts", "widgets/bleu-rouge",
                    p -> p.locator(".bleu-rouge-texts").scrollIntoViewIfNeeded()),
            new Stop("bleu-rouge-scores", "widgets/bleu-rouge?highlight=lcs",
                    p -> p.locator(".bleu-rouge-rouge-table").scrollIntoViewIfNeeded()),
            new Stop("bleu-rouge-problem", "widgets/bleu-rouge", p -> {
                p.locator(".bleu-rouge-candidate input").fill("");
                p.waitForTimeout(800);
            }),
            new Stop("lesson-text-metrics-example", "lessons/text-metrics",
                    p -> p.locator("lesson-content table").first().scrollIntoViewIfNeeded()),
            new Stop("lesson-text-metrics-widget", "lessons/text-metrics",
                    p -> p.locator(".bleu-rouge-widget .bleu-rouge-scores").scrollIntoViewIfNeeded()));

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
}
