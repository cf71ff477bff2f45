package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The positional-encoding widget as a learner uses it: the order demo, the scheme by mouse, the size by keyboard. */
class PositionalEncodingWidgetTest extends BrowserTest {

    private static final int WITHOUT = 0;
    private static final int WITH = 1;
    private final ObjectMapper json = new ObjectMapper();

    /** Two 32 × 32 heatmaps take a while to draw on a busy two-core machine. */
    @org.junit.jupiter.api.BeforeEach
    void patientPage() {
        context.setDefaultTimeout(90_000);
    }

    @Test
    void dogBitesManEqualsManBitesDogOnlyWithoutPositionsWhicheverSchemeIsClicked() {
        open("widgets/positional-encoding");
        assertThat(page.locator(".pe-order-summary").textContent()).contains("“dog bites man” against “man bites dog”");
        checkOrderDemo();

        withText("vaadin-radio-button", "Learned table").click();
        page.waitForCondition(() -> page.url().contains("encoding=learned"));
        checkOrderDemo();

        withText("vaadin-radio-button", "Relative bias").click();
        page.waitForCondition(() -> page.url().contains("encoding=relative"));
        page.waitForCondition(() -> !page.locator(".pe-table").isVisible());
        checkOrderDemo();
        // a relative bias is the same along every diagonal
        double[][] bias = heatmap("pe-scores");
        assertThat(bias[3][5]).isEqualTo(bias[0][2]);
        assertThat(bias[5][3]).isEqualTo(bias[2][0]);
    }

    @Test
    void theTableMatchesTheFormulaAndTheKeyboardResizesIt() {
        open("widgets/positional-encoding");
        double[][] table = heatmap("pe-table");
        assertThat(table).hasDimensions(32, 32);
        for (int pos : new int[] {0, 1, 7, 31}) {
            for (int i = 0; i < 16; i++) {
                double angle = pos / Math.pow(10000, 2.0 * i / 32);
                assertThat(table[pos][2 * i]).isCloseTo(Math.sin(angle), within(1e-12));
                assertThat(table[pos][2 * i + 1]).isCloseTo(Math.cos(angle), within(1e-12));
            }
        }

        page.locator(".pe-dims input").focus();
        page.keyboard().press("ArrowUp"); // one step of 2
        page.waitForCondition(() -> page.url().contains("dims=34"));
        page.waitForCondition(() -> heatmap("pe-table")[0].length == 34);

        Locator sentence = page.locator(".pe-sentence input");
        sentence.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("the cat saw the dog");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.locator(".pe-order-summary").textContent()
                .contains("“the cat saw the dog” against “dog the saw cat the”"));
        assertThat(page.locator(".pe-gaps tbody th").allTextContents())
                .containsExactly("the", "cat", "saw", "the #2", "dog");
        checkOrderDemo();
    }

    @Test
    void thePageShowsTheNumbersTheApiAnswers() throws Exception {
        String query = "?positions=12&dims=8&encoding=learned&seed=5&sentence=a%20b%20c%20d";
        open("widgets/positional-encoding" + query);
        JsonNode result = json.readTree(page.request().get("http://localhost:" + port
                + "/api/widgets/positional-encoding" + query).text()).get("result");
        double[][] shown = heatmap("pe-table");
        for (int p = 0; p < 12; p++) {
            for (int j = 0; j < 8; j++) {
                assertThat(shown[p][j]).isEqualTo(result.get("table").get(p).get(j).asDouble());
            }
        }
        double[] gaps = column(WITH);
        for (int i = 0; i < gaps.length; i++) {
            assertThat(gaps[i]).isEqualTo(result.get("gapWith").get(i).asDouble());
        }
    }

    @Test
    void anOddNumberOfDimensionsInALinkIsExplained() {
        Response response = page.navigate("http://localhost:" + port + "/widgets/positional-encoding?dims=5");
        waitForVaadin();
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator(".page-problem").textContent()).contains("dims must be an even number");
    }

    @Test
    void aCurveListWithAWordGetsAMessage() {
        open("widgets/positional-encoding");
        Locator curves = page.locator(".pe-curves input");
        curves.fill("0, two");
        curves.press("Enter");
        waitForVaadin();
        assertThat(page.locator(".positional-encoding-widget .widget-problem").textContent())
                .contains("'two' is not a dimension number");
        curves.fill("1, 40");
        curves.press("Enter");
        waitForVaadin();
        assertThat(page.locator(".positional-encoding-widget .widget-problem").textContent())
                .contains("dimension 40 does not exist");
    }

    private void checkOrderDemo() {
        for (double gap : column(WITHOUT)) {
            assertThat(gap).isLessThan(1e-12);
        }
        assertThat(java.util.Arrays.stream(column(WITH)).max().orElse(0)).isGreaterThan(1e-3);
    }

    private double[] column(int column) {
        return page.locator(".pe-gaps tbody td[data-column='" + column + "']").all().stream()
                .mapToDouble(cell -> Double.parseDouble(cell.getAttribute("data-value"))).toArray();
    }

    /** A heatmap's values, rows from the top (the chart holds its first row last). */
    private double[][] heatmap(String cssClass) {
        try {
            JsonNode series = json.readTree(String.valueOf(page.evaluate(
                    "() => JSON.stringify(document.querySelector('." + cssClass + "').series)")));
            List<double[]> rows = new ArrayList<>();
            for (JsonNode s : series) {
                double[] row = new double[s.get("data").size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = s.get("data").get(j).get("y").asDouble();
                }
                rows.add(row);
            }
            Collections.reverse(rows);
            return rows.toArray(double[][]::new);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
