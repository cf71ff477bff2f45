package dev.genaiplayground.hostile;

import static dev.genaiplayground.hostile.Expect.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Malformed Vaadin messages inside live sessions (opened over plain HTTP, see {@link LiveUi}): garbage bodies,
 * wrong types for every field, unknown rpc types and nodes, forged events and property changes for the widgets'
 * real nodes with data no browser would send, and garbage to the heartbeat and bootstrap requests.
 *
 * <p>Every answer must be below 500 with no ERROR in the server log; a 1 MB body must be refused (413 or 400).
 */
final class VaadinAttacks {

    private static final String DEEP_ARRAY = "[".repeat(3000) + "]".repeat(3000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);

    private final HttpProbe probe;
    /** Lines that are worth knowing but are no failure (e.g. Vaadin answering "Internal error"). */
    final List<String> notes = new ArrayList<>();

    VaadinAttacks(HttpProbe probe) {
        this.probe = probe;
    }

    List<Category> all() {
        return List.of(protocol(), softmaxEvents(), attentionEvents(), heartbeat(), bootstrap());
    }

    // ---------------------------------------------------------------------------------------------------------------

    Category protocol() {
        return new Category("vaadin-protocol", "garbage UIDL messages in a live session", () -> {
            Session s = new Session("widgets/softmax", "");
            List<Case> cases = new ArrayList<>();
            for (String body : List.of("garbage", "{", "", "null", "[]", "\"text\"", "{}", "1e309", DEEP_ARRAY,
                    DEEP_OBJECT, "{\"csrfToken\":" + DEEP_ARRAY + "}", "\u0000\u0001\u0002", "{\"rpc\":[]}")) {
                cases.add(s.raw(Text.shorten(body, 40), ui -> ui.post(body)));
            }
            cases.add(s.raw("not UTF-8", ui -> ui.uidlRequest("uidl", Integer.toString(ui.uiId))
                    .body("application/json", new byte[] {(byte) 0xff, (byte) 0xfe, '{', (byte) 0xc3, '}'})));
            cases.add(s.raw("deep data", ui -> ui.message("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                    + "\"data\":" + DEEP_OBJECT + "}]")));
            cases.add(s.raw("deep rpc item", ui -> ui.message("[" + DEEP_ARRAY + "]")));
            // Wrong types for each field, the others right.
            for (String rpc : List.of("\"x\"", "5", "{}", "null", "true", "[[]]")) {
                cases.add(s.raw("rpc " + rpc, ui -> ui.messageWith(ui.key(), rpc, ui.sync(), ui.client())));
            }
            cases.add(s.raw("rpc missing", ui -> ui.messageWith(ui.key(), null, ui.sync(), ui.client())));
            for (String sync : List.of("\"x\"", "-5", "1e308", "null", "2147483648", "[]", "0.5")) {
                cases.add(s.raw("syncId " + sync, ui -> ui.messageWith(ui.key(), "[]", sync, ui.client())));
            }
            cases.add(s.raw("syncId missing", ui -> ui.messageWith(ui.key(), "[]", null, ui.client())));
            for (String client : List.of("\"x\"", "-1", "2147483648", "99", "null", "1.5", "{}")) {
                cases.add(s.raw("clientId " + client, ui -> ui.messageWith(ui.key(), "[]", ui.sync(), client)));
            }
            cases.add(s.raw("clientId missing", ui -> ui.messageWith(ui.key(), "[]", ui.sync(), null)));
            for (String csrf : List.of("5", "[]", "null", "\"wrong\"", "\"\"", "{}", LiveUi.json("x".repeat(10000)))) {
                cases.add(s.raw("csrfToken " + Text.shorten(csrf, 20),
                        ui -> ui.messageWith(csrf, "[]", ui.sync(), ui.client())));
            }
            cases.add(s.raw("csrfToken missing", ui -> ui.messageWith(null, "[]", ui.sync(), ui.client())));
            cases.add(s.raw("csrfToken missing, real event", ui -> ui.messageWith(null, "[{\"type\":\"event\","
                    + "\"node\":" + ui.nodeListeningTo("value-input") + ",\"event\":\"value-commit\",\"data\":{"
                    + "\"event.detail.index\":0,\"event.detail.value\":5}}]", ui.sync(), ui.client())));
            // rpc items of every wrong kind
            for (String item : List.of("1", "\"x\"", "null", "[]", "{}", "{\"type\":\"nope\"}", "{\"type\":5}",
                    "{\"type\":null,\"node\":1}", "{\"type\":\"event\"}", "{\"type\":\"event\",\"node\":1}",
                    "{\"type\":\"event\",\"node\":99999,\"event\":\"click\",\"data\":{}}",
                    "{\"type\":\"event\",\"node\":-1,\"event\":\"click\",\"data\":{}}",
                    "{\"type\":\"event\",\"node\":\"abc\",\"event\":\"click\",\"data\":{}}",
                    "{\"type\":\"event\",\"node\":1e20,\"event\":\"click\",\"data\":{}}",
                    "{\"type\":\"event\",\"node\":0,\"event\":\"click\",\"data\":{}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"click\",\"data\":[]}",
                    "{\"type\":\"event\",\"node\":1,\"event\":null,\"data\":null}",
                    "{\"type\":\"mSync\",\"node\":99999,\"feature\":1,\"property\":\"value\",\"value\":1}",
                    "{\"type\":\"mSync\",\"node\":1,\"feature\":999,\"property\":\"value\",\"value\":1}",
                    "{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":null,\"value\":1}",
                    "{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":\"innerHTML\","
                            + "\"value\":\"<img src=x onerror=_p=1>\"}",
                    "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"nope\","
                            + "\"templateEventMethodArgs\":[]}",
                    "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"connectClient\","
                            + "\"templateEventMethodArgs\":[1,2]}",
                    "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"leaveNavigation\","
                            + "\"templateEventMethodArgs\":null}",
                    "{\"type\":\"childrenUpdate\",\"node\":1,\"children\":[99999]}",
                    "{\"type\":\"attachExistingElement\",\"node\":1,\"attachReqId\":99999,\"attachTagName\":\"x\","
                            + "\"attachIndex\":-1}",
                    "{\"type\":\"attachExistingElementById\",\"node\":1,\"attachReqId\":1,\"attachId\":\"x\"}",
                    "{\"type\":\"channel\",\"node\":1,\"channel\":99999,\"args\":[]}",
                    "{\"type\":\"channel\",\"node\":1,\"channel\":\"x\",\"args\":5}",
                    "{\"type\":\"navigation\",\"location\":\"../../etc/passwd\"}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"../../etc/passwd\","
                            + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":null,"
                            + "\"query\":null,\"appShellTitle\":null,\"historyState\":null,\"trigger\":null}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"widgets/softmax\","
                            + "\"query\":\"%zz&logits=NaN\",\"appShellTitle\":\"\",\"historyState\":{},\"trigger\":\"\"}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"widgets/nope\","
                            + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{},\"trigger\":\"\"}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                            + LiveUi.json("w".repeat(10000)) + ",\"query\":\"\",\"appShellTitle\":\"\","
                            + "\"historyState\":{},\"trigger\":\"\"}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-leave-navigation\",\"data\":{\"route\":5}}",
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-refresh\",\"data\":{\"fullRefresh\":\"x\"}}")) {
                cases.add(s.event("rpc " + Text.shorten(item, 70), ui -> "[" + item + "]"));
            }
            cases.add(s.event("1000 rpc items", ui -> "[" + String.join(",", java.util.Collections.nCopies(1000,
                    "{\"type\":\"event\",\"node\":99999,\"event\":\"click\",\"data\":{}}")) + "]"));
            cases.add(s.raw("text/plain", ui -> ui.message("[]").header("Content-Type", "text/plain")));
            cases.add(s.raw("GET uidl", ui -> Request.get("/?v-r=uidl&v-uiId=" + ui.uiId).header("Cookie",
                    ui.cookie)));
            for (String id : List.of("99", "abc", "-1", "2147483648", "", "0x0")) {
                cases.add(s.raw("v-uiId=" + id, ui -> ui.uidlRequest("uidl", id).body("application/json",
                        "{\"csrfToken\":" + ui.key() + ",\"rpc\":[],\"syncId\":" + ui.syncId + ",\"clientId\":"
                                + ui.clientId + "}")));
            }
            cases.add(s.raw("no v-uiId", ui -> ui.uidlRequest("uidl", null).body("application/json", "{}")));
            cases.add(s.raw("no session", ui -> Request.method("POST", "/?v-r=uidl&v-uiId=0")
                    .body("application/json", "{\"csrfToken\":" + ui.key() + ",\"rpc\":[],\"syncId\":0,"
                            + "\"clientId\":0}")));
            cases.add(s.raw("unknown session", ui -> Request.method("POST", "/?v-r=uidl&v-uiId=0")
                    .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                    .body("application/json", "{\"rpc\":[]}")));
            cases.add(s.raw("replayed message", ui -> ui.messageWith(ui.key(), "[]", ui.sync(),
                    Integer.toString(ui.clientId - 1))));
            cases.add(s.raw("100 KB body", ui -> ui.post("{\"csrfToken\":" + ui.key() + ",\"rpc\":[],\"syncId\":"
                    + ui.syncId + ",\"clientId\":" + ui.clientId + ",\"pad\":\"" + "x".repeat(100 << 10) + "\"}")));
            cases.add(s.raw("1 MB body", ui -> ui.post("{\"csrfToken\":" + ui.key() + ",\"rpc\":[],\"syncId\":"
                    + ui.syncId + ",\"clientId\":" + ui.clientId + ",\"pad\":\"" + "x".repeat(1 << 20) + "\"}"))
                    .and(status(413, 400)).orDroppedConnection());
            cases.add(s.raw("1 MB garbage", ui -> ui.post("x".repeat(1 << 20))).and(status(413, 400))
                    .orDroppedConnection());
            return cases;
        });
    }

