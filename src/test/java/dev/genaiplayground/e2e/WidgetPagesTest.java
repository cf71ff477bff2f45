package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import dev.genaiplayground.lesson.LessonRepository;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered widget's page and embed, and every lesson, open in Chromium at desktop and phone width, light
 * and dark, with no console error and no accessibility violation that axe-core reports.
 */
class WidgetPagesTest extends BrowserTest {

    @Autowired
    WidgetRegistry registry;

    @Autowired
    LessonRepository lessons;

    @TestFactory
    Stream<DynamicTest> everyWidgetPageEmbedAndLessonOpensCleanly() {
        List<String> paths = new ArrayList<>();
        for (WidgetDefinition<?, ?> widget : registry.all()) {
            paths.add("widgets/" + widget.id());
            paths.add("embed/" + widget.id());
        }
        lessons.all().forEach(lesson -> paths.add("lessons/" + lesson.id()));
        paths.add("widgets/attention?causal=true&heads=2"); // masked cells and the head select
        paths.add("");
        paths.add("widgets");
        return paths.stream().flatMap(path -> Stream.of(
                DynamicTest.dynamicTest("/" + path + " at 1280 px, light", () -> check(path, 1280, "light")),
                DynamicTest.dynamicTest("/" + path + " at 390 px, dark", () -> check(path, 390, "dark"))));
    }

    private void check(String path, int width, String theme) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.setViewportSize(width, 900);
        page.addInitScript("localStorage.setItem('playground-theme', '" + theme + "')");
        open(path);

        // Vaadin's loading indicator lives outside the page's landmarks by design: it is no content.
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).exclude(List.of("vaadin-connection-indicator")).analyze();

        assertThat(errors).as("console errors on /" + path).isEmpty();
        assertThat(axe.getViolations().stream().map(WidgetPagesTest::describe).toList())
                .as("axe-core violations on /" + path + " (" + width + " px, " + theme + ")").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " — e.g. "
                + rule.getNodes().get(0).getTarget();
    }
}
