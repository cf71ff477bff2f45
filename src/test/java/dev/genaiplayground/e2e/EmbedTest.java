package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** A widget embedded in somebody else's page: no app shell, display options honoured, a way into the playground. */
class EmbedTest extends BrowserTest {

    @Test
    void aReadOnlyEmbedShowsTheWidgetWithoutShellTemperatureOrEditableBars() {
        Response response = page.navigate("http://localhost:" + port
                + "/embed/softmax?logits=1,2,3&labels=a,b,c&_hide=temperature&_readonly");
        waitForVaadin();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors *");
        assertThat(page.locator("vaadin-app-layout").count()).as("app shell").isZero();
        Locator widget = page.locator(".softmax-widget");
        assertThat(widget.isVisible()).isTrue();
        assertThat(widget.locator(".temperature-field").isVisible()).isFalse();
        assertThat(widget.locator("logit-bars button.remove").count()).isZero();
        assertThat(widget.locator("logit-bars input").first().getAttribute("readonly")).isNotNull();

        Locator bar = widget.locator("logit-bars .track").first();
        BoundingBox box = bar.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(box.x + box.width / 2, box.y + 2);
        page.mouse().up();
        bar.focus();
        page.keyboard().press("ArrowUp");
        waitForVaadin();
        assertThat(widget.locator(".value-table tbody td[data-column='0']").first().getAttribute("data-value"))
                .isEqualTo("1.0");

        Locator open = page.locator(".widget-own-page-link");
        assertThat(open.getAttribute("href")).startsWith("widgets/softmax?logits=1,2,3&labels=a,b,c");
        assertThat(open.getAttribute("target")).isEqualTo("_blank");
    }

    @Test
    void theEmbeddingPageChoosesTheThemeAndCanHideTheCode() {
        open("embed/attention?_theme=dark&_hide=code,presets");

        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')")).isEqualTo("dark");
        assertThat(page.locator(".code-panel").isVisible()).isFalse();
        assertThat(page.locator(".attention-widget .widget-buttons").isVisible()).isFalse();
        assertThat(page.locator(".attention-widget").isVisible()).isTrue();
    }

    @Test
    void anUnknownDisplayOptionIsExplainedAndTheWidgetStillShows() {
        open("embed/softmax?_hdie=temperature");

        assertThat(page.locator(".page-problem").textContent()).contains("Unknown display option '_hdie'");
        assertThat(page.locator(".softmax-widget .temperature-field").isVisible()).isTrue();
    }

    @Test
    void anUnknownEmbeddedWidgetIsNotFound() {
        Response response = page.navigate("http://localhost:" + port + "/embed/nope");
        assertThat(response.status()).isEqualTo(404);
    }
}
