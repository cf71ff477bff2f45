package dev.genaiplayground.hostile;

import static dev.genaiplayground.hostile.Expect.accepted;
import static dev.genaiplayground.hostile.Expect.either;
import static dev.genaiplayground.hostile.Expect.notFoundPage;
import static dev.genaiplayground.hostile.Expect.refused;
import static dev.genaiplayground.hostile.Expect.status;
import static dev.genaiplayground.hostile.Text.enc;

import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile requests against pages, by category: each category is a small table of inputs crossed with the places
 * they can go (a setting of each widget, a path, a header). Expectations follow the app's documented rules: a value
 * that is not a plain decimal number is refused with a message naming its setting; a value the rules may accept or
 * refuse is checked only for a readable outcome.
 */
final class PageAttacks {

    static final String SOFTMAX = "/widgets/softmax";
    static final String ATTENTION = "/widgets/attention";
    static final String SOFTMAX_MARK = "softmax-widget";
    static final String ATTENTION_MARK = "attention-widget";

    /**
     * Not plain decimal numbers: refused wherever a number goes. ('−1', with the minus sign the app's tables show,
     * is a number: the app reads it as -1.)
     */
    static final List<String> BAD_NUMBERS = List.of("NaN", "nan", "Infinity", "-Infinity", "+Infinity", "Inf", "∞",
            "1e309", "-1e309", "1e99999999999", "0x10", "0x1p3", "1_000", "1e", "e5", ".", "-", "--1", "1.2.3", "2d",
            "1L", "0b101", "1 2", "1e3e3", "−−1", "½", "1/2", "%", "null", "true", "[1]", "1e+", "", " ");
    /** Digits of other scripts: a widget may read them as numbers or refuse them, but must say which. */
    static final List<String> OTHER_DIGITS = List.of("١", "١٢٣", "۳", "१", "１", "๑");
    /** Plain numbers at the edges: valid syntax; range rules decide. */
    static final List<String> EDGE_NUMBERS = List.of("-0", "0", "+5", ".5", "5.", "00005", "1E2", "1e+2", "1e-400",
            "-1e2", "99.99999999999999999", "4.9e-324", "100.00000000000001", "1e-99999999999");

    private final Map<String, String> softmax = StateCodec.of(SoftmaxState.class).toSettings(SoftmaxState.defaults());
    private final Map<String, String> attention =
            StateCodec.of(AttentionState.class).toSettings(AttentionState.defaults());
    private final int port;

    PageAttacks(int port) {
        this.port = port;
    }

    List<Category> all() {
        return List.of(numbers(), shapes(), settings(), percentEscapes(), oversized(), controlCharacters(),
                scripts(), markup(), paths(), methods(), framing());
    }

    // ---------------------------------------------------------------------------------------------------------------

    Category numbers() {
        return new Category("numbers", "malformed and extreme numbers in every numeric setting", () -> {
            List<Case> cases = new ArrayList<>();
            for (String n : BAD_NUMBERS) {
                cases.add(Case.of(get(SOFTMAX, "logits", n + ",1,0.1"), refused("logits", SOFTMAX_MARK)));
                cases.add(Case.of(get(SOFTMAX, "temperature", n), refused("temperature", SOFTMAX_MARK)));
                cases.add(Case.of(get(ATTENTION, "q", firstCell(attention.get("q"), n)),
                        refused("q", ATTENTION_MARK)));
                cases.add(Case.of(get(ATTENTION, "heads", n), refused("heads", ATTENTION_MARK)));
            }
            for (String n : OTHER_DIGITS) {
                cases.add(Case.of(get(SOFTMAX, "logits", n + ",1,0.1"), either("logits")));
                cases.add(Case.of(get(SOFTMAX, "target", n), either("target")));
                cases.add(Case.of(get(ATTENTION, "k", firstCell(attention.get("k"), n)), either("k")));
            }
            for (String n : EDGE_NUMBERS) {
                cases.add(Case.of(get(SOFTMAX, "logits", n + ",1,0.1"), either("logits")));
                cases.add(Case.of(get(ATTENTION, "v", firstCell(attention.get("v"), n)), either("v")));
            }
            // An invisible character inside a number.
            for (String x : List.of("\u200b", "\ufeff", "\u00a0", "\u0000", "\u202e", "\t")) {
                cases.add(Case.of(get(SOFTMAX, "logits", "1" + x + ",1,0.1"), either("logits")));
            }
            // "1,5" is two numbers in a list and no number at all in a single value.
            cases.add(Case.of(get(SOFTMAX, "logits", "1,5", "labels", "a,b"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "temperature", "1,5"), refused("temperature", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "target", "1,5"), refused("target", SOFTMAX_MARK)));
            cases.add(Case.of(get(ATTENTION, "heads", "1,5"), refused("heads", ATTENTION_MARK)));
            for (String n : List.of("NaN", "1e309", "0x10", "", "½")) {
                cases.add(Case.of(get(SOFTMAX, "target", n), refused("target", SOFTMAX_MARK)));
            }
            cases.add(Case.of(get(SOFTMAX, "target", "2147483648"), refused("target", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "target", "-2147483649"), refused("target", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "target", "1.0"), refused("target", SOFTMAX_MARK)));
            cases.add(Case.of(get(ATTENTION, "heads", "99999999999999999999"), refused("heads", ATTENTION_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "-0,0,0"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "1e2,-1e2,0"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "1000,1001,1002"), refused("logits", SOFTMAX_MARK)));
            return cases;
        });
    }

