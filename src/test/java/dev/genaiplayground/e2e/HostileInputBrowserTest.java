package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.StateLinks;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security findings of the hostile-input review, as a person (or an attacker's link) meets them in Chromium:
 * names stay text in every chart, the longest valid link of every widget loads, forged component events change
 * nothing, and the page refuses to run script it did not write.
 */
class HostileInputBrowserTest extends BrowserTest {

    /** Payloads that fit in a 24-character name and would run or render if they reached HTML. */
    private static final List<String> MARKUP = List.of("<img src onerror=__x=1>", "<svg onload=__x=1>",
            "<b>bold</b>", "\"><i>it</i>");

    @Autowired
    WidgetRegistry registry;

    @Autowired
    WebLimits limits;

    @Test
    void tokensWithMarkupStayTextInTheHeatmapAndItsTooltip() {
        open("widgets/attention?tokens=" + encode(String.join(",", MARKUP)));
        Locator heatmap = page.locator(".attention-heatmap");
        heatmap.scrollIntoViewIfNeeded();

        List<String> tooltips = hoverEvery(heatmap.locator("rect.apexcharts-heatmap-rect"),
                heatmap.locator(".apexcharts-tooltip"));

        assertNothingRan();
        assertThat(String.join(" ", tooltips)).contains(MARKUP.get(3)).contains(MARKUP.get(0));
        assertThat(String.join(" ", heatmap.locator("text").allTextContents())).contains("<b>bold</b>");
    }

    @Test
    void labelsWithMarkupStayTextInTheBarChartAndItsTooltip() {
        open("widgets/softmax?logits=1,2,3,4&labels=" + encode(String.join(",", MARKUP)));
        Locator chart = page.locator(".softmax-widget apex-chart");
        chart.scrollIntoViewIfNeeded();

        List<String> tooltips = hoverEvery(chart.locator("path.apexcharts-bar-area"),
                chart.locator(".apexcharts-tooltip"));

        assertNothingRan();
        assertThat(String.join(" ", tooltips)).contains(MARKUP.get(2)).contains(MARKUP.get(1));
        assertThat(String.join(" ", chart.locator("text").allTextContents())).contains("<img src onerror=__x=1>");
    }

    @Test
    void theLargestStateOfEveryWidgetOpensFromItsLink() {
        for (WidgetDefinition<?, ?> widget : registry.all()) {
            String link = largestLink(widget);
            assertThat(link.length()).as(widget.id() + " link length").isLessThanOrEqualTo(limits.maxLinkLength());

            Response response = page.navigate("http://localhost:" + port + "/" + link);
            waitForVaadin();

            assertThat(response.status()).as(widget.id()).isEqualTo(200);
            assertThat(page.locator(".page-problem").count()).as(widget.id() + " refused its link").isZero();
            assertThat(page.locator("." + widget.id() + "-widget").isVisible()).as(widget.id()).isTrue();
            assertThat(page.locator("vaadin-connection-indicator[loading], .v-system-error").count()).isZero();
            // a change rewrites the link with the same full-precision state
            assertThat(page.url()).endsWith(link.substring(link.indexOf('?')));
        }
    }

    @Test
    void forgedComponentEventsChangeNothingAndRaiseNoError() {
        open("widgets/attention");
        List<String> before = page.locator(".attention-weights").allTextContents();
        page.evaluate("""
                () => {
                  const grids = document.querySelectorAll('matrix-grid');
                  const send = (el, type, detail) => el.dispatchEvent(new CustomEvent(type, { detail }));
                  for (const grid of grids) {
                    send(grid, 'cell-focus', { row: 99, col: 0 });
                    send(grid, 'cell-focus', { row: -1, col: 0 });
                    send(grid, 'cell-focus', { row: 0.5, col: 0 });
                    send(grid, 'cell-commit', { row: 2147483647, col: 0, value: 1 });
                    send(grid, 'cell-commit', { row: 0, col: 0, value: 'x' });
                    send(grid, 'cell-invalid', { row: 0, col: 99, text: 'x' });
                  }
                }""");
        waitForVaadin();
        open("widgets/softmax");
        page.evaluate("""
                () => {
                  const bars = document.querySelector('logit-bars');
                  const send = (type, detail) => bars.dispatchEvent(new CustomEvent(type, { detail }));
                  send('class-remove', { index: 2147483647 });
                  send('class-remove', { index: -1 });
                  send('value-commit', { index: 0, value: null });
                  send('label-commit', { index: 1, label: null });
                }""");
        waitForVaadin();

        assertThat(page.locator("vaadin-notification-card").count()).as("an error notification").isZero();
        assertThat(page.locator(".widget-problem:visible").count()).isZero();
        assertThat(page.url()).doesNotContain("?");
        open("widgets/attention");
        assertThat(page.locator(".attention-weights").allTextContents()).isEqualTo(before);
    }

    @Test
    void aScriptInjectedIntoThePageIsBlockedByTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        open("widgets/softmax");
        page.evaluate("""
                () => {
                  const s = document.createElement('script');
                  s.textContent = 'window.__x = 1';
                  document.body.appendChild(s);
                  const img = document.createElement('div');
                  img.innerHTML = '<img src="data:," onerror="window.__x = 2">';
                  document.body.appendChild(img);
                }""");
        page.waitForTimeout(300);

        assertNothingRan();
        assertThat(violations).as("the browser reports the blocked script").isNotEmpty();
    }

    /** Hovers each element in turn and returns the tooltip's text after each. */
    private List<String> hoverEvery(Locator elements, Locator tooltip) {
        int count = elements.count();
        assertThat(count).as("chart elements to hover").isPositive();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            elements.nth(i).hover(new Locator.HoverOptions().setForce(true));
            page.waitForTimeout(50);
            texts.add(tooltip.textContent());
        }
        return texts;
    }

    private void assertNothingRan() {
        assertThat(page.evaluate("() => typeof window.__x")).isEqualTo("undefined");
        assertThat(page.locator("apex-chart b, apex-chart i, apex-chart img, apex-chart svg svg[onload]").count())
                .as("markup from a name").isZero();
    }

    private static <S extends Record> String largestLink(WidgetDefinition<S, ?> widget) {
        return StateLinks.pageFor(widget, widget.largestState());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
    }
}
