package dev.genaiplayground.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The findings of the hostile-input review that a plain HTTP client can see: stray '%' in links, long links, the
 * status of unknown pages, methods, Vaadin request types, nesting, and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestGuardTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aStrayPercentInALinkArrivesAsAPercent() throws Exception {
        // java.net.URI refuses such a link; a browser sends it as typed
        String first = rawGet("/widgets/softmax?labels=%,b,c");
        assertThat(first).startsWith("HTTP/1.1 302").contains("\r\nLocation: /widgets/softmax?labels=%25,b,c\r\n");

        HttpResponse<String> page = get("/widgets/softmax?labels=%25zz,b,c");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"value\":[\"%zz\",\"b\",\"c\"]");
    }

    @Test
    void theStrayPercentRedirectNeverLeavesThisSite() throws Exception {
        for (String path : new String[] {"//evil.example/?x=%", "/\\evil.example/?x=%", "///evil.example?x=%"}) {
            String answer = rawGet(path);
            String location = answer.replaceAll("(?s).*\r\nLocation: ([^\r]*)\r\n.*", "$1");
            if (answer.startsWith("HTTP/1.1 302")) {
                assertThat(location).as(path).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\");
            }
        }
    }

    @Test
    void aForgedBootstrapRequestWithAStrayPercentIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> response = get("/?v-r=init&location=widgets%2Fsoftmax&query=labels%3D%25%2Cb%2Cc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed % escape");
    }

    @Test
    void unknownPagesLessonsAndWidgetsAreNotFound() throws Exception {
        for (String path : new String[] {"/widgets/nope", "/lessons/nope", "/no/such/page", "/error"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/widgets/softmax").statusCode()).isEqualTo(200);
        assertThat(get("/lessons/attention").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAnswerOnlyGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/widgets/softmax"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/widgets/softmax"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownVaadinRequestTypeIsABadRequest() throws Exception {
        HttpResponse<String> response = get("/?v-r=x");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Unknown request type.\n");
    }

    @Test
    void aMessageNestedThousandsOfLevelsDeepIsRefusedBeforeAnyParser() throws Exception {
        String deep = "[".repeat(3000) + "]".repeat(3000);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(deep)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("nested too deeply");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(262_145))));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aLinkOverTheLimitIsTooLongAndOneJustUnderItStillReachesTheApp() throws Exception {
        assertThat(get("/widgets/softmax?labels=" + "a".repeat(32_768)).statusCode()).isEqualTo(414);
        // a near-limit link with a 4 KB Referer (the most Chromium sends) fits the server's header limit
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/widgets/softmax?labels=" + "a".repeat(
                32_000))).header("Referer", "http://localhost/" + "r".repeat(4_000)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("could not be used");
    }

    @Test
    void everyPageCarriesSecurityHeadersAndItsScriptsTheNonceItsPolicyAllows() throws Exception {
        HttpResponse<String> page = get("/widgets/softmax");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("object-src 'none'", "frame-ancestors 'self'");
        String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scripts).doesNotContain("unsafe-inline").contains("'nonce-");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        List<String> scriptTags = Pattern.compile("<script[^>]*>").matcher(page.body()).results()
                .map(MatchResult::group).toList();
        assertThat(scriptTags).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));

        HttpResponse<String> notFound = get("/VAADIN/nope.js");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.LOCKED_DOWN);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The status line and headers of a GET sent as raw text, for links that java.net.URI will not build. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n") + 2));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
