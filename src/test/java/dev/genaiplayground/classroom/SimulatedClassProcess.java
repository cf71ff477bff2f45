package dev.genaiplayground.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link SimulatedClass} in a child JVM on this test's class path and talks to it over its standard input and
 * output. Its notes (a follower that failed to join) are printed as they come; its errors go to
 * {@code target/simulated-class.log}.
 */
final class SimulatedClassProcess implements AutoCloseable {

    /** One arrival: follower index, change number, microseconds since the epoch. */
    record Arrival(int follower, int change, long micros) {
    }

    private final Process process;
    private final PrintStream commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private SimulatedClassProcess(Process process) {
        this.process = process;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("NOTE ")) {
                        System.out.println("[classroom] simulated: " + line.substring(5));
                    } else {
                        lines.add(line);
                    }
                }
            } catch (IOException ended) {
                // the process is gone; waiting callers time out
            }
        }, "simulated-class-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts joining {@code count} followers to the class. */
    static SimulatedClassProcess start(int port, String code, int count, int maxChanges) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SimulatedClass.class.getName(),
                Integer.toString(port), code, Integer.toString(count), Integer.toString(maxChanges))
                .redirectError(Path.of("target", "simulated-class.log").toFile())
                .directory(Path.of("").toAbsolutePath().toFile()).start();
        return new SimulatedClassProcess(process);
    }

    /** Waits until every follower joined or failed; returns {joined, failed}. */
    int[] awaitReady(Duration timeout) throws InterruptedException {
        String ready = next("READY", timeout);
        String[] parts = ready.split(" ");
        return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** Push messages the followers received so far. */
    long pushes() throws InterruptedException {
        commands.println("STATS");
        return Long.parseLong(next("STATS", Duration.ofSeconds(30)).split(" ")[1]);
    }

    List<Arrival> arrivals() throws InterruptedException {
        commands.println("REPORT");
        List<Arrival> arrivals = new ArrayList<>();
        for (String line = next("", Duration.ofMinutes(2)); !line.equals("END");
             line = next("", Duration.ofMinutes(2))) {
            String[] parts = line.split(" ");
            arrivals.add(new Arrival(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Long.parseLong(parts[3])));
        }
        return arrivals;
    }

    private String next(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("the simulated class said nothing starting with '" + prefix
                        + "' within " + timeout + (process.isAlive() ? "" : "; it exited with "
                        + process.exitValue()));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("QUIT");
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
