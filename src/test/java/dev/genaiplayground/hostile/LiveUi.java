package dev.genaiplayground.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vaadin UI opened over plain HTTP, the way a browser would: GET the page (with eager server load its HTML carries
 * the initial UIDL: the security key, the UI id and the rendered nodes), or, when the page does not, ask
 * {@code ?v-r=init} and navigate with a {@code ui-navigate} event. It then builds messages with the session's cookie,
 * key and message ids, and follows the ids the server answers with.
 */
final class LiveUi {

    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CHANGE = Pattern.compile("\\{\"node\":(\\d+),[^{}]*\\}");

    final HttpProbe probe;
    final String route;
    final boolean eager;
    final String cookie;
    final String csrfToken;
    final int uiId;
    int syncId;
    int clientId;
    private boolean stale;
    /** Every UIDL change seen so far, for finding nodes. */
    private final StringBuilder uidl = new StringBuilder();
    /** Setup requests and why opening failed, if it did. */
    final List<Exchange> setup = new ArrayList<>();
    final String problem;

    private LiveUi(HttpProbe probe, String route, String query) {
        this.probe = probe;
        this.route = route;
        Exchange page = send(Request.get("/" + route + (query.isEmpty() ? "" : "?" + query)));
        setup.add(page);
        String sessionCookie = find(COOKIE, page.header("set-cookie")).map(v -> "JSESSIONID=" + v).orElse(null);
        Optional<String> key = find(KEY, page.body());
        this.eager = key.isPresent();
        String text;
        if (eager) {
            text = page.body();
        } else {
            Request init = Request.get("/?v-r=init&location=" + Text.enc(route) + "&query=" + Text.enc(query));
            Exchange started = send(sessionCookie == null ? init : init.header("Cookie", sessionCookie));
            setup.add(started);
            if (sessionCookie == null) {
                sessionCookie = find(COOKIE, started.header("set-cookie")).map(v -> "JSESSIONID=" + v).orElse(null);
            }
            key = find(KEY, started.body());
            text = started.body();
        }
        this.cookie = sessionCookie;
        this.csrfToken = key.orElse(null);
        this.uiId = find(UI_ID, text).map(Integer::parseInt).orElse(0);
        this.syncId = find(SYNC_ID, text).map(Integer::parseInt).orElse(0);
        this.clientId = find(CLIENT_ID, text).map(Integer::parseInt).orElse(0);
        uidl.append(text);
        if (csrfToken == null || cookie == null) {
            this.problem = "could not open a UI on /" + route + ": no " + (cookie == null ? "session cookie" : "")
                    + (csrfToken == null ? " security key" : "") + " in " + setup.get(setup.size() - 1).describe();
            return;
        }
        if (!eager) {
            // The page did not render the route on the server: navigate as Flow's client does after init.
            Exchange navigated = send(message("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                    + "\"route\":" + json(route) + ",\"query\":" + json(query) + ",\"appShellTitle\":\"\","
                    + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]"));
            setup.add(navigated);
            absorb(navigated);
        }
        this.problem = null;
    }

    static LiveUi open(HttpProbe probe, String route, String query) {
        return new LiveUi(probe, route, query);
    }

    /** A UIDL request carrying {@code rpcArray} with this UI's key and the next message ids. */
    Request message(String rpcArray) {
        return post("{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpcArray + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}");
    }

    /** A message whose fields are given as raw JSON text (any of them may be garbage). */
    Request messageWith(String csrf, String rpc, String sync, String client) {
        StringBuilder body = new StringBuilder("{");
        append(body, "csrfToken", csrf);
        append(body, "rpc", rpc);
        append(body, "syncId", sync);
        append(body, "clientId", client);
        return post(body.append('}').toString());
    }

    /** The current values as JSON text, for {@link #messageWith}. */
    String key() {
        return json(csrfToken);
    }

    String sync() {
        return Integer.toString(syncId);
    }

    String client() {
        return Integer.toString(clientId);
    }

    Request post(String body) {
        return uidlRequest("uidl", Integer.toString(uiId)).body("application/json; charset=UTF-8", body);
    }

    Request uidlRequest(String type, String ui) {
        Request request = Request.method("POST", "/?v-r=" + type + (ui == null ? "" : "&v-uiId=" + ui));
        return cookie == null ? request : request.header("Cookie", cookie);
    }

    /**
     * Follows the ids in a UIDL answer and remembers its nodes. An answer without the next client id (an error, a
     * refusal) leaves the ids unknown: the UI is then stale and the next case opens a fresh one.
     */
    void absorb(Exchange answer) {
        String body = answer.body();
        Optional<Integer> next = body == null || !body.startsWith("for(;;);") ? Optional.empty()
                : find(CLIENT_ID, body).map(Integer::parseInt).filter(id -> id >= 0);
        if (answer.status() != 200 || next.isEmpty()) {
            stale = true;
            return;
        }
        find(SYNC_ID, body).map(Integer::parseInt).filter(id -> id >= 0).ifPresent(id -> syncId = id);
        clientId = next.get();
        uidl.append(body);
    }

    /** Whether the message ids may no longer match the server's (see {@link #absorb}). */
    boolean stale() {
        return stale;
    }

    Exchange send(Request request) {
        return probe.send(request);
    }

    /** The node whose element has this tag, e.g. logit-bars. */
    int nodeWithTag(String tag) {
        return node(change -> change.contains("\"key\":\"tag\"") && change.contains("\"value\":" + json(tag)));
    }

    /** The node that listens to this DOM event (a server-side listener), e.g. cell-focus. */
    int nodeListeningTo(String event) {
        return node(change -> change.contains("\"type\":\"put\"") && change.contains("\"key\":" + json(event))
                && !change.contains("\"value\":" + json(event)));
    }

    /** The node with this class name, e.g. temperature-slider. */
    int nodeWithClass(String className) {
        return node(change -> change.contains("\"type\":\"splice\"") && change.contains("\"add\":[")
                && change.contains(json(className)));
    }

    private int node(java.util.function.Predicate<String> change) {
        Matcher matcher = CHANGE.matcher(uidl);
        while (matcher.find()) {
            if (change.test(matcher.group())) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return -1;
    }

    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void append(StringBuilder body, String name, String rawJson) {
        if (rawJson == null) {
            return; // the field is left out
        }
        if (body.length() > 1) {
            body.append(',');
        }
        body.append('"').append(name).append("\":").append(rawJson);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
