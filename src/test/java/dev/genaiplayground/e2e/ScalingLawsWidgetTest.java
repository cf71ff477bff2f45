package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * The scaling-laws widget as a learner uses it: a compute budget dragged with the mouse, a model size keyed and
 * typed, the published models one click away, and the page agreeing with the JSON API.
 */
class ScalingLawsWidgetTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void draggingTheBudgetUpLowersTheOptimalLossAndItsModelCanBeTrained() throws Exception {
        open("lessons/scaling-laws");
        Locator widget = page.locator(".scaling-laws-widget");
        assertThat(value(widget, "yours", 5)).isCloseTo(1.9366, within(1e-4));
        double before = value(widget, "optimal", 5);

        Locator slider = widget.locator(".scaling-compute input[type=range]");
        slider.scrollIntoViewIfNeeded();
        BoundingBox box = slider.boundingBox();
        double y = box.y + box.height / 2;
        double start = box.x + box.width * (Math.log10(5.88e23) - 15) / 13; // where the thumb sits
        page.mouse().move(start, y);
        page.mouse().down();
        page.mouse().move(start + box.width * 0.1, y, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        page.waitForCondition(() -> value(widget, "optimal", 4) > 2e24);
        // The slider sends at most one value per 40 ms while dragging: wait until the last one has arrived and
        // the state (its link) stays put, then compare.
        String settled;
        do {
            settled = page.locator(".widget-own-page-link").getAttribute("href");
            page.waitForTimeout(400);
            waitForVaadin();
        } while (!settled.equals(page.locator(".widget-own-page-link").getAttribute("href")));
        assertThat(value(widget, "optimal", 5)).isLessThan(before);
        String link = page.locator(".widget-own-page-link").getAttribute("href"); // a lesson keeps its own URL
        JsonNode result = api(link.substring(link.indexOf('?'))).get("result");
        assertThat(value(widget, "optimal", 1)).isEqualTo(result.get("optimalParams").asDouble());
        assertThat(value(widget, "optimal", 5)).isEqualTo(result.get("optimalLoss").asDouble());
        assertThat(value(widget, "rule", 5)).isEqualTo(result.get("ruleLoss").asDouble());

        widget.locator(".scaling-use-optimum").click();
        page.waitForCondition(() -> value(widget, "yours", 5) < 1.9);
        assertThat(widget.locator(".widget-problem").isVisible()).isFalse();
    }

    @Test
    void arrowKeysOnTheParameterSliderMoveThroughPowersOfTenAndTypingSetsAnExactValue() {
        open("widgets/scaling-laws");
        Locator widget = page.locator(".scaling-laws-widget");
        widget.locator(".scaling-params input[type=range]").focus();
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("ArrowLeft"); // a hundredth of a decade each
        }
        // Ten hundredths of a decade down from 10^10.85 (the thumb's nearest step to 7e10) is 10^10.75 ≈ 5.62e10;
        // wait for the last key press to arrive rather than the first value below 6e10.
        page.waitForCondition(() -> Math.abs(value(widget, "yours", 1) - 5.62e10) < 1e8);
        assertThat(value(widget, "yours", 5)).isGreaterThan(1.9366);

        Locator exact = widget.locator(".scaling-params input[type=text]");
        exact.fill("175e9");
        exact.press("Enter");
        Locator tokens = widget.locator(".scaling-tokens input[type=text]");
        tokens.fill("300e9");
        tokens.press("Enter");
        page.waitForCondition(() -> value(widget, "yours", 2) == 3e11);
        assertThat(value(widget, "yours", 1)).isEqualTo(1.75e11);
        assertThat(value(widget, "yours", 5)).isCloseTo(2.0023, within(1e-4)); // GPT-3 on the fit

        exact.fill("1,5e9");
        exact.press("Enter");
        waitForVaadin();
        assertThat(widget.locator(".widget-problem").textContent()).contains("'1,5e9' is not a number");
        assertThat(value(widget, "yours", 1)).isEqualTo(1.75e11);
    }

    @Test
    void theModelButtonsLoadPublishedModelsAndTheEmergenceTextContrastsThem() {
        open("widgets/scaling-laws");
        Locator widget = page.locator(".scaling-laws-widget");
        withText(".scaling-laws-widget vaadin-button", "GPT-2 1.5B").click();
        page.waitForCondition(() -> value(widget, "yours", 1) == 1.5e9);
        assertThat(value(widget, "yours", 5)).isCloseTo(2.6493, within(1e-4));
        assertThat(page.url()).contains("params=").contains("compute=");
        assertThat(widget.locator(".scaling-emergence-words").textContent())
                .contains("GPT-2 (loss 2.649): p = 0.383, exact match 0.000068")
                .contains("GPT-3 (loss 2.002): p = 0.732, exact match 0.044");
    }

    private JsonNode api(String query) throws Exception {
        return json.readTree(page.request().get("http://localhost:" + port + "/api/widgets/scaling-laws" + query)
                .text());
    }

    /** One number of the comparison table: row optimal, rule or yours; column 1 (N) to 5 (loss). */
    private static double value(Locator widget, String row, int column) {
        return Double.parseDouble(widget.locator(".scaling-comparison tr[data-row=" + row + "] td").nth(column - 1)
                .getAttribute("data-value"));
    }
}
