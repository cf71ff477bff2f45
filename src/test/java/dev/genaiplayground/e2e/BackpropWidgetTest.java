package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backpropagation widget as a learner uses it: stepping by mouse and keyboard, editing a weight, bad input. */
class BackpropWidgetTest extends BrowserTest {

    private static final int CHAIN_RULE = 0;
    private static final int FINITE_DIFFERENCE = 1;

    @Test
    void clickingStepFillsTheForwardPassThenEveryGradientBesideItsFiniteDifference() {
        open("lessons/backpropagation");
        Locator widget = page.locator(".backprop-widget");
        widget.scrollIntoViewIfNeeded();
        assertThat(widget.locator(".backprop-graph svg text", new Locator.LocatorOptions().setHasText("?")).count())
                .as("nothing is computed at step 0").isGreaterThan(10);

        widget.locator(".backprop-step").click();
        page.waitForCondition(() -> widget.locator(".backprop-explanation").textContent().contains("= 0.400"));
        assertThat(widget.locator(".backprop-explanation").textContent()).contains("z₂ = 0.300 · 1.000 + 0.800 · 0.500");

        for (int step = 2; step <= 11; step++) {
            widget.locator(".backprop-step").click();
            int expected = step;
            page.waitForCondition(() -> widget.locator(".backprop-step-title").textContent()
                    .startsWith("Step " + expected + " of 11"));
            if (step == 5) {
                // the forward pass, computed independently with NumPy
                assertThat(value(widget, ".backprop-values", "L")).isCloseTo(0.08973508665682209, within(1e-12));
                assertThat(widget.locator(".backprop-gradients").isVisible()).isFalse();
            }
        }
        assertThat(widget.locator(".backprop-step").isDisabled()).isTrue();
        assertThat(widget.locator(".backprop-graph svg text", new Locator.LocatorOptions().setHasText("?")).count())
                .as("every value and gradient is filled in").isZero();

        List<Locator> rows = widget.locator(".backprop-gradients tbody tr").all();
        assertThat(rows).hasSize(15); // ∂L/∂y, ∂L/∂u, 2 + 1 output-layer, 2 ∂L/∂h, 2 ∂L/∂z, 4 + 2 hidden-layer
        for (Locator row : rows) {
            double chainRule = cell(row, CHAIN_RULE);
            assertThat(cell(row, FINITE_DIFFERENCE)).as(row.getAttribute("data-name"))
                    .isCloseTo(chainRule, within(1e-8));
        }
        // ∂L/∂W1[0][0] and ∂L/∂w2[1] by NumPy (compute/reference/make_backprop_perplexity_reference.py)
        assertThat(value(widget, ".backprop-gradients", "dW1[0][0]")).isCloseTo(-0.017396728152988233, within(1e-12));
        assertThat(value(widget, ".backprop-gradients", "dW2[1]")).isCloseTo(-0.0643869270195725, within(1e-12));
        assertThat(page.locator(".widget-own-page-link").getAttribute("href")).contains("step=11");
    }

    @Test
    void theKeyboardStepsAndEditsAWeight() {
        open("widgets/backprop");
        Locator widget = page.locator(".backprop-widget");
        widget.locator(".backprop-step").focus();
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Enter");
            waitForVaadin();
        }
        page.keyboard().press("Space");
        page.waitForCondition(() -> page.url().contains("step=4"));
        widget.locator(".backprop-backward").focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.url().contains("step=11"));

        Locator weight = widget.locator(".backprop-hidden-layer input[data-row='0'][data-col='0']");
        weight.focus();
        page.keyboard().press("ControlOrMeta+a");
        page.keyboard().type("2");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.url().contains("w1=2,-0.4;0.3,0.8"));
        // NumPy, for W1[0][0] = 2
        page.waitForCondition(() -> Math.abs(value(widget, ".backprop-gradients", "dW1[0][0]")
                - -0.007043278912881864) < 1e-12);
        assertThat(value(widget, ".backprop-values", "L")).isCloseTo(0.07147324344764361, within(1e-12));
    }

    @Test
    void theGraphShowsTheSameNumbersAsTheApi() throws Exception {
        String query = "?inputs=-2,3&target=0.25&b2=1.5&step=11";
        open("widgets/backprop" + query);
        JsonNode result = new ObjectMapper().readTree(page.request()
                .get("http://localhost:" + port + "/api/widgets/backprop" + query).text()).get("result");
        Locator widget = page.locator(".backprop-widget");
        assertThat(value(widget, ".backprop-values", "L")).isEqualTo(result.get("loss").asDouble());
        assertThat(value(widget, ".backprop-gradients", "dHidden[1]")).isEqualTo(result.get("dHidden").get(1).asDouble());
        assertThat(value(widget, ".backprop-gradients", "dW1[1][0]"))
                .isEqualTo(result.get("dW1").get(1).get(0).asDouble());
        assertThat(cell(widget.locator(".backprop-gradients tr[data-name='dW1[1][0]']"), FINITE_DIFFERENCE))
                .isEqualTo(result.get("numericDW1").get(1).get(0).asDouble());
        assertThat(widget.locator(".backprop-graph svg").textContent())
                .contains(String.format(java.util.Locale.ROOT, "%.3f", result.get("loss").asDouble()));
    }

    @Test
    void aBadWeightGetsAMessageAndChangesNothing() {
        open("widgets/backprop?step=11");
        Locator widget = page.locator(".backprop-widget");
        double before = value(widget, ".backprop-values", "L");
        Locator cell = widget.locator(".backprop-output-layer input[data-row='0'][data-col='2']");
        cell.fill("11");
        cell.press("Enter");
        page.waitForCondition(() -> widget.locator(".widget-problem").isVisible());
        assertThat(widget.locator(".widget-problem").textContent()).contains("b2 must be between").contains("and 10");
        cell.fill("abc");
        cell.press("Enter");
        page.waitForCondition(() -> widget.locator(".widget-problem").textContent().contains("'abc' is not a number"));
        assertThat(value(widget, ".backprop-values", "L")).isEqualTo(before);
    }

    @Test
    void theGraphFitsAPhone() {
        page.setViewportSize(390, 844);
        open("widgets/backprop?step=11");
        Locator svg = page.locator(".backprop-graph svg");
        assertThat(svg.boundingBox().width).isBetween(250.0, 390.0);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 390")).isTrue();
    }

    private static double value(Locator widget, String table, String name) {
        return cell(widget.locator(table + " tr[data-name='" + name + "']"), 0);
    }

    private static double cell(Locator row, int column) {
        return Double.parseDouble(row.locator("td[data-column='" + column + "']").getAttribute("data-value"));
    }
}
