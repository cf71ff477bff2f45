package dev.genaiplayground.classroom;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The classroom benchmark's simulated students, in a process of their own so that the server's heap holds only
 * the server's side of each follower (like the browsers, which run elsewhere). Joins {@code count} followers to a
 * class, says {@code READY joined failed} on standard output, then answers commands on standard input:
 * {@code STATS} (pushes received so far), {@code REPORT} (one {@code A follower change micros} line per arrival,
 * then {@code END}) and {@code QUIT}.
 *
 * <p>Arguments: port, class code, number of followers, largest change number.
 */
public final class SimulatedClass {

    private SimulatedClass() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String code = args[1];
        int count = Integer.parseInt(args[2]);
        int maxChanges = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        URI server = URI.create("http://127.0.0.1:" + port + "/");
        List<SimulatedFollower> followers = join(http, server, code, count, maxChanges, out);
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        if (!followers.isEmpty()) {
            long every = followers.get(0).heartbeatSeconds();
            heartbeats.scheduleAtFixedRate(() -> followers.forEach(f -> {
                try {
                    f.heartbeat();
                } catch (Exception e) {
                    out.println("NOTE heartbeat failed: " + e);
                }
            }), every, every, TimeUnit.SECONDS);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = in.readLine(); command != null && !command.equals("QUIT"); command = in.readLine()) {
            if (command.equals("STATS")) {
                out.println("STATS " + followers.stream().mapToLong(SimulatedFollower::pushes).sum());
            } else if (command.equals("REPORT")) {
                StringBuilder report = new StringBuilder();
                for (int f = 0; f < followers.size(); f++) {
                    for (int n = 1; n <= maxChanges; n++) {
                        long arrival = followers.get(f).arrival(n);
                        if (arrival > 0) {
                            report.append("A ").append(f).append(' ').append(n).append(' ').append(arrival)
                                    .append('\n');
                        }
                    }
                }
                out.print(report.append("END\n"));
                out.flush();
            }
        }
        heartbeats.shutdownNow();
        followers.forEach(SimulatedFollower::close);
        System.exit(0);
    }

    private static List<SimulatedFollower> join(HttpClient http, URI server, String code, int count, int maxChanges,
                                                PrintStream out) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SimulatedFollower>> joining = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "Sim " + (i + 1);
            joining.add(pool.submit(() -> {
                SimulatedFollower follower = new SimulatedFollower(http, server, maxChanges);
                follower.join(code, name);
                return follower;
            }));
        }
        List<SimulatedFollower> joined = new ArrayList<>();
        int failed = 0;
        for (Future<SimulatedFollower> one : joining) {
            try {
                joined.add(one.get());
            } catch (Exception e) {
                failed++;
                out.println("NOTE a follower failed to join: " + (e.getCause() == null ? e : e.getCause()));
            }
        }
        pool.shutdown();
        out.println("READY " + joined.size() + " " + failed);
        return joined;
    }
}
