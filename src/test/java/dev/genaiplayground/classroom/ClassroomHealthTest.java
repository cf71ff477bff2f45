package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default app node keeps classes in memory and is healthy with no Redis anywhere: the Docker health check and
 * load balancers ask {@code /actuator/health}, and Redis's own check is on only with the Redis engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassroomHealthTest {

    @LocalServerPort
    int port;

    @Autowired
    ClassroomEngine engine;

    @Test
    void theMemoryEngineNeedsNoRedisToBeHealthy() throws Exception {
        assertThat(engine).isInstanceOf(InMemoryClassroomEngine.class);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"");
    }
}
