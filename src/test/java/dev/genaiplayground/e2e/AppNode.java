package dev.genaiplayground.e2e;

import dev.genaiplayground.Application;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One app node in a JVM of its own, as in a deployment: the app from the test's class path on a free port with the
 * given settings, its log in {@code target/<name>.log}, stopped by {@link #close}. (Apps started inside the test's
 * JVM share Vaadin's and Atmosphere's static state with the tests that run after them.)
 */
final class AppNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private AppNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node; {@link #awaitHealthy} waits until it answers. */
    static AppNode start(String name, String... settings) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Paths.get("target", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dorg.bytedeco.javacpp.maxphysicalbytes=0", "-cp",
                classPath(), Application.class.getName(), "--server.port=" + port,
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        return new AppNode(builder.start(), port, log);
    }

    /**
     * The app's class path: the test's without the test classes and without empty entries (Surefire's ends in one,
     * which Java reads as the working directory, where the project's own {@code content/} would be found twice).
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The node's answer to {@code GET /actuator/health}. */
    HttpResponse<String> health() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("actuator/health")))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the node answers its health check; fails (and stops it) when it stops or takes too long. */
    void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app node stopped at start; see " + log);
            }
            try {
                if (health().statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The app node did not start within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // Spring Boot shuts down gracefully on SIGTERM
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
