package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BLEU and ROUGE widget as a learner uses it: typing with the keyboard, adding a reference, the marks. */
class BleuRougeWidgetTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theLessonShowsTheWorkedExample() {
        open("lessons/text-metrics");
        Locator widget = page.locator(".bleu-rouge-widget");
        widget.scrollIntoViewIfNeeded();
        assertThat(bleu(widget)).isCloseTo(Math.pow(2.0 / 35, 0.25), within(1e-12));
        assertThat(Double.parseDouble(widget.locator(".bleu-rouge-bleu").getAttribute("data-smoothed-bleu")))
                .isCloseTo(Math.pow(6.0 / 49, 0.25), within(1e-12));
        assertThat(widget.locator(".bleu-rouge-bleu").textContent()).contains("0.489").contains("0.592");
        // 2-grams marked in the candidate: "the cat", "on the", "the mat", "mat ." → all but "sat"
        assertThat(widget.locator(".bleu-rouge-text").first().locator("mark").allTextContents())
                .containsExactly("the", "cat", "on", "the", "mat", ".");
    }

    @Test
    void typingACandidateAndAddingAReferenceUpdateTheScoresAndTheLink() throws Exception {
        open("widgets/bleu-rouge");
        Locator widget = page.locator(".bleu-rouge-widget");
        double before = bleu(widget);

        Locator candidate = widget.locator(".bleu-rouge-candidate input");
        candidate.click();
        page.keyboard().press("Control+A");
        page.keyboard().type("A cat sat on a mat, <b>quietly</b>.");
        page.waitForCondition(() -> page.url().contains("candidate=A+cat+sat"));
        waitForVaadin();
        assertThat(bleu(widget)).isNotEqualTo(before);
        // the typed markup is text: tokens, never elements
        assertThat(widget.locator(".bleu-rouge-tokens b").count()).isZero();
        assertThat(widget.locator(".bleu-rouge-text").first().locator(".bleu-rouge-tokens > *").allTextContents())
                .containsExactly("a", "cat", "sat", "on", "a", "mat", ",", "<", "b", ">", "quietly", "<", "/", "b",
                        ">", ".");

        Locator references = widget.locator(".bleu-rouge-references textarea");
        references.click();
        page.keyboard().press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().type("A cat sat on a mat quietly.");
        page.waitForCondition(() -> widget.locator(".bleu-rouge-text").count() == 4);
        waitForVaadin();
        assertThat(widget.locator(".bleu-rouge-text-label").nth(3).textContent()).startsWith("Reference 3: 8 tokens");
        assertThat(page.url()).contains("quietly.");

        // the page shows what the API answers for its link
        JsonNode result = api(page.url()).get("result");
        assertThat(bleu(widget)).isEqualTo(result.get("bleu").asDouble());
        List<String> rouge = widget.locator(".bleu-rouge-rouge-table td[data-value]").all().stream()
                .map(cell -> cell.getAttribute("data-value")).toList();
        String[] measures = {"rouge1", "rouge2", "rougeL"};
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < 3; i++) {
                assertThat(Double.parseDouble(rouge.get(3 * m + i))).as(measures[m] + "[" + i + "]")
                        .isEqualTo(result.get(measures[m]).get(i).asDouble());
            }
        }
        assertThat(result.get("rougeBest").get(0).asInt()).as("the new reference is the best ROUGE-1").isEqualTo(2);
    }

    @Test
    void theMarksFollowTheChosenMatchesByKeyboard() {
        open("widgets/bleu-rouge?candidate=man%20bites%20dog&references=dog%20bites%20man&highlight=unigrams");
        Locator widget = page.locator(".bleu-rouge-widget");
        Locator candidateMarks = widget.locator(".bleu-rouge-text").first().locator("mark");
        assertThat(candidateMarks.allTextContents()).containsExactly("man", "bites", "dog");

        widget.locator("vaadin-radio-button").first().locator("input").focus();
        page.keyboard().press("ArrowDown"); // 2-grams: none in common
        page.waitForCondition(() -> page.url().contains("highlight=bigrams"));
        waitForVaadin();
        assertThat(candidateMarks.count()).isZero();
        assertThat(widget.locator(".bleu-rouge-legend").textContent()).contains("0 of 2");
    }

    @Test
    void anEmptyCandidateGetsAMessageAndKeepsTheLastScores() {
        open("widgets/bleu-rouge");
        Locator widget = page.locator(".bleu-rouge-widget");
        double before = bleu(widget);
        widget.locator(".bleu-rouge-candidate input").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Backspace");
        Locator problem = widget.locator(".widget-problem");
        page.waitForCondition(problem::isVisible);
        assertThat(problem.textContent()).contains("candidate is empty: type a sentence to score.");
        assertThat(bleu(widget)).isEqualTo(before);
    }

    private static double bleu(Locator widget) {
        return Double.parseDouble(widget.locator(".bleu-rouge-bleu").getAttribute("data-bleu"));
    }

    private JsonNode api(String pageUrl) throws Exception {
        String apiUrl = pageUrl.replace("/widgets/", "/api/widgets/");
        return json.readTree(page.request().get(apiUrl).text());
    }
}