    Category shapes() {
        return new Category("shapes", "wrong counts, ragged matrices, too many tokens", () -> {
            String q = attention.get("q");
            List<Case> cases = new ArrayList<>();
            cases.add(Case.of(get(ATTENTION, "tokens", "a,b,c"), refused("tokens|q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "tokens", "a,b,c,d,e"), refused("tokens|q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "tokens", "a"), refused("tokens", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "tokens", ""), refused("tokens", ATTENTION_MARK)));
            cases.add(Case.of(attention(17, 4, 1), refused("tokens", ATTENTION_MARK)));
            cases.add(Case.of(attention(64, 4, 1), refused("tokens", ATTENTION_MARK)));
            cases.add(Case.of(attention(16, 4, 1), accepted(ATTENTION_MARK)));
            cases.add(Case.of(attention(4, 16, 4), accepted(ATTENTION_MARK)));
            cases.add(Case.of(attention(4, 17, 1), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(attention(4, 3, 2), refused("heads", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", dropLast(q, 2)), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q + ",5"), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q + ";"), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q.replaceFirst(";", ";;")), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", ";;;"), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", ""), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", ","), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "k", "1,0;0,1;1,0;0,1"), refused("k", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "v", q + ";" + q.split(";")[0]), refused("v", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q.replace("2", "101")), refused("q", ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q.replace("2", "1e2")), accepted(ATTENTION_MARK)));
            cases.add(Case.of(get(ATTENTION, "q", q.replace(';', ',')), refused("q", ATTENTION_MARK)));
            for (String heads : List.of("0", "3", "5", "-1", "4096")) {
                cases.add(Case.of(get(ATTENTION, "heads", heads), refused("heads", ATTENTION_MARK)));
            }
            for (String flag : List.of("scaled", "causal")) {
                for (String value : List.of("yes", "1", "", "on", "truee")) {
                    cases.add(Case.of(get(ATTENTION, flag, value), refused(flag, ATTENTION_MARK)));
                }
                cases.add(Case.of(get(ATTENTION, flag, "TRUE"), accepted(ATTENTION_MARK)));
            }
            cases.add(Case.of(get(SOFTMAX, "logits", "1"), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(softmax(13), refused("logits|labels", SOFTMAX_MARK)));
            cases.add(Case.of(softmax(12), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(softmax(1000), refused("logits|labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "1,2,3,4"), refused("labels|logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "a,b"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "a,b,c,d"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "cat,cat,bird"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "cat, cat ,bird"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", ",,"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "a,,c"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", " , , "), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", ""), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", Text.repeat("a", 25) + ",b,c"), refused("labels", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", Text.repeat("a", 24) + ",b,c"), accepted(SOFTMAX_MARK)));
            for (String target : List.of("3", "-1", "12", "2147483647")) {
                cases.add(Case.of(get(SOFTMAX, "target", target), refused("target", SOFTMAX_MARK)));
            }
            for (String t : List.of("0", "0.04", "10.01", "-1", "1e-9")) {
                cases.add(Case.of(get(SOFTMAX, "temperature", t), refused("temperature", SOFTMAX_MARK)));
            }
            cases.add(Case.of(get(SOFTMAX, "temperature", "0.05"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "temperature", "10"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "101,0,0"), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "100,-100,0"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "1;2;3"), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", ",1,2"), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", "1,2,"), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "logits", ""), refused("logits", SOFTMAX_MARK)));
            cases.add(Case.of(get(SOFTMAX, "labels", "a%2Cb,c,d"), accepted(SOFTMAX_MARK)));
            return cases;
        });
    }

    Category settings() {
        return new Category("settings", "unknown, duplicate, reserved and look-alike setting names", () -> {
            List<Case> cases = new ArrayList<>();
            cases.add(Case.of(Request.get(SOFTMAX + "?logits=1,2,3&logits=3,4,5"), either("logits")));
            cases.add(Case.of(Request.get(SOFTMAX + "?target=9&target=0"), either("target")));
            cases.add(Case.of(Request.get(SOFTMAX + "?target=0&target=9"), either("target")));
            cases.add(Case.of(Request.get(ATTENTION + "?heads=2&heads=3"), either("heads")));
            cases.add(Case.of(Request.get(ATTENTION + "?tokens=a,b&tokens=the,cat,sat,down"), either("tokens|q")));
            cases.add(Case.of(Request.get(SOFTMAX + "?=1"), either(null)));
            cases.add(Case.of(Request.get(SOFTMAX + "?=&=&="), either(null)));
            cases.add(Case.of(Request.get(SOFTMAX + "?logits"), either("logits")));
            cases.add(Case.of(Request.get(SOFTMAX + "?logits&labels&target"), either("logits|labels|target")));
            cases.add(Case.of(Request.get(SOFTMAX + "?&&&"), either(null)));
            cases.add(Case.of(Request.get(SOFTMAX + "?"), accepted(SOFTMAX_MARK)));
            cases.add(Case.of(Request.get(SOFTMAX + "?logits%20=1,2,3"), either("logits")));
            cases.add(Case.of(Request.get(SOFTMAX + "?%20logits=1,2,3"), either("logits")));
            cases.add(Case.of(Request.get(SOFTMAX + "?logits=1,2,3;labels=a,b,c"), either("logits")));
            List<String> unknown = List.of("foo", "Logits", "LOGITS", "logit", "__proto__", "constructor",
                    "toString", "hasOwnProperty", "class", "getClass", "hashCode", "equals", "size", "defaults",
                    "withLogit", "probabilities", "loss", "q", "tokens", "logits[]", "logits[0]", "logits.0",
                    "labels.length");
            for (String name : unknown) {
                cases.add(Case.of(Request.get(SOFTMAX + "?" + enc(name) + "=1"), refused(name, SOFTMAX_MARK)));
            }
            for (String name : List.of("logits", "labels", "d", "dimension", "tokenCount", "matrix", "weights",
                    "Q", "heads ", "causal\u0000")) {
                cases.add(Case.of(Request.get(ATTENTION + "?" + enc(name) + "=1"),
                        refused(name.replaceAll("[\\s\\x00]", ""), ATTENTION_MARK)));
            }
            for (String name : List.of("_hide", "_theme", "embed", "v-uiId", "v-wn", "location", "jsessionid")) {
                cases.add(Case.of(Request.get(SOFTMAX + "?" + name + "=1"), either(null)));
            }
            cases.add(Case.of(Request.get("/?v-r=x"), status(400)));
            for (String vr : List.of("", "X", "UIDL", "uidl", "heartbeat", "init", "push", "event", "static",
                    "oldbrowser", "webcomponentProvider", "..%2F..")) {
                cases.add(Case.of(Request.get(SOFTMAX + "?v-r=" + vr),
                        status(200, 400, 403, 404, 405)));
            }
            cases.add(Case.of(Request.get("/?v-r=x&v-uiId=0"), status(400)));
            cases.add(Case.of(Request.get("/?v-r=%00"), status(400)));
            return cases;
        });
    }