    Category softmaxEvents() {
        return new Category("vaadin-softmax-events", "forged events and property changes for the softmax widget's "
                + "real nodes", () -> {
                    Session s = new Session("widgets/softmax", "");
                    List<Case> cases = new ArrayList<>();
                    List<String> indexes = List.of("99", "-1", "2147483647", "-2147483648", "1e20", "0.5", "\"x\"",
                            "null", "true", "NaN", "[]");
                    List<String> values = List.of("\"NaN\"", "1e308", "-1e308", "\"abc\"", "null", "{}", "1e-320",
                            "\"Infinity\"", "100.0000001", "[]");
                    for (String event : List.of("value-input", "value-commit")) {
                        for (String index : indexes) {
                            cases.add(s.event(event + " index " + index,
                                    ui -> bars(ui, event, "\"event.detail.index\":" + number(index)
                                            + ",\"event.detail.value\":1")));
                        }
                        for (String value : values) {
                            cases.add(s.event(event + " value " + value,
                                    ui -> bars(ui, event, "\"event.detail.index\":0,\"event.detail.value\":"
                                            + number(value))));
                        }
                        cases.add(s.event(event + " no data", ui -> bars(ui, event, "")));
                    }
                    for (String label : List.of("123", "null", "\"\"", "\"   \"", LiveUi.json("x".repeat(10000)),
                            "\"<img src=x onerror=_p=1>\"", "\"\\u0000\"", "\"\\u202e\"", "\"dog\"", "{}")) {
                        cases.add(s.event("label-commit label " + Text.shorten(label, 30),
                                ui -> bars(ui, "label-commit", "\"event.detail.index\":0,\"event.detail.label\":"
                                        + label)));
                    }
                    cases.add(s.event("label-commit no label", ui -> bars(ui, "label-commit",
                            "\"event.detail.index\":0")));
                    cases.add(s.event("label-commit index 99", ui -> bars(ui, "label-commit",
                            "\"event.detail.index\":99,\"event.detail.label\":\"x\"")));
                    for (String index : List.of("2147483647", "-1", "1e10", "\"x\"", "null", "0", "0", "0")) {
                        cases.add(s.event("class-remove index " + index, ui -> bars(ui, "class-remove",
                                "\"event.detail.index\":" + index)));
                    }
                    cases.add(s.event("class-remove no data", ui -> bars(ui, "class-remove", "")));
                    for (String value : List.of("\"abc\"", "\"1e9\"", "\"-5\"", "\"\"", "\"99999999999\"", "null",
                            "5", "\"1.5\"")) {
                        cases.add(s.event("temperature slider value " + value,
                                ui -> sync(ui.nodeWithClass("temperature-slider"), "value", value)));
                    }
                    for (String value : List.of("\"NaN\"", "1e308", "\"abc\"", "-1", "null", "{}", "0", "1e-320")) {
                        cases.add(s.event("temperature field value " + value,
                                ui -> sync(ui.nodeWithTag("vaadin-number-field"), "value", value)));
                    }
                    for (String value : List.of("\"99\"", "\"-1\"", "\"abc\"", "null", "5")) {
                        cases.add(s.event("target select value " + value,
                                ui -> sync(ui.nodeWithTag("vaadin-select"), "value", value)));
                    }
                    return cases;
                });
    }

