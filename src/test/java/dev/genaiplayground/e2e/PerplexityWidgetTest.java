package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The perplexity widget as a learner uses it: typing probabilities, presets, tokens, a zero probability. */
class PerplexityWidgetTest extends BrowserTest {

    private static final int PROBABILITY = 0;
    private static final int SURPRISAL = 1;

    @Test
    void typingAHigherProbabilityLowersThePerplexity() {
        open("lessons/perplexity");
        Locator widget = page.locator(".perplexity-widget");
        widget.scrollIntoViewIfNeeded();
        assertThat(widget.locator(".perplexity-headline").textContent()).isEqualTo("Perplexity = e^1.860 = 6.43");
        assertThat(widget.locator(".perplexity-meaning").textContent())
                .contains("as uncertain as if it had to choose evenly among 6.43 tokens")
                .contains("the most surprising token was “cat” (p = 0.010, 4.605 nats)");

        Locator cat = widget.locator(".perplexity-probs input[data-row='1'][data-col='0']");
        cat.focus();
        page.keyboard().press("ControlOrMeta+a");
        page.keyboard().type("0.5");
        page.keyboard().press("Enter");

        // exp(mean(-ln p)) for p = [0.04, 0.5, 0.12, 0.45, 0.62, 0.3, 0.55], by NumPy
        page.waitForCondition(() -> widget.locator(".perplexity-headline").textContent().endsWith("= 3.67"));
        assertThat(column(widget, PROBABILITY)[1]).isEqualTo(0.5);
        assertThat(column(widget, SURPRISAL)[1]).isCloseTo(Math.log(2), within(1e-12));
        assertThat(page.url()).doesNotContain("probs="); // a lesson keeps its address
    }

    @Test
    void aPresetByMouseAndNewTokensByKeyboard() {
        open("widgets/perplexity");
        Locator widget = page.locator(".perplexity-widget");
        widget.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Fair coin flips")).click();
        page.waitForCondition(() -> widget.locator(".perplexity-headline").textContent().endsWith("= 2.00"));
        assertThat(page.url()).contains("probs=0.5,0.5,0.5,0.5,0.5");
        assertThat(widget.locator(".perplexity-meaning").textContent()).contains("choose evenly among 2.00 tokens");

        Locator tokens = widget.locator(".perplexity-tokens input");
        tokens.focus();
        page.keyboard().press("ControlOrMeta+a");
        page.keyboard().type("heads tails heads tails heads tails");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.url().contains("tokens=heads,tails,heads,tails,heads,tails"));
        assertThat(column(widget, PROBABILITY)).containsExactly(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        assertThat(widget.locator(".perplexity-probs input").count()).isEqualTo(6);
    }

    @Test
    void aZeroProbabilityIsInfiniteSurpriseAndGetsAMessage() {
        open("widgets/perplexity");
        Locator widget = page.locator(".perplexity-widget");
        Locator cell = widget.locator(".perplexity-probs input[data-row='2'][data-col='0']");
        cell.fill("0");
        cell.press("Enter");
        page.waitForCondition(() -> widget.locator(".widget-problem").isVisible());
        assertThat(widget.locator(".widget-problem").textContent()).contains("number 3 is 0")
                .contains("infinitely surprising");
        assertThat(widget.locator(".perplexity-headline").textContent()).isEqualTo("Perplexity = e^1.860 = 6.43");
        assertThat(page.content()).doesNotContain("Infinity").doesNotContain("NaN");

        cell.fill("1.5");
        cell.press("Enter");
        page.waitForCondition(() -> widget.locator(".widget-problem").textContent().contains("at most 1"));
    }

    @Test
    void thePageShowsTheNumbersTheApiGives() throws Exception {
        String query = "?tokens=a,b,c&probs=0.9,0.001,0.33";
        open("widgets/perplexity" + query);
        JsonNode result = new ObjectMapper().readTree(page.request()
                .get("http://localhost:" + port + "/api/widgets/perplexity" + query).text()).get("result");
        double[] shown = column(page.locator(".perplexity-widget"), SURPRISAL);
        for (int i = 0; i < shown.length; i++) {
            assertThat(shown[i]).isEqualTo(result.get("surprisal").get(i).asDouble());
        }
        assertThat(result.get("mostSurprising").asInt()).isEqualTo(1);
        assertThat(page.locator(".perplexity-meaning").textContent()).contains("“b” (p = 0.001");
    }

    private static double[] column(Locator widget, int column) {
        return widget.locator(".perplexity-table tbody td[data-column='" + column + "']").all().stream()
                .mapToDouble(cell -> Double.parseDouble(cell.getAttribute("data-value"))).toArray();
    }
}