    Category percentEscapes() {
        return new Category("percent-escapes", "malformed percent escapes are taken literally", () -> List.of(
                Case.of(raw(SOFTMAX + "?labels=%,b,c"), accepted(SOFTMAX_MARK), shows("%")),
                Case.of(raw(SOFTMAX + "?labels=%zz,b,c"), accepted(SOFTMAX_MARK), shows("%zz")),
                Case.of(raw(SOFTMAX + "?labels=a%,b,c"), accepted(SOFTMAX_MARK), shows("a%")),
                Case.of(raw(SOFTMAX + "?labels=%2,b,c"), accepted(SOFTMAX_MARK), shows("%2")),
                Case.of(raw(SOFTMAX + "?labels=%%%,b,c"), accepted(SOFTMAX_MARK), shows("%%%")),
                Case.of(raw(SOFTMAX + "?labels=%u0041,b,c"), accepted(SOFTMAX_MARK)),
                Case.of(raw(SOFTMAX + "?labels=%E2%82,b,c"), either("labels")),
                Case.of(raw(SOFTMAX + "?labels=%C0%AF,b,c"), either("labels")),
                Case.of(raw(SOFTMAX + "?labels=%FF,b,c"), either("labels")),
                Case.of(raw(SOFTMAX + "?labels=%ED%A0%80,b,c"), either("labels")),
                Case.of(raw(SOFTMAX + "?logits=1%,2,3"), refused("logits", SOFTMAX_MARK)),
                Case.of(raw(SOFTMAX + "?%zz=1"), refused("%zz", SOFTMAX_MARK)),
                Case.of(raw(SOFTMAX + "?%=1"), refused("%", SOFTMAX_MARK)),
                Case.of(raw(SOFTMAX + "?labels=a,b,c&%"), either(null)),
                Case.of(raw(SOFTMAX + "?labels%zz=a"), either(null)),
                Case.of(raw(ATTENTION + "?tokens=%,b,c,d"), accepted(ATTENTION_MARK), shows("%")),
                Case.of(raw(ATTENTION + "?tokens=%zz,%g,%%,%1"), accepted(ATTENTION_MARK), shows("%zz")),
                Case.of(raw(ATTENTION + "?heads=%"), refused("heads", ATTENTION_MARK)),
                Case.of(raw("/widgets/%"), status(400, 404)),
                Case.of(raw("/widgets/%zz"), status(400, 404)),
                Case.of(raw("/%"), status(400, 404)),
                Case.of(raw("/lessons/%zz"), status(400, 404))));
    }

    Category oversized() {
        return new Category("oversized", "values of 1 KB, 10 KB, 100 KB and 1 MB in queries, paths, headers, bodies",
                () -> {
                    List<Case> cases = new ArrayList<>();
                    for (int size : new int[] {1 << 10, 10 << 10, 100 << 10, 1 << 20}) {
                        String label = Text.size(size);
                        cases.add(big(label, SOFTMAX + "?labels=" + Text.repeat("a", size) + ",b,c",
                                Expect.oversizedQuery("labels", SOFTMAX_MARK)));
                        cases.add(big(label, SOFTMAX + "?logits=" + Text.repeat("1,", size),
                                Expect.oversizedQuery("logits", SOFTMAX_MARK)));
                        cases.add(big(label, ATTENTION + "?tokens=" + Text.repeat("ab,", size),
                                Expect.oversizedQuery("tokens", ATTENTION_MARK)));
                        cases.add(big(label, ATTENTION + "?q=" + Text.repeat("0,0,0,0;", size),
                                Expect.oversizedQuery("q", ATTENTION_MARK)));
                        cases.add(big(label, SOFTMAX + "?" + Text.repeat("x", size) + "=1",
                                Expect.oversizedQuery(null, SOFTMAX_MARK)));
                        cases.add(big(label, "/widgets/" + Text.repeat("a", size), status(404, 400, 414, 431)));
                        cases.add(Case.of(Request.get(SOFTMAX).header("X-Big", Text.repeat("a", size)).raw()
                                .labelled(label + " header"), status(200, 400, 431)).orDroppedConnection());
                        cases.add(Case.of(Request.get(SOFTMAX).header("Cookie", "a=" + Text.repeat("b", size)).raw()
                                .labelled(label + " cookie"), status(200, 400, 431)).orDroppedConnection());
                        cases.add(Case.of(Request.method("POST", SOFTMAX)
                                .body("application/x-www-form-urlencoded", "logits=" + Text.repeat("1", size))
                                .raw().labelled(label + " body"), status(405, 400, 404, 413, 501))
                                .orDroppedConnection());
                    }
                    return cases;
                });
    }