    Category attentionEvents() {
        return new Category("vaadin-attention-events", "forged events and property changes for the attention "
                + "widget's real nodes", () -> {
                    Session s = new Session("widgets/attention", "");
                    List<Case> cases = new ArrayList<>();
                    for (String[] cell : new String[][] {{"99", "0"}, {"-1", "0"}, {"0", "99"}, {"0", "-1"},
                        {"\"x\"", "0"}, {"null", "null"}, {"1e10", "0"}, {"2147483647", "2147483647"}}) {
                        cases.add(s.event("cell-focus row " + cell[0] + " col " + cell[1], ui -> event(
                                ui.nodeListeningTo("cell-focus"), "cell-focus", "\"event.detail.row\":" + cell[0]
                                        + ",\"event.detail.col\":" + cell[1])));
                    }
                    cases.add(s.event("cell-focus no data", ui -> event(ui.nodeListeningTo("cell-focus"),
                            "cell-focus", "")));
                    for (String[] cell : new String[][] {{"99", "0", "1"}, {"0", "99", "1"}, {"-1", "0", "1"},
                        {"0", "0", "1e308"}, {"0", "0", "\"NaN\""}, {"0", "0", "\"x\""}, {"0", "0", "null"},
                        {"2147483647", "0", "1"}, {"0", "0", "-1e308"}}) {
                        cases.add(s.event("cell-commit row " + cell[0] + " col " + cell[1] + " value " + cell[2],
                                ui -> event(ui.nodeListeningTo("cell-commit"), "cell-commit", "\"event.detail.row\":"
                                        + cell[0] + ",\"event.detail.col\":" + cell[1] + ",\"event.detail.value\":"
                                        + cell[2])));
                    }
                    for (String[] invalid : new String[][] {{"0", "0", null}, {"0", "0", "123"},
                        {"99", "99", "\"x\""}, {"0", "0", LiveUi.json("x".repeat(100 << 10))}}) {
                        cases.add(s.event("cell-invalid row " + invalid[0] + " text " + Text.shorten(invalid[2], 20),
                                ui -> event(ui.nodeListeningTo("cell-invalid"), "cell-invalid",
                                        "\"event.detail.row\":" + invalid[0] + ",\"event.detail.col\":" + invalid[1]
                                                + (invalid[2] == null ? "" : ",\"event.detail.text\":"
                                                + invalid[2]))));
                    }
                    for (String value : List.of(LiveUi.json("a,".repeat(5000)), LiveUi.json(",".repeat(1000)),
                            "\"\"", "\"<img src=x onerror=_p=1>,b,c,d\"", "null", "123", "{}",
                            LiveUi.json("\u0000,\u202e,\ufeff,\u00a0"))) {
                        cases.add(s.event("tokens field value " + Text.shorten(value, 30),
                                ui -> sync(ui.nodeWithTag("vaadin-text-field"), "value", value)));
                    }
                    for (String value : List.of("\"1e308\"", "\"NaN\"", "-5", "99", "\"abc\"", "null", "1.5")) {
                        cases.add(s.event("dimension field value " + value,
                                ui -> sync(ui.nodeWithTag("vaadin-integer-field"), "value", value)));
                    }
                    for (String value : List.of("\"maybe\"", "null", "5")) {
                        cases.add(s.event("checkbox checked " + value,
                                ui -> sync(ui.nodeWithTag("vaadin-checkbox"), "checked", value)));
                    }
                    for (String value : List.of("\"99\"", "\"-1\"", "\"abc\"")) {
                        cases.add(s.event("heads select value " + value,
                                ui -> sync(ui.nodeWithTag("vaadin-select"), "value", value)));
                    }
                    return cases;
                });
    }

