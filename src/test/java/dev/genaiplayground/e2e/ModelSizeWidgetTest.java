package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The model-size widget as a learner uses it in its lesson: a preset by mouse, the precision by keyboard. */
class ModelSizeWidgetTest extends BrowserTest {

    @Test
    void quantisingThe70bPresetMakesItFitOnOneDeviceAndAnswersTheCheck() {
        open("lessons/model-size");
        Locator widget = page.locator(".model-size-widget");
        assertThat(widget.locator(".model-size-total").innerText()).startsWith("124,439,808 parameters");

        widget.locator("vaadin-button", new Locator.LocatorOptions().setHasText("70B (Llama 2)")).click();
        page.waitForCondition(() -> widget.locator(".model-size-total").innerText().startsWith("68,976,648,192"));
        assertThat(devicesNeeded(widget)).isEqualTo("2");
        Locator check = page.locator(".goal-panel");
        assertThat(check.getAttribute("data-reached")).isEqualTo("false");

        // The precision select: open it, then move down to int4 by keyboard (fp16 → int8 → int4) and choose.
        Locator precision = widget.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("fp16"));
        precision.click();
        page.locator("vaadin-select-overlay[opened]").waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");

        page.waitForCondition(() -> "1".equals(devicesNeeded(widget)));
        page.waitForCondition(() -> "true".equals(check.getAttribute("data-reached")));
        assertThat(widget.locator(".model-size-latency").innerText()).contains("memory-bound");
    }

    @Test
    void typingTheLayersChangesTheCountAndTheLinkRestoresIt() {
        open("widgets/model-size");
        Locator layers = page.locator(".model-size-widget vaadin-integer-field").first().locator("input");
        layers.fill("24");
        layers.press("Enter");
        page.waitForCondition(() -> page.url().contains("layers=24"));
        String total = page.locator(".model-size-total").innerText();
        assertThat(total).startsWith("209,494,272 parameters"); // 124,439,808 + 12 × 7,087,872

        page.reload();
        waitForVaadin();
        assertThat(page.locator(".model-size-total").innerText()).isEqualTo(total);
    }

    private static String devicesNeeded(Locator widget) {
        return widget.locator("tr", new Locator.LocatorOptions().setHasText("needed")).locator("td").innerText();
    }
}