    Category controlCharacters() {
        return new Category("control-characters", "control and invisible characters in every text setting", () -> {
            // name, percent-encoded form (so that invalid UTF-8 can be sent as well)
            List<String[]> samples = new ArrayList<>();
            for (String[] s : new String[][] {{"NUL", "\u0000"}, {"SOH", "\u0001"}, {"BEL", "\u0007"},
                    {"BS", "\b"}, {"TAB", "\t"}, {"LF", "\n"}, {"CR", "\r"}, {"CRLF header", "\r\nX-Injected: 1"},
                    {"ANSI escape", "\u001b[31mred"}, {"DEL", "\u007f"}, {"C1 NEL", "\u0085"},
                    {"zero-width space", "\u200b"}, {"ZWJ", "\u200d"}, {"BOM", "\ufeff"}, {"RLO", "\u202e"},
                    {"RLO text", "\u202eolleh"}, {"LRE", "\u202a"}, {"line separator", "\u2028"},
                    {"NBSP only", "\u00a0"}, {"NBSP x3", "\u00a0\u00a0\u00a0"}, {"ideographic space", "\u3000"},
                    {"noncharacter", "\uffff"}, {"replacement", "\ufffd"}, {"tag character", "\udb40\udc01"},
                    {"combining x30", "a" + "\u0301".repeat(30)}, {"emoji", "\ud83d\ude00"}}) {
                samples.add(new String[] {s[0], enc(s[1])});
            }
            samples.add(new String[] {"lone surrogate (UTF-8)", "%ED%A0%80"});
            samples.add(new String[] {"overlong slash", "%C0%AF"});
            samples.add(new String[] {"invalid byte", "%FF"});
            samples.add(new String[] {"truncated UTF-8", "%E2%82"});
            List<Case> cases = new ArrayList<>();
            for (String[] s : samples) {
                String x = s[1];
                cases.add(Case.of(Request.get(SOFTMAX + "?labels=" + x + ",dog,bird").labelled(s[0] + " label"),
                        either("labels"), Expect.headerLacks("X-Injected")));
                cases.add(Case.of(Request.get(ATTENTION + "?tokens=" + x + ",cat,sat,down")
                        .labelled(s[0] + " token"), either("tokens"), Expect.headerLacks("X-Injected")));
                cases.add(Case.of(Request.get(SOFTMAX + "?a" + x + "=1").labelled(s[0] + " in a name"),
                        either(null), Expect.headerLacks("X-Injected")));
            }
            // Unencoded control bytes in the request line: the server refuses them (400) or reads them as text.
            for (String[] s : new String[][] {{"raw NUL", "\u0000"}, {"raw TAB", "\t"}, {"raw CR", "\r"},
                    {"raw DEL", "\u007f"}, {"raw space", " "}, {"raw quote", "\""}, {"raw angle", "<b>"},
                    {"raw braces", "{|}^`"}, {"raw backslash", "\\"}, {"raw 0xFF", "\u00ff"}, {"raw ESC", "\u001b"},
                    {"raw BS", "\b"}}) {
                cases.add(Case.of(Request.wire(s[0], "GET " + SOFTMAX + "?labels=a" + s[1] + ",b,c HTTP/1.1\r\n"
                        + "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"), status(200, 400))
                        .orDroppedConnection());
            }
            return cases;
        });
    }

    Category scripts() {
        return new Category("scripts", "mixed scripts, look-alikes and digits of other scripts in text settings",
                () -> {
                    List<Case> cases = new ArrayList<>();
                    String[][] distinct = {{"猫", "犬", "鳥"}, {"قطة", "كلب", "طائر"}, {"кот", "собака", "птица"},
                        {"חתול", "כלב", "ציפור"}, {"แมว", "หมา", "นก"}, {"बिल्ली", "कुत्ता", "पक्षी"},
                        {"🐱", "🐶", "🐦"}, {"١", "٢", "٣"}, {"𝟙", "𝟚", "𝟛"}, {"שלום1", "a١b", "x²"},
                        {"👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇮"}};
                    for (String[] labels : distinct) {
                        String joined = String.join(",", labels);
                        cases.add(Case.of(get(SOFTMAX, "labels", joined), accepted(SOFTMAX_MARK), shows(labels[0])));
                        cases.add(Case.of(get(ATTENTION, "tokens", joined + ",end"), accepted(ATTENTION_MARK),
                                shows(labels[0])));
                    }
                    // Look-alikes: distinct code points that may read as the same name (the Ohm sign is the
                    // letter Omega after Unicode normalisation, so the app takes them as one name).
                    String[][] lookAlike = {{"cat", "сat", "bird"}, {"fish", "ﬁsh", "bird"},
                        {"\u2126", "\u03a9", "\u212b"},
                        {"\u00c5", "A\u030a", "b"}, {"a", "a\u200b", "b"}, {"a", "a\u00a0", "b"}, {"A", "Ａ", "b"},
                        {"cat", "CAT", "Cat"}};
                    for (String[] labels : lookAlike) {
                        cases.add(Case.of(get(SOFTMAX, "labels", String.join(",", labels)), either("labels")));
                        cases.add(Case.of(get(ATTENTION, "tokens", String.join(",", labels) + ",end"),
                                either("tokens")));
                    }
                    // Long in characters, short on screen, or the other way round.
                    cases.add(Case.of(get(SOFTMAX, "labels", "🐱".repeat(13) + ",b,c"), either("labels")));
                    cases.add(Case.of(get(SOFTMAX, "labels", "🐱".repeat(12) + ",b,c"), either("labels")));
                    cases.add(Case.of(get(SOFTMAX, "labels", "e\u0301".repeat(13) + ",b,c"), either("labels")));
                    cases.add(Case.of(get(SOFTMAX, "labels", "﷽".repeat(24) + ",b,c"), either("labels")));
                    cases.add(Case.of(get(ATTENTION, "tokens", "𒐫".repeat(12) + ",b,c,d"), either("tokens")));
                    return cases;
                });
    }

