package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attention-masks widget as a learner uses it: switching architectures by mouse and keyboard, typing words. */
class MasksWidgetTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void clickingEncoderOpensTheMaskBothWaysAndTheWeightsFollow() {
        open("widgets/masks");
        boolean[][] causal = allowed("sentence");
        double[][] before = heatmap("sentence");
        assertThat(causal).hasDimensions(5, 5);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(causal[i][j]).as("decoder %d→%d", i, j).isEqualTo(j <= i);
                if (j > i) {
                    assertThat(before[i][j]).as("blocked weight %d→%d", i, j).isZero();
                }
            }
            assertThat(Arrays.stream(before[i]).sum()).isCloseTo(1, within(1e-9));
        }
        assertThat(before[0][0]).isEqualTo(1.0);

        withText("vaadin-radio-button", "Encoder-only").click();

        page.waitForCondition(() -> page.url().contains("architecture=encoder"));
        page.waitForCondition(() -> allowed("sentence")[0][4]);
        for (boolean[] row : allowed("sentence")) {
            for (boolean cell : row) {
                assertThat(cell).isTrue();
            }
        }
        double[][] open = heatmap("sentence");
        assertThat(open[0][4]).isGreaterThan(0);
        for (double[] row : open) {
            assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-9));
        }
        assertThat(page.locator(".masks-target-field").isVisible()).isFalse();
    }

    @Test
    void typingASentenceAndChoosingEncoderDecoderByKeyboardShowsCrossAttention() {
        open("widgets/masks");
        Locator sentence = page.locator(".masks-sentence-field input");
        sentence.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("man bites dog");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> headers("sentence").equals(List.of("man", "bites", "dog")));
        assertThat(allowed("sentence")).hasDimensions(3, 3);

        page.locator(".masks-architecture vaadin-radio-button[checked] input").focus();
        page.keyboard().press("ArrowDown"); // decoder → encoder–decoder
        page.waitForCondition(() -> page.url().contains("architecture=encoder-decoder"));
        page.waitForCondition(() -> page.locator(".masks-cross").isVisible());

        assertThat(page.locator(".masks-target-field").isVisible()).isTrue();
        assertThat(headers("cross")).containsExactly("man", "bites", "dog");
        assertThat(allowed("cross")).hasDimensions(4, 3); // le chien mord l’homme × man bites dog
        double[][] cross = heatmap("cross");
        assertThat(cross).hasDimensions(4, 3);
        for (double[] row : cross) {
            assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-9));
        }
        boolean[][] target = allowed("target");
        assertThat(target[0]).containsExactly(true, false, false, false);
        assertThat(heatmap("target")[0]).containsExactly(1.0, 0.0, 0.0, 0.0);
    }

    @Test
    void markupTypedAsAWordStaysText() {
        open("widgets/masks");
        Locator sentence = page.locator(".masks-sentence-field input");
        sentence.fill("<b>bold</b> <img src=x onerror=alert(1)>");
        sentence.press("Enter");
        page.waitForCondition(() -> headers("sentence").size() == 4);
        assertThat(headers("sentence")).containsExactly("<b>bold</b>", "<img", "src=x", "onerror=alert(1)>");
        assertThat(page.locator(".masks-widget b, .masks-widget img").count()).isZero();
        assertThat(String.valueOf(page.evaluate(
                "() => document.querySelector('.masks-sentence-heatmap').options.xaxis.categories")))
                .contains("<b>bold</b>");
    }

    @Test
    void tooManyWordsGetAMessageAndChangeNothing() {
        open("widgets/masks");
        Locator sentence = page.locator(".masks-sentence-field input");
        sentence.fill("one two three four five six seven eight nine ten eleven twelve thirteen");
        sentence.press("Enter");
        waitForVaadin();
        assertThat(page.locator(".masks-widget .widget-problem").textContent())
                .isEqualTo("sentence has 13 words; use at most 12.");
        assertThat(headers("sentence")).containsExactly("the", "dog", "bites", "the", "man");
    }

    @Test
    void thePageShowsTheWeightsTheApiAnswers() throws Exception {
        String query = "?architecture=encoder-decoder&sentence=a%20rose%20is%20a%20rose&target=eine%20Rose&seed=7";
        open("widgets/masks" + query);
        JsonNode result = json.readTree(page.request().get("http://localhost:" + port + "/api/widgets/masks" + query)
                .text()).get("result");
        for (String part : new String[] {"sentence", "target", "cross"}) {
            double[][] shown = heatmap(part);
            JsonNode weights = result.get(part + "Weights");
            assertThat(shown.length).isEqualTo(weights.size());
            for (int i = 0; i < shown.length; i++) {
                for (int j = 0; j < shown[i].length; j++) {
                    assertThat(shown[i][j]).as(part + " %d,%d", i, j).isEqualTo(weights.get(i).get(j).asDouble());
                }
            }
        }
    }

    private List<String> headers(String part) {
        return page.locator(".masks-" + part + "-mask thead th[scope=col]").allTextContents();
    }

    private boolean[][] allowed(String part) {
        List<Locator> rows = page.locator(".masks-" + part + "-mask tbody tr").all();
        boolean[][] out = new boolean[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> cells = rows.get(i).locator("td").all().stream().map(c -> c.getAttribute("data-allowed"))
                    .toList();
            out[i] = new boolean[cells.size()];
            for (int j = 0; j < cells.size(); j++) {
                out[i][j] = Boolean.parseBoolean(cells.get(j));
            }
        }
        return out;
    }

    /** The heatmap's weights, rows from the top (the chart holds its first row last). */
    private double[][] heatmap(String part) {
        try {
            JsonNode series = json.readTree(String.valueOf(page.evaluate(
                    "() => JSON.stringify(document.querySelector('.masks-" + part + "-heatmap').series)")));
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
