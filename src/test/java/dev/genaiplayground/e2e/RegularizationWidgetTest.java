package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The regularisation widget as a learner uses it: switching remedies by mouse and keyboard, editing λ. */
class RegularizationWidgetTest extends BrowserTest {

    @Test
    void switchingOnTheL2PenaltyByMouseTamesTheValidationError() {
        open("widgets/regularization");
        Locator widget = page.locator(".regularization-widget");
        assertThat(summary(widget)).startsWith("With no remedy: training error 0.000, validation error 12.241");

        widget.locator(".regularization-l2-switch").click();

        page.waitForCondition(() -> page.url().contains("useL2=true"));
        page.waitForCondition(() -> summary(widget).startsWith("With L2: training error 0.025, validation error 0.089"));
        assertThat(widget.locator(".regularization-table tbody th").nth(1).textContent()).isEqualTo("L2 (on show)");
    }

    @Test
    void theKeyboardSwitchesOnEarlyStoppingAndChangesTheStrength() {
        open("widgets/regularization");
        Locator widget = page.locator(".regularization-widget");
        widget.locator(".regularization-early-stopping input").focus();
        page.keyboard().press("Space");

        page.waitForCondition(() -> page.url().contains("earlyStopping=true"));
        page.waitForCondition(() -> summary(widget).startsWith("With early stopping: training error 0.026, "
                + "validation error 0.092"));
        assertThat(widget.locator(".regularization-stopping").textContent())
                .contains("lowest after epoch 124").contains("Early stopping is on");

        Locator strength = widget.locator(".regularization-l2 input");
        strength.fill("1");
        strength.press("Enter");
        page.waitForCondition(() -> page.url().contains("l2=1"));
        widget.locator(".regularization-l2-switch input").focus();
        page.keyboard().press("Space");
        page.waitForCondition(() -> summary(widget).startsWith("With L2 + early stopping:"));
    }

    @Test
    void aStrengthOutOfRangeGetsAMessageAndKeepsTheState() {
        open("widgets/regularization");
        Locator widget = page.locator(".regularization-widget");
        Locator strength = widget.locator(".regularization-l2 input");
        strength.fill("50");
        strength.press("Enter");
        page.waitForCondition(() -> widget.locator(".widget-problem").isVisible());
        assertThat(widget.locator(".widget-problem").textContent()).isEqualTo("l2 must be between 0 and 10, not 50.");
        assertThat(page.url()).doesNotContain("l2=50");
    }

    private static String summary(Locator widget) {
        return widget.locator(".regularization-summary").textContent();
    }
}
