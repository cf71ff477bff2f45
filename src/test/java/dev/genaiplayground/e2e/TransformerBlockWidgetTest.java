package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The transformer-block widget as a learner uses it: picking a head with the mouse, growing the stack with the
 * keyboard on the blocks slider, and switching layer norms and residuals off to watch the stack grow or collapse.
 */
class TransformerBlockWidgetTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void choosingAHeadShowsItsAttentionAsTheApiComputesIt() throws Exception {
        open("widgets/transformer-block");
        String before = heatmap();

        page.locator(".transformer-block-widget vaadin-select", new Page.LocatorOptions().setHasText("Head 1 of 8"))
                .click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Head 3 of 8")).click();

        page.waitForCondition(() -> !heatmap().equals(before));
        assertThat(page.url()).contains("head=3");
        JsonNode series = json.readTree(heatmap());
        JsonNode attention = api("?head=3").get("result").get("attention");
        assertThat(series.size()).isEqualTo(16);
        for (int row = 0; row < 16; row++) {
            JsonNode shown = series.get(15 - row).get("data"); // the chart's first series is its bottom row
            double sum = 0;
            for (int column = 0; column < 16; column++) {
                double weight = shown.get(column).get("y").asDouble();
                assertThat(weight).as("row %d column %d", row, column)
                        .isEqualTo(attention.get(row).get(column).asDouble());
                sum += weight;
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void theBlocksSliderGrowsTheStackFromTheKeyboard() {
        open("widgets/transformer-block");
        assertThat(blockRows().count()).isEqualTo(1);

        Locator slider = page.locator(".transformer-block-widget .slider-field input[type=range]");
        slider.focus();
        page.keyboard().press("ArrowRight");
        page.waitForCondition(() -> blockRows().count() == 2);
        page.keyboard().press("End");
        page.waitForCondition(() -> blockRows().count() == 12);
        waitForVaadin();
        assertThat(page.url()).contains("blocks=12");
        assertThat(slider.getAttribute("aria-valuetext")).isEqualTo("12");
        assertThat(page.locator(".transformer-std-chart").evaluate("c => c.series[0].data.length")).isEqualTo(12);
    }

    @Test
    void withoutLayerNormsTheStackGrowsAndWithoutResidualsItsTokensCollapse() {
        open("widgets/transformer-block?blocks=12");
        assertThat(lastBlock(1)).isLessThan(5);

        withText("vaadin-checkbox", "Layer norms").click(); // the mouse
        page.waitForCondition(() -> lastBlock(1) > 10);
        assertThat(page.url()).contains("layerNorm=false");
        assertThat(page.locator(".transformer-verdict").textContent()).contains("the activations grow");

        withText("vaadin-checkbox", "Layer norms").click();
        page.waitForCondition(() -> lastBlock(1) < 5);
        withText("vaadin-checkbox", "Residual connections").locator("input").focus(); // the keyboard
        page.keyboard().press("Space");
        page.waitForCondition(() -> lastBlock(4) < 1e-6);
        assertThat(page.url()).contains("residual=false");
        assertThat(page.locator(".transformer-verdict").textContent()).contains("spread collapses");
        assertThat(page.locator(".transformer-stages tbody tr").nth(8).textContent())
                .contains("Residual add 1 (off: no input added)");
    }

    private Locator blockRows() {
        return page.locator(".transformer-blocks tbody tr");
    }

    /** A number of the last block's row: 1 its output's std, 4 its token spread. */
    private double lastBlock(int column) {
        return Double.parseDouble(blockRows().last().locator("td[data-column='" + column + "']")
                .getAttribute("data-value"));
    }

    private String heatmap() {
        return String.valueOf(page.evaluate("() => JSON.stringify(document.querySelector('.transformer-heatmap')"
                + ".series)"));
    }

    private JsonNode api(String query) throws Exception {
        return json.readTree(page.request().get("http://localhost:" + port + "/api/widgets/transformer-block"
                + query).text());
    }
}