    /** HTML and script payloads in every text setting and in paths (short ones fit a 24-character label). */
    static final List<String> SHORT_PAYLOADS = List.of("<img src=x onerror=_p=1>", "<svg onload=_p=1>",
            "<iframe onload=_p=1>", "<b>bold</b>", "\"><script>_p=1</script>", "javascript:_p=1", "'-_p=1-'",
            "${_p=1}", "{{_p=1}}", "<style onload=_p=1>", "&lt;b&gt;", "<!--", "]]>", "\\u003cb\\u003e");
    static final List<String> LONG_PAYLOADS = List.of("<img src=x onerror=window.__pwned=1>",
            "<svg onload=window.__pwned=1>", "<iframe onload=window.__pwned=1>",
            "\"><script>window.__pwned=1</script>", "</script><script>window.__pwned=1</script>",
            "javascript:window.__pwned=1");

    Category markup() {
        return new Category("markup", "HTML and script in every text setting and in paths", () -> {
            List<Case> cases = new ArrayList<>();
            for (String p : SHORT_PAYLOADS) {
                cases.add(Case.of(get(SOFTMAX, "labels", labelText(p) + ",dog,bird"), either("labels")));
                cases.add(Case.of(get(ATTENTION, "tokens", labelText(p) + ",cat,sat,down"), either("tokens")));
            }
            for (String p : LONG_PAYLOADS) {
                cases.add(Case.of(get(SOFTMAX, "labels", labelText(p) + ",dog,bird"),
                        refused("labels", SOFTMAX_MARK)));
                cases.add(Case.of(get(ATTENTION, "tokens", labelText(p) + ",cat,sat,down"),
                        refused("tokens", ATTENTION_MARK)));
                cases.add(Case.of(get(SOFTMAX, "temperature", p), refused("temperature", SOFTMAX_MARK)));
            }
            for (String p : concat(SHORT_PAYLOADS, LONG_PAYLOADS)) {
                cases.add(Case.of(Request.get(SOFTMAX + "?" + enc(p) + "=1"), refused(null, SOFTMAX_MARK)));
                String path = enc(p).replace("%2F", "/");
                cases.add(Case.of(Request.get("/widgets/" + path), status(404, 400)));
                cases.add(Case.of(Request.get("/" + path), status(404, 400)));
            }
            for (String p : LONG_PAYLOADS) {
                cases.add(Case.of(Request.get("/lessons/" + enc(p).replace("%2F", "/")), status(404, 400)));
            }
            return cases;
        });
    }

