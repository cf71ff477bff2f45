package dev.genaiplayground.classroom;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A real {@code redis-server} for a test (Debian's {@code redis-server} package): its own process on a free
 * loopback port, nothing saved to disk, stopped by {@link #close}. Where none is installed the test is skipped with
 * a message, except on CI ({@code CI=true}), where it fails: CI must never skip the Redis tests silently.
 */
public final class RedisServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server, or skips (fails on CI) when {@code redis-server} is not on the PATH. */
    public static RedisServer start() throws IOException, InterruptedException {
        Optional<Path> executable = onPath("redis-server");
        if (executable.isEmpty()) {
            String missing = "redis-server is not installed (apt-get install redis-server), so the Redis classroom "
                    + "tests cannot run";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + "; on CI they must (.ci/run installs it)");
            }
            // Surefire counts a class skipped in @BeforeAll as no tests at all: say it where people look.
            System.err.println("SKIPPED: " + missing);
            Assumptions.abort(missing + "; skipped");
        }
        int port = freePort();
        Path log = Paths.get("target", "redis-" + port + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(executable.get().toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", log.getParent().toAbsolutePath().toString(), "--loglevel", "warning")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RedisServer server = new RedisServer(process, port);
        server.awaitReady(log);
        return server;
    }

    public int port() {
        return port;
    }

    /** A started Lettuce connection factory for this server; destroy it when done. */
    public LettuceConnectionFactory connections() {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server stopped at start: " + Files.readString(log));
            }
            if (answersPing()) {
                return;
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("redis-server did not answer on port " + port + " within 10 s");
    }

    private boolean answersPing() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            return new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Paths.get(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
