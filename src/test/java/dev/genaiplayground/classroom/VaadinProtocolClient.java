package dev.genaiplayground.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of a Vaadin Flow app, spoken over plain HTTP and a WebSocket the way Flow's client does (observed
 * from Chromium): GET the page, whose HTML carries the initial UIDL (eager server load: the security key, the UI id,
 * the push id and the rendered nodes) and sets the session cookie; UIDL messages
 * ({@code POST /?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code rpc}, {@code syncId}, {@code clientId}),
 * following the ids each answer gives; server push over Atmosphere's WebSocket
 * ({@code /VAADIN/push?v-r=push&v-uiId=N&v-pushId=…&X-Atmosphere-Transport=websocket&…}), whose length-prefixed
 * {@code N|message} frames it reassembles; and the heartbeat ({@code POST /?v-r=heartbeat&v-uiId=N}) that keeps the
 * UI alive. Nothing here knows the app's views: {@link UidlNodes} finds the nodes to talk to.
 */
final class VaadinProtocolClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\"\\s*:\\s*(\\d+)");
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final URI server;
    private String cookie;
    private String csrfToken;
    private String pushId;
    private int uiId;
    private volatile int syncId;
    private volatile int clientId;
    private int heartbeatSeconds = 300;
    private WebSocket push;

    /** {@code server} is the app's root, e.g. {@code http://127.0.0.1:8080/}. */
    VaadinProtocolClient(HttpClient http, URI server) {
        this.http = http;
        this.server = server;
    }

    /** Loads a page; returns its initial UIDL changes (the nodes the server rendered into it). */
    UidlNodes open(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String html = page.body();
        if (page.statusCode() != 200) {
            throw new IOException("GET /" + path + " answered " + page.statusCode());
        }
        cookie = page.headers().allValues("set-cookie").stream().map(COOKIE::matcher).filter(Matcher::find)
                .map(m -> "JSESSIONID=" + m.group(1)).findFirst()
                .orElseThrow(() -> new IOException("GET /" + path + " set no session cookie"));
        csrfToken = find(KEY, html, "security key");
        pushId = find(PUSH_ID, html, "push id");
        uiId = Integer.parseInt(find(UI_ID, html, "UI id"));
        syncId = Integer.parseInt(find(SYNC_ID, html, "syncId"));
        clientId = Integer.parseInt(find(CLIENT_ID, html, "clientId"));
        Matcher heartbeat = HEARTBEAT.matcher(html);
        if (heartbeat.find()) {
            heartbeatSeconds = Integer.parseInt(heartbeat.group(1));
        }
        int changes = html.indexOf("\"changes\":");
        if (changes < 0) {
            throw new IOException("GET /" + path + " carries no initial UIDL changes");
        }
        UidlNodes nodes = new UidlNodes();
        nodes.add(JSON.readTree(html.substring(changes + "\"changes\":".length())));
        return nodes;
    }

    /**
     * Sends one UIDL message with these RPC invocations (a JSON array) and follows the message ids of the answer;
     * returns the answer's changes.
     */
    JsonNode send(String rpcArray) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpcArray + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = http.send(request("uidl").header("Content-Type",
                "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().startsWith(UIDL_PREFIX)) {
            throw new IOException("UIDL answered " + answer.statusCode() + ": " + shorten(answer.body()));
        }
        JsonNode message = JSON.readTree(answer.body().substring(UIDL_PREFIX.length())).path(0);
        follow(message);
        if (message.has("meta") && message.path("meta").has("appError")) {
            throw new IOException("the server reported an error: " + shorten(message.toString()));
        }
        return message.path("changes");
    }

    /** A DOM event on a node, as Flow's client sends it (the event's data as a JSON object). */
    static String event(int node, String event, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":" + data + "}";
    }

    /** A property of a node synchronised to the server (feature 1: the element's properties). */
    static String propertySync(int node, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}";
    }

    /**
     * Opens the push WebSocket with the parameters Flow's Atmosphere client sends; {@code onMessage} gets every
     * whole push message (the UIDL text, {@code for(;;);[…]}) on the socket's thread.
     */
    void connectPush(Consumer<String> onMessage) {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + enc("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        URI uri = URI.create("ws://" + server.getAuthority() + "/VAADIN/push?" + query);
        push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(TIMEOUT)
                .buildAsync(uri, new AtmosphereFrames(message -> {
                    if (message.startsWith(UIDL_PREFIX)) {
                        followIds(message);
                        onMessage.accept(message);
                    }
                })).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Tells the server this UI is still open, as the client does every {@link #heartbeatSeconds()}. */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<Void> answer = http.send(request("heartbeat").POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
            throw new IOException("heartbeat answered " + answer.statusCode());
        }
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    @Override
    public void close() {
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }

    private HttpRequest.Builder request(String type) {
        return HttpRequest.newBuilder(server.resolve("?v-r=" + type + "&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Cookie", cookie);
    }

    private void follow(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
    }

    /** The server's ids from a push message, cheaply (the caller parses only what it needs). */
    private void followIds(String message) {
        Matcher sync = SYNC_ID.matcher(message);
        if (sync.find()) {
            syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
        }
    }

    private static String find(Pattern pattern, String text, String what) throws IOException {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("no " + what + " in the page");
        }
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /**
     * Atmosphere's framing with {@code X-Atmosphere-TrackMessageSize}: each message is {@code length|text}, the
     * length in UTF-16 units; a WebSocket frame may hold several messages or part of one. The first message is
     * Atmosphere's handshake ({@code trackingId|…}), which the listener ignores with the server's padding.
     */
    private static final class AtmosphereFrames implements WebSocket.Listener {

        private final Consumer<String> onMessage;
        private final StringBuilder pending = new StringBuilder();

        AtmosphereFrames(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            pending.append(data);
            while (true) {
                int bar = pending.indexOf("|");
                if (bar <= 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(pending, 0, bar, 10);
                } catch (NumberFormatException notFramed) {
                    onMessage.accept(pending.toString()); // a message without a length: pass it on whole
                    pending.setLength(0);
                    break;
                }
                if (pending.length() < bar + 1 + length) {
                    break; // the rest comes in the next frame
                }
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                onMessage.accept(message);
            }
            socket.request(1);
            return null;
        }
    }
}
