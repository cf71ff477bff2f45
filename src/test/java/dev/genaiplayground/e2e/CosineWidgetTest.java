package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** The cosine widget as a learner uses it: dragging a tip, arrow keys, the worked example, a zero vector, forgery. */
class CosineWidgetTest extends BrowserTest {

    @Test
    void draggingTipBToTheOtherSideMakesTheCosineNegative() {
        open("lessons/cosine-similarity");
        Locator widget = page.locator(".cosine-widget");
        widget.scrollIntoViewIfNeeded();
        assertThat(value(widget, "cosine")).isCloseTo(Math.sqrt(0.5), within(1e-12));

        BoundingBox tip = widget.locator(".cosine-plane .handle[data-index='1'] .dot").boundingBox();
        BoundingBox origin = widget.locator(".cosine-plane .handle[data-index='0'] .dot").boundingBox();
        double x = tip.x + tip.width / 2;
        double y = tip.y + tip.height / 2;
        // a = (3, 1) is to the right of the origin; pull b's tip (1, 2) down and to the far left.
        double unit = (origin.x - tip.x) / 2; // a's tip is 2 units right of b's
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x - 4 * unit, y + 3 * unit, new Mouse.MoveOptions().setSteps(15));
        page.mouse().up();

        page.waitForCondition(() -> value(widget, "cosine") < 0);
        assertThat(widget.locator(".cosine-explanation").textContent()).contains("opposite");
        assertThat(value(widget, "a · b")).isLessThan(0);
        assertThat(widget.textContent()).doesNotContain("NaN");
    }

    @Test
    void arrowKeysMoveAFocusedTipAndTheLinkFollows() {
        open("widgets/cosine");
        Locator widget = page.locator(".cosine-widget");
        widget.locator(".cosine-plane .handle[data-index='0']").focus();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Shift+ArrowLeft");

        page.waitForCondition(() -> page.url().contains("a=2,1.2"));
        // a = (2, 1.2), b = (1, 2): cosine = 4.4 / (√5.44 · √5)
        assertThat(value(widget, "cosine")).isCloseTo(4.4 / Math.sqrt(5.44 * 5), within(1e-12));
        assertThat(widget.locator("input").first().inputValue()).isEqualTo("2, 1.2");
        // the page and the JSON API agree to the last bit
        JsonNode result = api("cosine" + page.url().substring(page.url().indexOf('?'))).get("result");
        assertThat(value(widget, "a · b")).isEqualTo(result.get("dot").asDouble());
        assertThat(value(widget, "|a|")).isEqualTo(result.get("normA").asDouble());
        assertThat(value(widget, "|b|")).isEqualTo(result.get("normB").asDouble());
        assertThat(value(widget, "cosine")).isEqualTo(result.get("cosine").asDouble());
        assertThat(value(widget, "angle")).isEqualTo(result.get("angleDegrees").asDouble());

        page.reload();
        waitForVaadin();
        assertThat(value(page.locator(".cosine-widget"), "cosine")).isCloseTo(4.4 / Math.sqrt(5.44 * 5), within(1e-12));
    }

    @Test
    void theWorkedExampleGivesTheCurriculumsNumbers() {
        open("widgets/cosine");
        Locator widget = page.locator(".cosine-widget");
        widget.locator("vaadin-button", new Locator.LocatorOptions().setHasText("[1, 2, 3] and [4, 5, 6]")).click();

        page.waitForCondition(() -> page.url().contains("a=1,2,3"));
        assertThat(value(widget, "cosine")).isCloseTo(0.974632, within(1e-6));
        assertThat(value(widget, "a · b")).isEqualTo(32);
        assertThat(widget.locator(".cosine-plane").isVisible()).isFalse();
        assertThat(widget.locator(".cosine-plane-note").isVisible()).isTrue();
    }

    @Test
    void aZeroVectorIsExplainedNotNaN() {
        open("widgets/cosine");
        Locator widget = page.locator(".cosine-widget");
        Locator a = widget.locator("vaadin-text-field.cosine-a input");
        a.fill("0, 0");
        a.press("Enter");

        page.waitForCondition(() -> widget.locator(".cosine-explanation").textContent().contains("zero vector"));
        assertThat(widget.locator(".cosine-explanation").textContent()).contains("a is the zero vector")
                .contains("undefined");
        assertThat(widget.textContent()).doesNotContain("NaN");
        assertThat(value(widget, "cosine")).isZero();
    }

    @Test
    void forgedOrOffThePlaneMovesGetAMessageAndChangeNothing() {
        open("widgets/cosine");
        Locator widget = page.locator(".cosine-widget");
        forge("{index: 7, x: 1, y: 1}");
        page.waitForCondition(() -> widget.locator(".widget-problem").isVisible());
        assertThat(widget.locator(".widget-problem").textContent()).contains("not there");

        forge("{index: 1, x: 1e9, y: 0}");
        page.waitForCondition(() -> widget.locator(".widget-problem").textContent().contains("off the plane"));
        forge("{index: 0, x: 'NaN', y: 0}");
        page.waitForCondition(() -> widget.locator(".widget-problem").textContent().contains("not a number"));
        assertThat(page.url()).doesNotContain("a=");
        assertThat(value(widget, "cosine")).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    private JsonNode api(String pathAndQuery) {
        try {
            return new ObjectMapper().readTree(page.request().get("http://localhost:" + port + "/api/widgets/"
                    + pathAndQuery).text());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void forge(String detail) {
        page.evaluate("() => document.querySelector('.cosine-plane').dispatchEvent(new CustomEvent('point-commit', "
                + "{detail: " + detail + ", bubbles: true}))");
        waitForVaadin();
    }

    /** A row of the result table, exactly as computed (from data-value). */
    private static double value(Locator widget, String row) {
        Locator cell = widget.locator(".value-table tbody tr", new Locator.LocatorOptions().setHas(
                widget.page().locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(row))))
                .first().locator("td");
        return Double.parseDouble(cell.getAttribute("data-value"));
    }
}