    Category heartbeat() {
        return new Category("vaadin-heartbeat", "garbage to the heartbeat request", () -> {
            Session s = new Session("widgets/softmax", "");
            List<Case> cases = new ArrayList<>();
            for (String body : List.of("garbage", "", "{}", DEEP_ARRAY, "\u0000", "x".repeat(100 << 10))) {
                cases.add(s.raw("heartbeat body " + Text.shorten(body, 20),
                        ui -> ui.uidlRequest("heartbeat", Integer.toString(ui.uiId)).body("text/plain", body)));
            }
            cases.add(s.raw("heartbeat 1 MB", ui -> ui.uidlRequest("heartbeat", Integer.toString(ui.uiId))
                    .body("text/plain", "x".repeat(1 << 20))).and(status(413, 400)).orDroppedConnection());
            for (String id : List.of("99", "abc", "-1", "")) {
                cases.add(s.raw("heartbeat v-uiId=" + id, ui -> ui.uidlRequest("heartbeat", id)));
            }
            cases.add(s.raw("heartbeat no v-uiId", ui -> ui.uidlRequest("heartbeat", null)));
            cases.add(s.raw("heartbeat no session", ui -> Request.method("POST", "/?v-r=heartbeat&v-uiId=0")));
            cases.add(s.raw("heartbeat GET", ui -> Request.get("/?v-r=heartbeat&v-uiId=" + ui.uiId)
                    .header("Cookie", ui.cookie)));
            cases.add(s.raw("heartbeat PUT", ui -> Request.method("PUT", "/?v-r=heartbeat&v-uiId=" + ui.uiId)
                    .header("Cookie", ui.cookie)));
            return cases;
        });
    }

