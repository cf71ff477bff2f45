package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * The classification-metrics widget as a learner uses it: dragging and keying the threshold, a threshold above
 * every score (precision undefined: words, never NaN), typed examples, and the page agreeing with the JSON API.
 */
class ClassificationMetricsWidgetTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void draggingTheThresholdToTheLeftPredictsEverythingPositive() {
        open("lessons/classification-metrics");
        Locator widget = page.locator(".classification-metrics-widget");
        assertThat(metric(widget, "accuracy")).isEqualTo(0.85);
        assertThat(metric(widget, "precision")).isEqualTo(0.6);
        assertThat(metric(widget, "recall")).isEqualTo(0.75);

        Locator slider = widget.locator(".classification-threshold input[type=range]");
        slider.scrollIntoViewIfNeeded();
        BoundingBox box = slider.boundingBox();
        double y = box.y + box.height / 2;
        page.mouse().move(box.x + box.width / 2, y);
        page.mouse().down();
        page.mouse().move(box.x - 20, y, new Mouse.MoveOptions().setSteps(15));
        page.mouse().up();

        page.waitForCondition(() -> metric(widget, "recall") == 1.0 && count(widget, "TN") == 0);
        assertThat(count(widget, "TP")).isEqualTo(4);
        assertThat(count(widget, "FP")).isEqualTo(16);
        assertThat(metric(widget, "precision")).isEqualTo(0.2);
        assertThat(metric(widget, "accuracy")).isEqualTo(0.2);
    }

    @Test
    void arrowKeysLowerTheThresholdUntilEveryPositiveIsFoundAndThePageAgreesWithTheApi() throws Exception {
        open("widgets/classification-metrics");
        Locator widget = page.locator(".classification-metrics-widget");
        widget.locator(".classification-threshold input[type=range]").focus();
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("ArrowLeft");
        }
        page.waitForCondition(() -> page.url().contains("threshold=0.3"));
        waitForVaadin();
        assertThat(metric(widget, "recall")).isEqualTo(1.0);
        assertThat(metric(widget, "precision")).isEqualTo(4.0 / 9);

        JsonNode result = api(page.url().substring(page.url().indexOf('?'))).get("result");
        for (String key : new String[] {"accuracy", "precision", "recall", "f1"}) {
            assertThat(metric(widget, key)).as(key).isEqualTo(result.get(key).asDouble());
        }
        assertThat(count(widget, "FP")).isEqualTo(result.get("falsePositives").asInt());
        assertThat(widget.locator(".classification-threshold input[type=text]").inputValue()).isEqualTo("0.3");
    }

    @Test
    void aThresholdAboveEveryScoreSaysPrecisionIsUndefinedInWords() throws Exception {
        open("widgets/classification-metrics");
        Locator widget = page.locator(".classification-metrics-widget");
        widget.locator(".classification-threshold input[type=range]").focus();
        page.keyboard().press("End");
        page.waitForCondition(() -> page.url().contains("threshold=1"));
        waitForVaadin();

        Locator precision = widget.locator("td[data-metric=precision]");
        assertThat(precision.textContent()).isEqualTo("undefined (0 / 0)");
        assertThat(precision.getAttribute("data-undefined")).isEqualTo("true");
        assertThat(widget.locator(".classification-verdict").textContent()).contains("0 / 0 is undefined");
        assertThat(widget.textContent()).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(metric(widget, "accuracy")).isEqualTo(0.8);

        JsonNode result = api("?threshold=1").get("result");
        assertThat(result.get("precision").isNull()).isTrue();
        assertThat(result.get("precisionNote").asText()).contains("undefined");
    }

    @Test
    void typedExamplesAreUsedAndABadOneGetsAMessage() {
        open("widgets/classification-metrics");
        Locator widget = page.locator(".classification-metrics-widget");
        Locator scores = widget.locator(".classification-scores input");
        Locator labels = widget.locator(".classification-labels input");
        scores.fill("0.9, 0.8, 0.3, 0.1");
        scores.press("Enter");
        waitForVaadin();
        assertThat(widget.locator(".widget-problem").textContent()).contains("4 scores but 20 labels");

        labels.fill("1, 0, 1, 0");
        labels.press("Enter");
        page.waitForCondition(() -> page.url().contains("labels=1,0,1,0"));
        assertThat(count(widget, "TP")).isEqualTo(1);
        assertThat(count(widget, "FP")).isEqualTo(1);
        assertThat(metric(widget, "f1")).isEqualTo(0.5);

        scores.fill("0.9, 0.8, 1.3, 0.1");
        scores.press("Enter");
        waitForVaadin();
        assertThat(widget.locator(".widget-problem").textContent()).contains("scores: number 3 is 1.3");
        assertThat(count(widget, "TP")).isEqualTo(1);
    }

    private JsonNode api(String query) throws Exception {
        return json.readTree(page.request().get("http://localhost:" + port + "/api/widgets/classification-metrics"
                + query).text());
    }

    private static double metric(Locator widget, String key) {
        return Double.parseDouble(widget.locator("td[data-metric=" + key + "]").getAttribute("data-value"));
    }

    private static int count(Locator widget, String cell) {
        return Integer.parseInt(widget.locator("td[data-cell=" + cell + "]").getAttribute("data-value"));
    }
}
