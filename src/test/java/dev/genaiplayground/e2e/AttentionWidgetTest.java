package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attention widget as a learner uses it: editing K, the causal mask, and the explanation of a weight. */
class AttentionWidgetTest extends BrowserTest {

    @Test
    void editingAKeyCellChangesTheWeightsAndTheHeatmap() {
        open("widgets/attention");
        double[][] weightsBefore = weights();
        Object heatmapBefore = heatmapSeries();

        Locator cell = page.locator(".matrix-editor-k input[data-row='0'][data-col='0']");
        cell.fill("4");
        cell.press("Enter");

        page.waitForCondition(() -> !Arrays.deepEquals(weights(), weightsBefore));
        assertThat(heatmapSeries()).isNotEqualTo(heatmapBefore);
        for (double[] row : weights()) {
            assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void theCausalMaskZeroesTheUpperTriangle() {
        open("widgets/attention?tokens=a,b,c,d,e&q=1,2;3,4;5,6;7,8;9,1&k=2,1;1,2;0,1;1,0;3,3&v=1,0;0,1;1,1;2,0;0,2");
        double[][] open = weights();
        assertThat(open[0][4]).isGreaterThan(0);

        withText("vaadin-checkbox", "Causal mask").click();

        page.waitForCondition(() -> weights()[0][4] == 0);
        double[][] masked = weights();
        for (int i = 0; i < masked.length; i++) {
            for (int j = i + 1; j < masked.length; j++) {
                assertThat(masked[i][j]).as("weight %d→%d", i, j).isZero();
            }
            assertThat(Arrays.stream(masked[i]).sum()).isCloseTo(1, within(1e-9));
        }
        assertThat(masked[0][0]).isEqualTo(1.0);
        assertThat(page.url()).contains("causal=true");
    }

    @Test
    void focusingAWeightExplainsWhichTokenAttendsToWhich() {
        open("widgets/attention");
        page.locator(".attention-weights td[data-row='2'][data-col='1']").focus();
        page.waitForCondition(() -> page.locator(".attention-explanation").textContent().contains("“sat” attends"));
        assertThat(page.locator(".attention-explanation").textContent())
                .contains("“sat” attends to “cat”").contains("highest score");
    }

    @SuppressWarnings("unchecked")
    private double[][] weights() {
        List<List<Number>> rows = (List<List<Number>>) page.evaluate(
                "() => document.querySelector('.attention-weights').values");
        return rows.stream().map(r -> r.stream().mapToDouble(Number::doubleValue).toArray()).toArray(double[][]::new);
    }

    private Object heatmapSeries() {
        return page.evaluate("() => JSON.stringify(document.querySelector('.attention-heatmap').series)");
    }

    @Test
    void theHeadOnShowIsInTheLinkSoASharedLinkShowsTheSameHead() {
        open("widgets/attention?heads=2&head=2");
        assertThat(page.locator(".attention-widget vaadin-select").last().textContent()).contains("Head 2 of 2");

        page.reload();
        waitForVaadin();
        assertThat(page.url()).contains("head=2");
        assertThat(page.locator(".attention-widget vaadin-select").last().textContent()).contains("Head 2 of 2");
    }

    @Test
    void aNumberWithADecimalCommaInACellGetsAMessageNotAGuess() {
        open("widgets/attention");
        var cell = page.locator(".matrix-editor-q input").first();
        cell.fill("1,5");
        cell.press("Enter");
        waitForVaadin();
        assertThat(page.locator(".widget-problem").textContent())
                .contains("'1,5' is not a number; write decimals with a point: 1.5.");
        assertThat(cell.getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aMatrixEditorIsOneTabStopWithArrowKeysBetweenItsCells() {
        open("widgets/attention");
        Locator q = page.locator(".matrix-editor-q");
        q.locator("input").first().focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("End"); // caret to the end of the text, so that ArrowRight leaves the cell
        page.keyboard().press("ArrowRight");
        assertThat(page.evaluate("() => { const e = document.querySelector('.matrix-editor-q').shadowRoot"
                + ".activeElement; return e.dataset.row + ',' + e.dataset.col; }")).isEqualTo("1,1");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('matrix-editor-q')"))
                .as("Tab leaves the grid instead of visiting its 16 cells").isEqualTo(false);
        assertThat(q.locator("input[tabindex='0']").count()).isEqualTo(1);
    }

    @Test
    void aNumberOutsideTheLimitsIsExplainedAndItsCellMarked() {
        open("widgets/attention");
        Locator cell = page.locator(".matrix-editor-k input").nth(5);
        cell.fill("1000");
        cell.press("Enter");
        waitForVaadin();
        assertThat(page.locator(".widget-problem").textContent()).contains("between -100 and 100");
        page.waitForCondition(() -> "true".equals(cell.getAttribute("aria-invalid")));
    }

    @Test
    void theHeatmapIsReadCellByCellWithTheArrowKeys() {
        open("widgets/attention?causal=true");
        Locator heatmap = page.locator(".attention-heatmap");
        heatmap.focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowRight");

        // row 2 from the top is "cat", column 1 is "cat": the default pattern, causal: cat looks at the, cat
        page.waitForCondition(() -> heatmap.locator(".chart-cell-reading").textContent().contains("cat"));
        assertThat(heatmap.locator(".chart-cell-reading").textContent())
                .startsWith("Query: the token attending: cat. Key: the token attended to: cat. ");
        assertThat(heatmap.locator("rect.keyboard-cell").count()).isEqualTo(1);
    }
}