    Category bootstrap() {
        return new Category("vaadin-bootstrap", "garbage to Vaadin's init, push and other internal requests",
                () -> {
                    List<Case> cases = new ArrayList<>();
                    for (String location : List.of("..%2F..%2Fetc%2Fpasswd", "widgets%2Fnope", "javascript:alert(1)",
                            "%2F%2Fevil.example", Text.repeat("a", 10 << 10), "widgets%2Fsoftmax%00",
                            "%3Cimg%20src%3Dx%20onerror%3D_p%3D1%3E")) {
                        cases.add(Case.of(Request.get("/?v-r=init&location=" + location + "&query="),
                                status(200, 400, 404)));
                    }
                    cases.add(Case.of(Request.get("/?v-r=init&location=%zz&query=%zz").raw(), status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=init"), status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=init&location=widgets%2Fsoftmax&query=logits%3DNaN"),
                            status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=init&location=widgets%2Fsoftmax&query="
                            + "&v-browserDetails=garbage&v-tzo=NaN&v-wn=%00"), status(200, 400, 404)));
                    cases.add(Case.of(Request.method("POST", "/?v-r=init&location=").body("text/plain", "x"),
                            status(200, 400, 404, 405)));
                    cases.add(Case.of(Request.get("/VAADIN/push?X-Atmosphere-Transport=long-polling"),
                            status(200, 400, 403, 404, 501)));
                    cases.add(Case.of(Request.get("/VAADIN/push?X-Atmosphere-Transport=websocket&v-uiId=0"),
                            status(200, 400, 403, 404, 501)));
                    cases.add(Case.of(Request.method("POST", "/VAADIN/push?v-uiId=0&X-Atmosphere-Transport="
                            + "long-polling").body("text/plain", "garbage"), status(200, 400, 403, 404, 501)));
                    cases.add(Case.of(Request.get("/VAADIN/push").header("Upgrade", "websocket")
                            .header("Connection", "Upgrade").header("Sec-WebSocket-Version", "13")
                            .header("Sec-WebSocket-Key", "garbage").raw(), status(101, 400, 403, 404, 426, 501))
                            .orDroppedConnection());
                    cases.add(Case.of(Request.get("/?v-r=push"), status(200, 400, 403, 404, 501)));
                    cases.add(Case.of(Request.get("/?v-r=static&v-uiId=0"), status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=oldbrowser"), status(200, 400, 403, 404)));
                    cases.add(Case.of(Request.get("/?v-r=webcomponentProvider"), status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=javascriptBootstrap"), status(200, 400, 404)));
                    cases.add(Case.of(Request.get("/?v-r=uidl"), status(200, 400, 403, 404, 405)));
                    cases.add(Case.of(Request.get("/VAADIN/dynamic/resource/0/0/x"), status(200, 400, 403, 404)));
                    cases.add(Case.of(Request.get("/VAADIN/dynamic/resource/-1/..%2F..%2F/x"),
                            status(200, 400, 403, 404)));
                    cases.add(Case.of(Request.get("/?v-r=" + "x".repeat(4000)), status(400)));
                    return cases;
                });
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Cases that share one UI, opened on first use and re-opened if it could not be opened. */
    private final class Session {
        private final String route;
        private final String query;
        private LiveUi ui;

        Session(String route, String query) {
            this.route = route;
            this.query = query;
        }

        LiveUi ui() {
            if (ui == null || ui.problem != null || ui.stale()) {
                ui = LiveUi.open(probe, route, query);
            }
            return ui;
        }

        /** A request built from the live UI; its answer moves the message ids on. */
        Case raw(String label, Function<LiveUi, Request> request) {
            return new Case(() -> request.apply(ui()).labelled(label), List.of(setupProblem()), false,
                    x -> {
                        ui.absorb(x);
                        note(label, x);
                    });
        }

        /** A well-formed message (right key and ids) carrying the rpc array that {@code rpc} builds. */
        Case event(String label, Function<LiveUi, String> rpc) {
            return raw(label, live -> live.message(rpc.apply(live)));
        }

        private Expect.Check setupProblem() {
            return x -> {
                if (ui != null && ui.problem != null) {
                    return "setup: " + ui.problem;
                }
                String body = x.request().body == null ? ""
                        : new String(x.request().body, StandardCharsets.UTF_8);
                return body.contains("\"node\":-1,") && x.request().label != null
                        && !x.request().label.contains("-1") ? "setup: the node this case needs was not found in "
                        + "the UIDL of /" + route + (ui != null && ui.eager ? " (eager)" : " (init + navigate)")
                        : null;
            };
        }
    }

    private void note(String label, Exchange x) {
        if (x.body() != null && x.body().contains("\"appError\"")) {
            notes.add("[" + label + "] Vaadin answered 'Internal error' (appError) with HTTP " + x.status());
        }
    }

    private static String bars(LiveUi ui, String event, String data) {
        return event(ui.nodeListeningTo("value-input"), event, data);
    }

    private static String event(int node, String event, String data) {
        return "[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":{" + data + "}}]";
    }

    private static String sync(int node, String property, String value) {
        return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + value + "}]";
    }

    /** JSON has no NaN: send it as the literal a broken client might, NaN. */
    private static String number(String value) {
        return value;
    }
}