    Category paths() {
        return new Category("paths", "unknown ids, traversal, encodings and odd request targets", () -> {
            List<Case> cases = new ArrayList<>();
            for (String path : List.of("/widgets/nope", "/widgets/softmax/extra", "/widgets/softmax/extra/more",
                    "/lessons/nope", "/lessons/softmax-cross-entropy/extra", "/nope", "/nope/deeper",
                    "/widgets/%E2%80%AE", "/widgets/soft%E2%80%8Bmax",
                    "/widgets/%2500", "/lessons/ATTENTION",
                    "/widgets/softmax.json", "/widgets/softmax~", "/lessons/attention.md")) {
                cases.add(Case.of(Request.get(path), notFoundPage()));
            }
            cases.add(Case.of(Request.get("/error"), status(404)));
            cases.add(Case.of(Request.get("/error?status=500"), status(404)));
            cases.add(Case.of(Request.get("/error/"), status(404)));
            cases.add(Case.of(Request.method("HEAD", "/error"), status(404)));
            cases.add(Case.of(Request.get("/widgets/SOFTMAX"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/softmax%20"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/%20"), status(200, 404)));
            cases.add(Case.of(Request.get("/WIDGETS/softmax"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/soft%6Dax"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/softmax/"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/"), status(200, 404)));
            cases.add(Case.of(Request.get("/lessons/"), status(200, 404)));
            cases.add(Case.of(Request.get("/lessons"), status(200, 404)));
            cases.add(Case.of(Request.get("/widgets/softmax;jsessionid=x"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("/widgets/;jsessionid=x"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("/widgets;a=b/softmax"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("//widgets"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("///widgets/softmax"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("/./widgets/./softmax"), status(200, 400, 404)));
            cases.add(Case.of(Request.get("/widgets/softmax/.."), status(200, 400, 404)));
            for (String path : List.of("/widgets/..%2F..%2Fetc%2Fpasswd", "/widgets/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                    "/widgets/%00", "/widgets/softmax%00", "/widgets/softmax%00.html", "/widgets/%2e%2e",
                    "/widgets/..;/..;/etc/passwd", "/widgets/..%252F..%252Fetc%252Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/widgets/%C0%AF", "/widgets/%FF",
                    "/widgets/../../../../etc/passwd", "/../../../../etc/passwd", "/widgets\\softmax",
                    "/widgets/..\\..\\etc\\passwd", "/widgets/softmax#frag", "/VAADIN/../application.properties",
                    "/VAADIN/%2e%2e/application.properties", "/VAADIN/build/..%2F..%2Fapplication.properties",
                    "/VAADIN/static/../../WEB-INF/web.xml", "/VAADIN/..%5C..%5Capplication.properties",
                    "/frontend/../pom.xml", "/actuator/health/..%2Fenv", "/actuator/health;/../env",
                    "/actuator/health/%2e%2e/env", "/content/../application.properties")) {
                cases.add(Case.of(raw(path), status(400, 404)));
            }
            for (String path : List.of("/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/.git/config",
                    "/application.properties", "/pom.xml", "/content/lessons/attention.md", "/actuator/env",
                    "/actuator/heapdump", "/actuator/beans", "/actuator/configprops", "/actuator/loggers",
                    "/VAADIN/nope.js", "/VAADIN/config/stats.json", "/VAADIN/../../pom.xml")) {
                cases.add(Case.of(Request.get(path), status(400, 401, 403, 404)));
            }
            for (String path : List.of("/actuator/health", "/actuator", "/VAADIN/", "/VAADIN/push", "/sw.js",
                    "/manifest.webmanifest", "/favicon.ico", "/robots.txt", "/frontend/logit-bars.js",
                    "/index.html", "/offline.html", "/VAADIN/build/", "/VAADIN/dynamic/resource/0/x/y")) {
                cases.add(Case.of(Request.get(path), status(200, 204, 301, 302, 304, 400, 401, 403, 404)));
            }
            cases.add(Case.of(Request.wire("target *", "GET * HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n"), status(400, 404)).orDroppedConnection());
            cases.add(Case.of(Request.wire("absolute-form target", "GET http://127.0.0.1:" + port + SOFTMAX
                    + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"), status(200, 400)));
            cases.add(Case.of(Request.wire("absolute-form, other host", "GET http://evil.example/widgets/softmax"
                    + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"), status(200, 400)));
            cases.add(Case.of(Request.wire("no leading slash", "GET widgets/softmax HTTP/1.1\r\nHost: 127.0.0.1:"
                    + port + "\r\nConnection: close\r\n\r\n"), status(400, 404)).orDroppedConnection());
            return cases;
        });
    }

    Category methods() {
        return new Category("methods", "page routes take only GET and HEAD", () -> {
            List<Case> cases = new ArrayList<>();
            List<String> pages = List.of("/", "/widgets", SOFTMAX, SOFTMAX + "?logits=1,2,3", ATTENTION,
                    "/lessons/attention", "/widgets/nope", "/nope", "/actuator/health");
            for (String page : pages) {
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND")) {
                    Request request = Request.method(method, page);
                    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                        request = request.body("application/x-www-form-urlencoded", "logits=1,2,3");
                    }
                    cases.add(Case.of(request, Expect.methodRefused()));
                }
                cases.add(Case.of(Request.method("OPTIONS", page), optionsAnswer()));
                cases.add(Case.of(Request.method("CONNECT", page).raw(), Expect.methodRefused())
                        .orDroppedConnection());
                cases.add(Case.of(Request.method("get", page).raw(), Expect.methodRefused()));
            }
            cases.add(Case.of(Request.method("POST", SOFTMAX).body("application/json", "{\"logits\":[1,2]}"),
                    Expect.methodRefused()));
            cases.add(Case.of(Request.method("POST", "/").body("text/plain", ""), Expect.methodRefused()));
            cases.add(Case.of(Request.method("POST", "/").body("multipart/form-data", "--x--"),
                    Expect.methodRefused()));
            cases.add(Case.of(Request.method(Text.repeat("X", 1000), SOFTMAX).raw(), Expect.methodRefused())
                    .orDroppedConnection());
            cases.add(Case.of(Request.method("G\u00c9T", SOFTMAX).raw(), Expect.methodRefused())
                    .orDroppedConnection());
            cases.add(Case.of(Request.method("HEAD", SOFTMAX), status(200)));
            cases.add(Case.of(Request.method("HEAD", "/widgets/nope"), status(404)));
            cases.add(Case.of(Request.get(SOFTMAX).header("X-HTTP-Method-Override", "DELETE"), status(200)));
            cases.add(Case.of(Request.get(SOFTMAX).body("text/plain", "hello").raw(), status(200, 400)));
            return cases;
        });
    }

    Category framing() {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        String close = "Connection: close\r\n";
        return new Category("http-framing", "malformed HTTP/1.1 framing and hostile headers", () -> {
            List<Case> cases = new ArrayList<>();
            cases.add(wire("no Host", "GET " + SOFTMAX + " HTTP/1.1\r\n" + close + "\r\n", 400));
            cases.add(wire("two Host headers", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "Host: evil.example\r\n"
                    + close + "\r\n", 400, 200));
            cases.add(wire("foreign Host", "GET " + SOFTMAX + " HTTP/1.1\r\nHost: evil.example\r\n" + close
                    + "\r\n", 200, 400));
            cases.add(wire("Host with bad port", "GET " + SOFTMAX + " HTTP/1.1\r\nHost: 127.0.0.1:99999999\r\n"
                    + close + "\r\n", 200, 400));
            cases.add(wire("Host with path", "GET " + SOFTMAX + " HTTP/1.1\r\nHost: a/b?c#d\r\n" + close + "\r\n",
                    200, 400));
            cases.add(wire("HTTP/0.9", "GET /\r\n\r\n", 400, 505).orDroppedConnection());
            // 505 (HTTP Version Not Supported) is the one right answer to a version the server does not speak.
            cases.add(wire("HTTP/2.0 in text", "GET / HTTP/2.0\r\n" + host + close + "\r\n", 400, 505));
            cases.add(wire("HTTP/1.7", "GET / HTTP/1.7\r\n" + host + close + "\r\n", 200, 400, 505));
            cases.add(wire("HTTP/x", "GET / HTTP/x\r\n" + host + close + "\r\n", 400, 505));
            cases.add(wire("extra token", "GET / HTTP/1.1 extra\r\n" + host + close + "\r\n", 400));
            cases.add(wire("double spaces", "GET  " + SOFTMAX + "  HTTP/1.1\r\n" + host + close + "\r\n", 200, 400));
            cases.add(wire("leading CRLFs", "\r\n\r\nGET " + SOFTMAX + " HTTP/1.1\r\n" + host + close + "\r\n",
                    200, 400));
            cases.add(wire("bare LF", "GET " + SOFTMAX + " HTTP/1.1\n" + host.replace("\r\n", "\n")
                    + "Connection: close\n\n", 200, 400));
            cases.add(wire("header without colon", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "NoColon\r\n"
                    + close + "\r\n", 400));
            cases.add(wire("space in header name", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "Bad Header: x\r\n"
                    + close + "\r\n", 400));
            cases.add(wire("space before colon", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "X-A : x\r\n"
                    + close + "\r\n", 400, 200));
            cases.add(wire("obs-fold", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n" + close
                    + "\r\n", 200, 400));
            cases.add(wire("NUL in header", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "User-Agent: a\u0000b\r\n"
                    + close + "\r\n", 200, 400));
            cases.add(wire("CR in header", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + "User-Agent: a\rb\r\n"
                    + close + "\r\n", 200, 400));
            String uidl = "POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\n" + host + close
                    + "Content-Type: application/json\r\n";
            cases.add(wire("Content-Length -1", uidl + "Content-Length: -1\r\n\r\n{}", 400).orDroppedConnection());
            cases.add(wire("Content-Length abc", uidl + "Content-Length: abc\r\n\r\n{}", 400).orDroppedConnection());
            cases.add(wire("two Content-Lengths", uidl + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400)
                    .orDroppedConnection());
            cases.add(wire("Content-Length huge", uidl + "Content-Length: 99999999999999999999\r\n\r\n{}", 400, 413)
                    .orDroppedConnection());
            cases.add(wire("CL and chunked", uidl + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "2\r\n{}\r\n0\r\n\r\n", 200, 400, 403).orDroppedConnection());
            cases.add(wire("bad chunk size", uidl + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                    200, 400, 403)
                    .orDroppedConnection());
            cases.add(wire("huge chunk size", uidl + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n{}\r\n",
                    200, 400, 403, 413).orDroppedConnection());
            // 501: a transfer coding the server does not implement
            cases.add(wire("gzip transfer-coding", uidl + "Transfer-Encoding: gzip\r\n\r\n{}", 400, 501)
                    .orDroppedConnection());
            cases.add(Case.of(Request.wire("short body, then end of stream", "POST", (uidl
                    + "Content-Length: 100\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1))
                    .with(Request.Manners.HALF_CLOSE), status(200, 400, 403, 408)).orDroppedConnection());
            // Clients that hang up while the page is being written: at most a WARN, never an ERROR.
            for (String page : List.of(SOFTMAX, ATTENTION + "?heads=2", "/lessons/attention", "/widgets/nope")) {
                cases.add(Case.of(Request.get(page).with(Request.Manners.HANG_UP).labelled("hang up early"),
                        status(200, 404)));
            }
            cases.add(Case.of(Request.wire("TLS ClientHello", "GET", new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5,
                0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a}), status(400))
                    .orDroppedConnection());
            byte[] noise = new byte[1024];
            new java.util.Random(42).nextBytes(noise);
            noise[noise.length - 4] = '\r';
            noise[noise.length - 3] = '\n';
            noise[noise.length - 2] = '\r';
            noise[noise.length - 1] = '\n';
            cases.add(Case.of(Request.wire("binary noise", "GET", noise), status(400)).orDroppedConnection());
            cases.add(Case.of(Request.wire("empty request", "GET", new byte[0]).with(Request.Manners.HALF_CLOSE),
                    status(400)).orDroppedConnection());
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                many.append("X-H").append(i).append(": v\r\n");
            }
            cases.add(wire("300 headers", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host + many + close + "\r\n", 200,
                    400, 431));
            cases.add(wire("pipelined, second unread", "GET " + SOFTMAX + " HTTP/1.1\r\n" + host
                    + "\r\nGET /nope HTTP/1.1\r\n" + host + close + "\r\n", 200));
            for (String language : List.of("zz-ZZ;q=NaN,*;q=-1", "*;q=1e999", ";;;,,,", "x".repeat(4000),
                    "en-US-u-nu-arab", "ar-EG,fa;q=0.9", "tr-TR", "\u00ff\u00fe")) {
                cases.add(Case.of(Request.get(SOFTMAX + "?logits=1.5,2,3").header("Accept-Language", language)
                        .raw().labelled("Accept-Language " + Text.shorten(language, 30)), status(200, 400)));
            }
            for (String[] header : new String[][] {{"Accept", "text/html;q=abc"}, {"Accept", "*/*;q=-1"},
                    {"Accept", "application/json"}, {"Accept-Encoding", "gzip;q=x, br;q=NaN"},
                    {"Cookie", "JSESSIONID=../../../etc/passwd"}, {"Cookie", "=;;;=;JSESSIONID"},
                    {"Cookie", "JSESSIONID=" + "A".repeat(200)}, {"Range", "bytes=999999999-"},
                    {"Range", "bytes=-1,-2,-3,0-0,1-1"}, {"If-Modified-Since", "yesterday"},
                    {"If-None-Match", "*"}, {"Upgrade", "websocket"}, {"Expect", "100-continue"},
                    {"Origin", "null"}, {"Referer", "javascript:alert(1)"}, {"X-Forwarded-For", "\"><script>"},
                    {"X-Forwarded-Proto", "javascript"}, {"X-Forwarded-Host", "evil.example"},
                    {"X-Forwarded-Port", "-1"}, {"Forwarded", "for=\"[::1\";proto=gopher"},
                    {"X-Forwarded-Prefix", "/../../"}, {"Content-Type", "text/html; charset=nope"},
                    {"User-Agent", ""}, {"Accept-Charset", "utf-7"}, {"X-Requested-With", "XMLHttpRequest"}}) {
                cases.add(Case.of(Request.get(SOFTMAX).header(header[0], header[1]).raw()
                        .labelled(header[0] + ": " + Text.shorten(header[1], 30)),
                        status(200, 206, 304, 400, 406, 412, 416, 417)));
            }
            cases.add(Case.of(Request.method("POST", SOFTMAX).header("Content-Type", "multipart/form-data")
                    .withBody("--\r\n".getBytes(StandardCharsets.UTF_8)), Expect.methodRefused()));
            return cases;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Case wire(String label, String text, int... statuses) {
        return Case.of(Request.wire(label, text), status(statuses));
    }

    private Case big(String label, String target, Expect.Check check) {
        return Case.of(Request.get(target).raw().labelled(label), check).orDroppedConnection();
    }

    private static Expect.Check optionsAnswer() {
        Expect.Check refused = Expect.methodRefused();
        return x -> {
            if ((x.status() == 200 || x.status() == 204) && !x.body().toLowerCase().contains("<html")) {
                return null; // an OPTIONS answer that lists methods and renders no page
            }
            return refused.problem(x);
        };
    }

    /** The text appears in the page as one JSON string (a label or token sent to the browser). */
    static Expect.Check shows(String text) {
        String quoted = json(text);
        return x -> x.status() != 200 || x.body().contains(quoted) || x.body().contains(asciiJson(text)) ? null
                : "the page does not show " + quoted + " (as a JSON string in its HTML)";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String asciiJson(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }

    /** A page request with settings; values are percent-encoded except the list separators ',' and ';'. */
    static Request get(String page, String... nameValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.append(query.length() == 0 ? "?" : "&").append(nameValues[i]).append('=')
                    .append(enc(nameValues[i + 1]).replace("%2C", ",").replace("%3B", ";"));
        }
        return Request.get(page + query);
    }

    private Request raw(String target) {
        return Request.get(target).raw();
    }

    /** A label or token as text: its own ',' and ';' escaped the way the app's format asks. */
    private static String labelText(String text) {
        return text.replace("%", "%25").replace(",", "%2C").replace(";", "%3B");
    }

    private static String firstCell(String matrix, String value) {
        int comma = matrix.indexOf(',');
        return value + matrix.substring(comma);
    }

    private static String dropLast(String matrix, int characters) {
        return matrix.substring(0, matrix.length() - characters);
    }

    /** An attention link with t tokens and d-dimensional zero-ish vectors. */
    private static Request attention(int tokens, int d, int heads) {
        String names = IntStream.range(0, tokens).mapToObj(i -> "t" + i).collect(Collectors.joining(","));
        String row = IntStream.range(0, d).mapToObj(i -> i == 0 ? "1" : "0").collect(Collectors.joining(","));
        String matrix = String.join(";", Collections.nCopies(tokens, row));
        return get(ATTENTION, "tokens", names, "q", matrix, "k", matrix, "v", matrix, "heads",
                Integer.toString(heads)).labelled(tokens + " tokens, d=" + d + ", heads=" + heads);
    }

    /** A softmax link with n classes, consistent labels and target 0. */
    private static Request softmax(int classes) {
        String logits = IntStream.range(0, classes).mapToObj(i -> Integer.toString(i % 7))
                .collect(Collectors.joining(","));
        String labels = IntStream.range(0, classes).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        return get(SOFTMAX, "logits", logits, "labels", labels, "target", "0").labelled(classes + " classes");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String[] split(String list) {
        return Arrays.stream(list.split(",")).toArray(String[]::new);
    }
}
