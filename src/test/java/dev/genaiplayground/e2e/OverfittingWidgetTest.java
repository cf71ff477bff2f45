package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** The overfitting widget as a learner uses it: the degree by keyboard and by mouse, a new sample, a shared link. */
class OverfittingWidgetTest extends BrowserTest {

    @Test
    void arrowKeysOnTheDegreeSliderMoveIntoTheOverfittingRegion() {
        open("widgets/overfitting");
        Locator widget = page.locator(".overfitting-widget");
        assertThat(summary(widget)).startsWith("Degree 3: training error 0.025, test error 0.091.");

        widget.locator(".overfitting-degree input[type=range]").focus();
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("ArrowRight");
        }

        page.waitForCondition(() -> page.url().contains("degree=9"));
        page.waitForCondition(() -> summary(widget).startsWith("Degree 9: training error 0.000, test error 33.361."));
        assertThat(summary(widget)).contains("overfitting region").contains("degree 3 has the lowest test error");
        // the table has every degree's errors at full precision; degree 9 passes through all 10 training points
        assertThat(cell(widget, 9, 0)).isLessThan(1e-20);
        assertThat(cell(widget, 9, 1)).isCloseTo(33.36113523499593, within(1e-6));
    }

    @Test
    void clickingOnTheSliderTrackAndANewSampleChangeTheFit() {
        open("widgets/overfitting");
        Locator widget = page.locator(".overfitting-widget");
        Locator slider = widget.locator(".overfitting-degree input[type=range]");
        BoundingBox box = slider.boundingBox();
        page.mouse().click(box.x + box.width - 2, box.y + box.height / 2); // the right end: degree 15

        page.waitForCondition(() -> page.url().contains("degree=15"));
        page.waitForCondition(() -> summary(widget).startsWith("Degree 15:"));
        String before = summary(widget);

        widget.locator(".overfitting-new-sample").click();

        page.waitForCondition(() -> page.url().contains("seed=2"));
        page.waitForCondition(() -> !summary(widget).equals(before));
        assertThat(summary(widget)).startsWith("Degree 15:");
    }

    @Test
    void aSharedLinkOpensExactlyItsPoints() {
        open("widgets/overfitting?x=0,0.2,0.4,0.6,0.8,1&y=0,1,0,-1,0,1&split=0.5&degree=1");
        Locator widget = page.locator(".overfitting-widget");
        // least squares of a line through (0,0), (0.2,1), (0.4,0): y = 1/3 + 0x; errors from NumPy (polyfit)
        assertThat(cell(widget, 1, 0)).isCloseTo(0.2222222222222222, within(1e-12));
        assertThat(cell(widget, 1, 1)).isCloseTo(0.7777777777777778, within(1e-9));
        assertThat(summary(widget)).startsWith("Degree 1: training error 0.222, test error 0.778.");
    }

    private static String summary(Locator widget) {
        return widget.locator(".overfitting-summary").textContent();
    }

    private static double cell(Locator widget, int degree, int column) {
        return Double.parseDouble(widget.locator(".overfitting-table tbody tr").nth(degree)
                .locator("td[data-column='" + column + "']").getAttribute("data-value"));
    }
}
