package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * The gradient descent widget as a learner uses it: step, run and reset; dragging a point and moving one by keys;
 * a learning rate that diverges; the start of a walk on a surface; forged moves.
 */
class GradientDescentWidgetTest extends BrowserTest {

    @Test
    void stepRunAndResetGrowAndClearTheLossCurve() {
        open("lessons/gradient-descent");
        Locator widget = page.locator(".gradient-descent-widget").first();
        widget.scrollIntoViewIfNeeded();
        assertThat(lossPoints(widget)).isEqualTo(1);

        widget.locator(".gd-step").click();
        page.waitForCondition(() -> lossPoints(widget) == 2);
        // the lesson's worked example: one step of 0.05 from c = b = 0
        assertThat(value(widget, "intercept c")).isCloseTo(0.0966667, within(1e-6));
        assertThat(value(widget, "slope b")).isCloseTo(0.2383333, within(1e-6));
        assertThat(value(widget, "loss")).isCloseTo(1.7954081, within(1e-6));

        widget.locator(".gd-run").click();
        page.waitForCondition(() -> lossPoints(widget) == 22);
        assertThat(widget.locator(".gd-status").textContent()).startsWith("Step 21:");

        widget.locator(".gd-reset").click();
        page.waitForCondition(() -> lossPoints(widget) == 1);
        assertThat(widget.locator(".gd-status").textContent()).startsWith("Step 0");
    }

    @Test
    void draggingAPointMovesTheFittedLine() {
        open("widgets/gradient-descent?steps=50");
        Locator widget = page.locator(".gradient-descent-widget");
        double slopeBefore = value(widget, "slope b");
        assertThat(slopeBefore).isCloseTo(0.817, within(1e-3));

        BoundingBox point = widget.locator(".gd-fit-plane .handle[data-index='5'] .dot").boundingBox();
        BoundingBox plot = widget.locator(".gd-fit-plane rect.frame").boundingBox();
        double x = point.x + point.width / 2;
        double y = point.y + point.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x, plot.y + plot.height * 0.9, new Mouse.MoveOptions().setSteps(12)); // y ≈ −4
        page.mouse().up();

        page.waitForCondition(() -> value(widget, "slope b") < 0.5);
        assertThat(page.url()).contains("points=").doesNotContain("2.5,3.1");
        // the page and the JSON API agree to the last bit, once the link has caught up with the last drag event
        page.waitForCondition(() -> agreesWithApi(widget));
    }

    private boolean agreesWithApi(Locator widget) {
        JsonNode result = api("gradient-descent" + page.url().substring(page.url().indexOf('?'))).get("result");
        JsonNode last = result.get("path").get(50);
        return value(widget, "intercept c") == last.get(0).asDouble()
                && value(widget, "slope b") == last.get(1).asDouble()
                && value(widget, "loss") == result.get("loss").get(50).asDouble();
    }

    @Test
    void arrowKeysMoveAFocusedPoint() {
        open("widgets/gradient-descent");
        Locator widget = page.locator(".gradient-descent-widget");
        widget.locator(".gd-fit-plane .handle[data-index='0']").focus();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Shift+ArrowRight");

        // every key counts, however fast the presses come: no echo of an earlier move may pull the point back
        page.waitForCondition(() -> page.url().matches(".*points=-1\\.5,-1(;|%3B).*"));
        // the loss at the start is the mean of y²: the first point is now (−1.5, −1.0)
        double meanSquare = (1.0 + 0.01 + 0.04 + 2.56 + 4 + 9.61) / 6;
        assertThat(value(widget, "loss")).isCloseTo(meanSquare, within(1e-12));
    }

    @Test
    void aTooLargeRateDivergesAndTheWidgetSaysSoInWords() {
        open("widgets/gradient-descent");
        Locator widget = page.locator(".gradient-descent-widget");
        Locator lr = widget.locator("vaadin-number-field").first().locator("input");
        lr.fill("0.5");
        lr.press("Enter");
        page.waitForCondition(() -> page.url().contains("lr=0.5"));
        widget.locator(".gd-run").click();

        page.waitForCondition(() -> widget.locator(".gd-status").textContent().startsWith("Diverged"));
        assertThat(widget.locator(".gd-status").textContent()).contains("too large").contains("Lower the learning rate");
        assertThat(widget.textContent()).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(widget.locator(".gd-run").isDisabled()).isTrue();
        assertThat(widget.locator(".gd-fit-plane polyline.warning").count()).isEqualTo(1);
    }

    @Test
    void theStartOfASurfaceWalkMovesByKeysAndTheSaddleIsExplained() {
        open("widgets/gradient-descent?mode=surface&surface=saddle&start=2,0.1&lr=0.1&steps=100");
        Locator widget = page.locator(".gradient-descent-widget");
        page.waitForCondition(() -> widget.locator(".gd-status").textContent().startsWith("Ran off the map"));

        widget.locator(".gd-surface-plane .handle[data-index='0']").focus();
        page.keyboard().press("ArrowDown");
        page.waitForCondition(() -> page.url().contains("start=2,0&"));
        assertThat(widget.locator(".gd-status").textContent()).contains("Converged");
        assertThat(value(widget, "x")).isCloseTo(0, within(1e-8));
    }

    @Test
    void forgedMovesGetAMessageAndChangeNothing() {
        open("widgets/gradient-descent");
        Locator widget = page.locator(".gradient-descent-widget");
        forge("{index: 99, x: 0, y: 0}");
        page.waitForCondition(() -> widget.locator(".widget-problem").isVisible());
        assertThat(widget.locator(".widget-problem").textContent()).contains("not there");
        forge("{index: 0, x: 0, y: -1e300}");
        page.waitForCondition(() -> widget.locator(".widget-problem").textContent().contains("off the plane"));
        assertThat(page.url()).doesNotContain("points=");
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
        page.evaluate("() => document.querySelector('.gd-fit-plane').dispatchEvent(new CustomEvent('point-commit', "
                + "{detail: " + detail + ", bubbles: true}))");
        waitForVaadin();
    }

    private int lossPoints(Locator widget) {
        Object n = widget.locator(".gd-loss-chart").evaluate("c => c.series[0].data.length");
        return ((Number) n).intValue();
    }

    /** A row of the result table (first number column), exactly as computed (from data-value). */
    private static double value(Locator widget, String row) {
        Locator cell = widget.locator(".value-table tbody tr", new Locator.LocatorOptions().setHas(
                widget.page().locator("th", new Page.LocatorOptions().setHasText(row)))).first()
                .locator("td[data-column='0']");
        return Double.parseDouble(cell.getAttribute("data-value"));
    }
}
