package dev.genaiplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API: the widget list, numbers for a link's settings, and problem documents for bad ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void listsEveryWidgetWithItsSettingsTheirKindAndDefault() throws Exception {
        JsonNode list = get("/api/widgets", 200);
        assertThat(list.findValuesAsText("id")).contains("softmax", "attention");
        JsonNode softmax = list.get(list.findValuesAsText("id").indexOf("softmax"));
        assertThat(softmax.get("settings").findValuesAsText("name"))
                .containsExactly("logits", "labels", "temperature", "target");
        assertThat(softmax.get("settings").get(0).get("defaultValue").asText()).isEqualTo("2,1,0.1");
        assertThat(softmax.get("api").asText()).isEqualTo("/api/widgets/softmax");
        JsonNode logits = softmax.get("settings").get(0).get("limits");
        assertThat(logits.get("min").asDouble()).isEqualTo(-100);
        assertThat(logits.get("max").asDouble()).isEqualTo(100);
        assertThat(logits.get("minCount").asInt()).isEqualTo(2);
        assertThat(logits.get("maxCount").asInt()).isEqualTo(12);
        JsonNode temperature = softmax.get("settings").get(2).get("limits");
        assertThat(temperature.get("min").asDouble()).isEqualTo(0.05);
        assertThat(temperature.get("max").asDouble()).isEqualTo(10);
    }

    @Test
    void theStatedLimitsAreTheOnesTheWidgetEnforces() throws Exception {
        assertThat(send("/api/widgets/softmax?temperature=10").statusCode()).isEqualTo(200);
        assertThat(send("/api/widgets/softmax?temperature=10.01").statusCode()).isEqualTo(400);
        assertThat(send("/api/widgets/softmax?logits=" + "1,".repeat(11) + "1&labels="
                + "a,b,c,d,e,f,g,h,i,j,k,l&target=0").statusCode()).isEqualTo(200);
        assertThat(send("/api/widgets/softmax?logits=" + "1,".repeat(12) + "1").statusCode()).isEqualTo(400);
        assertThat(send("/api/widgets/attention?heads=4&head=4").statusCode()).isEqualTo(200);
        assertThat(send("/api/widgets/attention?heads=4&head=5").statusCode()).isEqualTo(400);
    }

    @Test
    void softmaxNumbersAtFullPrecisionForTheSettingsOfALink() throws Exception {
        JsonNode answer = get("/api/widgets/softmax?logits=1,2,3,4&labels=a,b,c,d&temperature=2&target=3", 200);
        assertThat(answer.get("state").get("labels").toString()).isEqualTo("[\"a\",\"b\",\"c\",\"d\"]");
        // softmax([1, 2, 3, 4] / 2) and −ln p[3], computed independently with NumPy
        double[] expected = {0.1015363240915518, 0.16740509727844333, 0.27600434470659363, 0.45505423392341127};
        JsonNode p = answer.get("result").get("probabilities");
        for (int i = 0; i < expected.length; i++) {
            assertThat(p.get(i).asDouble()).isCloseTo(expected[i], within(1e-14));
        }
        assertThat(answer.get("result").get("loss").asDouble()).isCloseTo(0.7873386716983295, within(1e-14));
    }

    @Test
    void maskedAttentionScoresAreWrittenAsTheStringMinusInfinity() throws Exception {
        JsonNode answer = get("/api/widgets/attention?causal=true", 200);
        JsonNode firstRow = answer.get("result").get("scaledScores").get(0).get(0);
        assertThat(firstRow.get(1).asText()).isEqualTo("-Infinity");
        assertThat(answer.get("result").get("weights").get(0).get(0).get(1).asDouble()).isZero();
    }

    @Test
    void badSettingsAreAProblemDocumentNamingTheSetting() throws Exception {
        HttpResponse<String> response = send("/api/widgets/softmax?temperature=0");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("setting").asText()).isEqualTo("temperature");
        assertThat(problem.get("detail").asText()).contains("temperature must be between 0.05 and 10");
    }

    @Test
    void aSettingGivenTwiceOrAnUnknownWidgetIsAProblemToo() throws Exception {
        HttpResponse<String> twice = send("/api/widgets/softmax?target=1&target=2");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).get("detail").asText()).isEqualTo(
                "The setting 'target' is given 2 times; give it once.");
        HttpResponse<String> unknown = send("/api/widgets/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
