package dev.genaiplayground.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A student's browser simulated over Vaadin's protocol: opens {@code /join/<code>}, types a name into the "Your
 * name" field and clicks Join (the server then navigates the UI to the class), and listens on the push WebSocket,
 * noting when each of the teacher's changes ({@link BroadcastMarker}) first arrives.
 */
final class SimulatedFollower implements AutoCloseable {

    private final VaadinProtocolClient client;
    /** Arrival of change n in microseconds since the epoch; 0 while it has not come. */
    private final AtomicLongArray arrivals;
    private final AtomicInteger pushes = new AtomicInteger();

    SimulatedFollower(HttpClient http, URI server, int maxChanges) {
        this.client = new VaadinProtocolClient(http, server);
        this.arrivals = new AtomicLongArray(maxChanges + 1);
    }

    void join(String code, String name) throws IOException, InterruptedException {
        UidlNodes page = client.open("join/" + code);
        client.connectPush(this::received);
        int nameField = page.withValue("label", "Your name");
        int join = page.elementWithText("vaadin-button", "Join");
        // What the browser sends: its components' initial properties, its router's report of the route, the
        // typed name, the click, and the class page's components' initial properties.
        reportInitialProperties(page);
        client.send("[" + VaadinProtocolClient.event(1, "ui-navigate", "{\"route\":\"join/" + code
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}") + "]");
        client.send("[" + VaadinProtocolClient.propertySync(nameField, "value", "\"" + name + "\"") + ","
                + VaadinProtocolClient.event(nameField, "input", "{}") + "]");
        JsonNode answer = client.send("[" + VaadinProtocolClient.event(join, "click", "{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,"
                + "\"event.screenX\":10}") + "]");
        if (!answer.toString().contains("Following the teacher")) {
            String text = answer.toString();
            throw new IOException(name + " did not join: the answer to Join says "
                    + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
        }
        // (The server keeps the last answer, for a resent message: the whole class page's, until this one.)
        UidlNodes classPage = new UidlNodes();
        classPage.add(answer);
        reportInitialProperties(classPage);
    }

    /** Web components fire their {@code *-changed} events as they set up; the browser sends those in one message. */
    private void reportInitialProperties(UidlNodes rendered) throws IOException, InterruptedException {
        StringBuilder events = new StringBuilder();
        for (var listener : rendered.changeListeners()) {
            events.append(events.length() == 0 ? "" : ",")
                    .append(VaadinProtocolClient.event(listener.getKey(), listener.getValue(), "{}"));
        }
        if (events.length() > 0) {
            client.send("[" + events + "]");
        }
    }

    private void received(String message) {
        long now = BroadcastMarker.nowMicros();
        pushes.incrementAndGet();
        int change = BroadcastMarker.inPush(message);
        if (change > 0 && change < arrivals.length()) {
            arrivals.compareAndSet(change, 0, now);
        }
    }

    /** When change {@code n} arrived (µs since the epoch), or 0. */
    long arrival(int n) {
        return arrivals.get(n);
    }

    int pushes() {
        return pushes.get();
    }

    void heartbeat() throws IOException, InterruptedException {
        client.heartbeat();
    }

    int heartbeatSeconds() {
        return client.heartbeatSeconds();
    }

    @Override
    public void close() {
        client.close();
    }
}
