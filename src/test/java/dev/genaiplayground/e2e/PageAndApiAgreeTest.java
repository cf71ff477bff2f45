package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a widget's page shows and what its JSON says are the same numbers, to the last bit: the page's URL with
 * {@code /widgets/} replaced by {@code /api/widgets/} answers the numbers the page holds.
 */
class PageAndApiAgreeTest extends BrowserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void softmaxPageAndApiShowTheSameProbabilitiesAndGradient() throws Exception {
        String query = "?logits=1,2.5,-3,4&labels=a,b,c,d&temperature=0.7&target=1";
        open("widgets/softmax" + query);
        JsonNode result = api("softmax" + query).get("result");

        for (int column : new int[] {1, 2}) {
            List<String> shown = page.locator(".softmax-widget .value-table td[data-column='" + column + "']").all()
                    .stream().map(cell -> cell.getAttribute("data-value")).toList();
            JsonNode numbers = result.get(column == 1 ? "probabilities" : "gradient");
            for (int i = 0; i < shown.size(); i++) {
                assertThat(Double.parseDouble(shown.get(i))).as("column %d row %d", column, i)
                        .isEqualTo(numbers.get(i).asDouble());
            }
        }
    }

    @Test
    void attentionPageAndApiShowTheSameWeightsForTheHeadOnShow() throws Exception {
        String query = "?causal=true&heads=2&head=2";
        open("widgets/attention" + query);
        JsonNode result = api("attention" + query).get("result");

        JsonNode shown = json.readTree(String.valueOf(page.evaluate(
                "() => JSON.stringify(document.querySelector('.attention-weights').values)")));
        JsonNode head2 = result.get("weights").get(1);
        assertThat(shown.size()).isEqualTo(head2.size());
        for (int r = 0; r < shown.size(); r++) {
            for (int c = 0; c < shown.get(r).size(); c++) {
                assertThat(shown.get(r).get(c).asDouble()).as("weight %d,%d", r, c)
                        .isEqualTo(head2.get(r).get(c).asDouble());
            }
        }
    }

    private JsonNode api(String pathAndQuery) throws Exception {
        String body = page.request().get("http://localhost:" + port + "/api/widgets/" + pathAndQuery).text();
        return json.readTree(body);
    }
}
