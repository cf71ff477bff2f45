package dev.genaiplayground.classroom;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A class of 300 followers on this machine: the whole app on a random port, a teacher changing the softmax widget
 * through the engine, a few students in real Chromium pages and the rest simulated in a child process that speaks
 * Vaadin's protocol over HTTP and the push WebSocket ({@link SimulatedFollower}). Prints, from the teacher's
 * change to each follower's update (push message arrived, or Chromium's DOM changed), p50, p95 and max for all
 * followers and for each kind, with received ÷ expected updates; the heap retained per connected follower after
 * full collections; and how many widget results the broadcast computed. With
 * {@code -Dbenchmark.soakMinutes=N} the teacher then keeps changing states for N minutes and a row of memory
 * figures is printed every 30 seconds. The app runs in development mode, as in every test, but without its
 * component tracker (which production mode does not have either).
 *
 * <p>Opt-in: {@code ./mvnw test -Dtest=ClassroomBenchmark -Dbenchmark=true}; settings
 * {@code -Dbenchmark.followers=300}, {@code .browsers=3}, {@code .changes=30}, {@code .spacingMs=400},
 * {@code .soakMinutes=0}, {@code .soakPerSecond=3}; {@code -Dbenchmark.jvm=-Xmx…} sets the server JVM's options.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "playground.classroom.join-attempts-per-minute=1000000", // every simulated student comes from 127.0.0.1
        "playground.classroom.max-students=100000",
        // Development mode (these tests) records a stack trace for every component created or attached, for
        // Copilot; production mode never does. Off, so the heap and time per follower are production's.
        "vaadin.devmode.componentTracker.enabled=false"})
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ClassroomBenchmark {

    private static final int FOLLOWERS = Integer.getInteger("benchmark.followers", 300);
    private static final int BROWSERS = Integer.getInteger("benchmark.browsers", 3);
    private static final int CHANGES = Integer.getInteger("benchmark.changes", 30);
    private static final int SPACING_MS = Integer.getInteger("benchmark.spacingMs", 400);
    private static final int SOAK_MINUTES = Integer.getInteger("benchmark.soakMinutes", 0);
    private static final int SOAK_PER_SECOND = Integer.getInteger("benchmark.soakPerSecond", 3);
    private static final double MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ClassroomEngine engine;

    @Autowired
    MeterRegistry meters;

    @Test
    void aClassOfFollowers() throws Exception {
        warmUp();
        ClassroomEngine.Opened lesson = engine.open(BroadcastMarker.WIDGET, Map.of("logits", "2,1,0.1"));
        long heapBefore = ProcessMemory.retainedHeap();
        try (ChromiumFollowers browsers = new ChromiumFollowers()) {
            for (int i = 1; i <= BROWSERS; i++) {
                browsers.join(port, lesson.code(), "Chromium " + i);
            }
            long joining = System.nanoTime();
            try (SimulatedClassProcess simulated = SimulatedClassProcess.start(port, lesson.code(),
                    FOLLOWERS - BROWSERS, CHANGES)) {
                int[] joined = simulated.awaitReady(Duration.ofMinutes(15));
                System.out.printf(Locale.ROOT, "%n[classroom] %d simulated followers joined in %.1f s%n", joined[0],
                        (System.nanoTime() - joining) / 1e9);
                measure(lesson, heapBefore, browsers, simulated, joined);
            }
        }
    }

    private void measure(ClassroomEngine.Opened lesson, long heapBefore, ChromiumFollowers browsers,
                         SimulatedClassProcess simulated, int[] joined) throws Exception {
        Thread.sleep(5_000);
        long heapAfter = ProcessMemory.retainedHeap();
        int followers = browsers.size() + joined[0];
        int following = following(lesson.code());
        System.out.printf(Locale.ROOT, "[classroom] %d followers: %d in Chromium, %d simulated over Vaadin's"
                + " protocol (%d failed to join); the roster shows %d following; %d cores%n", followers,
                browsers.size(), joined[0], joined[1], following, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "[classroom] retained heap after full GC: %.1f MB before, %.1f MB with"
                + " the followers: %.0f KB per follower%n", heapBefore / MB, heapAfter / MB,
                (heapAfter - heapBefore) / 1024.0 / followers);

        long missesBefore = computations();
        long[] sent = new long[CHANGES + 1];
        double[] showMillis = new double[CHANGES];
        for (int n = 1; n <= CHANGES; n++) {
            sent[n] = BroadcastMarker.nowMicros();
            long start = System.nanoTime();
            engine.show(lesson.code(), lesson.teacherKey(), BroadcastMarker.WIDGET, BroadcastMarker.settings(n));
            showMillis[n - 1] = (System.nanoTime() - start) / 1e6;
            Thread.sleep(SPACING_MS);
        }
        Thread.sleep(5_000);
        long computed = computations() - missesBefore;
        List<Double> simulatedLatency = new ArrayList<>();
        int[] lastSimulated = new int[joined[0]];
        for (SimulatedClassProcess.Arrival arrival : simulated.arrivals()) {
            simulatedLatency.add((arrival.micros() - sent[arrival.change()]) / 1000.0);
            lastSimulated[arrival.follower()] = Math.max(lastSimulated[arrival.follower()], arrival.change());
        }
        List<Double> browserLatency = new ArrayList<>();
        List<Integer> last = new ArrayList<>();
        for (Map<Integer, Long> page : browsers.arrivals()) {
            page.forEach((change, micros) -> {
                if (change <= CHANGES) {
                    browserLatency.add((micros - sent[change]) / 1000.0);
                }
            });
            last.add(page.keySet().stream().mapToInt(Integer::intValue).filter(n -> n <= CHANGES).max().orElse(0));
        }
        Arrays.stream(lastSimulated).forEach(last::add);
        long stale = last.stream().filter(n -> n < CHANGES).count();
        List<Double> all = new ArrayList<>(simulatedLatency);
        all.addAll(browserLatency);
        System.out.printf(Locale.ROOT, "[classroom] %d teacher changes %d ms apart; teacher's change → follower"
                + " updated (an update missing from a follower that got a later one was coalesced: superseded"
                + " before it was sent):%n", CHANGES, SPACING_MS);
        print("all", all, (long) CHANGES * followers);
        print("chromium", browserLatency, (long) CHANGES * browsers.size());
        print("simulated", simulatedLatency, (long) CHANGES * joined[0]);
        System.out.printf(Locale.ROOT, "[classroom] followers not showing the last change: %d; load average"
                + " (1, 5, 15 min) at the end: %s%n", stale, loadAverage());
        System.out.printf(Locale.ROOT, "[classroom] engine.show (the teacher's call, fanning out to every"
                + " follower's UI): p50 %.1f ms, max %.1f ms%n", percentile(showMillis, 50),
                percentile(showMillis, 100));
        System.out.printf(Locale.ROOT, "[classroom] widget results computed for %d distinct states: %d (%.2f"
                + " per change, for %d followers)%n", CHANGES, computed, computed / (double) CHANGES, followers);
        if (SOAK_MINUTES > 0) {
            soak(lesson, simulated);
        }
    }

    /** Loads the join and class pages once in another class, so the first measured follower is not the first. */
    private void warmUp() throws Exception {
        ClassroomEngine.Opened warm = engine.open(BroadcastMarker.WIDGET, Map.of("logits", "2,1,0.5"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (SimulatedFollower follower = new SimulatedFollower(http, URI.create("http://127.0.0.1:" + port + "/"),
                1)) {
            follower.join(warm.code(), "Warm-up");
            engine.show(warm.code(), warm.teacherKey(), BroadcastMarker.WIDGET, Map.of("logits", "2,1,0.6"));
            Thread.sleep(500);
        }
        engine.end(warm.code(), warm.teacherKey());
    }

    /** The teacher keeps changing the state; prints the process's memory every 30 seconds. */
    private void soak(ClassroomEngine.Opened lesson, SimulatedClassProcess simulated) throws Exception {
        System.out.printf(Locale.ROOT, "[soak] %d minutes, %d changes a second, -Xmx %.0f MB, JavaCPP maxBytes"
                + " %.0f MB, maxPhysicalBytes %.0f MB%n", SOAK_MINUTES, SOAK_PER_SECOND,
                Runtime.getRuntime().maxMemory() / MB, org.bytedeco.javacpp.Pointer.maxBytes() / MB,
                org.bytedeco.javacpp.Pointer.maxPhysicalBytes() / MB);
        System.out.println("[soak] elapsed   RSS MB  heap used MB  JavaCPP physical MB  JavaCPP total MB"
                + "  following  pushes received  results computed");
        long start = System.nanoTime();
        long end = start + Duration.ofMinutes(SOAK_MINUTES).toNanos();
        long nextRow = start;
        long period = 1_000_000_000L / SOAK_PER_SECOND;
        int n = CHANGES;
        for (long next = start; next < end; next += period) {
            if (System.nanoTime() >= nextRow && nextRow < end) {
                System.out.printf(Locale.ROOT, "[soak] %5.0f s  %7.0f  %12.0f  %19.0f  %16.0f  %9d  %15d  %16d%n",
                        (System.nanoTime() - start) / 1e9, ProcessMemory.residentBytes() / MB,
                        ProcessMemory.usedHeap() / MB, ProcessMemory.javaCppPhysicalBytes() / MB,
                        ProcessMemory.javaCppTotalBytes() / MB, following(lesson.code()), simulated.pushes(),
                        computations());
                nextRow += Duration.ofSeconds(30).toNanos();
            }
            n = n % BroadcastMarker.MAX + 1;
            engine.show(lesson.code(), lesson.teacherKey(), BroadcastMarker.WIDGET, BroadcastMarker.settings(n));
            long wait = next + period - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        System.out.printf(Locale.ROOT, "[soak] %5.0f s  %7.0f  %12.0f  %19.0f  %16.0f  %9d  %15d  %16d  (end)%n",
                (System.nanoTime() - start) / 1e9, ProcessMemory.residentBytes() / MB,
                ProcessMemory.usedHeap() / MB, ProcessMemory.javaCppPhysicalBytes() / MB,
                ProcessMemory.javaCppTotalBytes() / MB, following(lesson.code()), simulated.pushes(),
                computations());
    }

    /** The machine's load, since this 2-core machine may be shared while the benchmark runs. */
    private static String loadAverage() {
        try {
            String[] load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return load[0] + ", " + load[1] + ", " + load[2];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private int following(String code) {
        return (int) engine.roster(code).stream().filter(s -> s.status() == Student.Status.FOLLOWING).count();
    }

    /** Widget results computed so far: the shared result cache's misses. */
    private long computations() {
        return (long) meters.get("cache.gets").tags("cache", "widget.results", "result", "miss").functionCounter()
                .count();
    }

    private static void print(String who, List<Double> millis, long expected) {
        double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
        if (values.length == 0) {
            System.out.printf(Locale.ROOT, "  %-10s no updates received of %d expected%n", who, expected);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-10s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms   received %d of %d"
                        + " expected (%d missing)%n", who, percentile(values, 50), percentile(values, 95),
                percentile(values, 100), values.length, expected, expected - values.length);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
