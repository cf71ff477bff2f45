package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The mixture-of-experts widget as a learner uses it: typing logits and a capacity, presets and k by mouse. */
class MoeWidgetTest extends BrowserTest {

    private Locator widget() {
        return page.locator(".moe-widget");
    }

    private String capacityNote() {
        return widget().locator(".moe-capacity-note").textContent();
    }

    @Test
    void typingALogitAndACapacityFactorChangesWhatIsDropped() {
        open("widgets/moe");
        assertThat(capacityNote()).contains("= 2.").contains("2 assignments found the expert full");

        Locator cell = widget().locator(".moe-router input[data-row='2'][data-col='3']");
        cell.fill("5");
        cell.press("Enter"); // token 3 now prefers E4, which was idle
        page.waitForCondition(() -> capacityNote().contains("1 assignment found"));
        assertThat(widget().locator(".moe-routing tbody tr").nth(2).textContent()).contains("E4");

        Locator factor = widget().locator(".moe-capacity-factor input");
        factor.fill("2");
        factor.press("Enter");
        page.waitForCondition(() -> capacityNote().contains("Nothing is dropped"));
        assertThat(capacityNote()).contains("= 4.");
        assertThat(page.url()).contains("capacityFactor=2");
    }

    @Test
    void presetsAndTopTwoByMouse() {
        open("widgets/moe");
        widget().locator("vaadin-button", new Locator.LocatorOptions().setHasText("Balanced")).click();
        page.waitForCondition(() -> widget().locator(".moe-loss").textContent().contains("= 1.000"));

        widget().locator("vaadin-button", new Locator.LocatorOptions().setHasText("All prefer expert 1")).click();
        // p(E1) = e^3 / (e^3 + 3) for every token; loss = 4 · 1 · p(E1) = 3.480
        page.waitForCondition(() -> widget().locator(".moe-loss").textContent().contains("= 3.480"));

        widget().locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("top-2")).click();
        page.waitForCondition(() -> page.url().contains("k=2"));
        assertThat(widget().locator(".moe-routing thead").first().textContent()).contains("2nd expert");
        assertThat(widget().locator(".moe-sizes tbody tr").first().textContent()).contains("top-2");
    }

    @Test
    void aSeededLinearRouterFillsTheLogitsAndTheLinkRestoresThem() {
        open("widgets/moe");
        String before = page.url();
        widget().locator(".moe-linear").click();
        page.waitForCondition(() -> !page.url().equals(before) && page.url().contains("router="));
        String link = page.url();
        Object values = page.evaluate("() => JSON.stringify(document.querySelector('.moe-router').values)");

        page.reload();
        waitForVaadin();
        assertThat(page.url()).isEqualTo(link);
        assertThat(page.evaluate("() => JSON.stringify(document.querySelector('.moe-router').values)"))
                .isEqualTo(values);
    }
}
