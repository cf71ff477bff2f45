package dev.genaiplayground.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the suite: a method, a raw request target (path and query exactly as sent), headers and a body;
 * or, for framing tricks, the exact bytes to write. {@link #raw()} sends it over a plain socket instead of
 * {@link java.net.http.HttpClient}, for what HttpClient refuses to build (bad escapes, odd methods, restricted
 * headers, huge request lines).
 */
final class Request {

    final String method;
    final String target;
    final List<String[]> headers;
    final byte[] body;
    final boolean raw;
    /** The exact bytes to write (raw only), or null to build them from the fields above. */
    final byte[] wire;
    /** A short name for the report when the target is long or the request is hand-written. */
    final String label;
    /** Raw only: what the client does besides sending and reading. */
    final Manners manners;

    /** How rudely a raw client behaves on the connection. */
    enum Manners {
        /** Sends, reads the whole answer, closes. */
        POLITE,
        /** Closes its sending side right after the request (the server sees the end of the stream). */
        HALF_CLOSE,
        /** Reads only the status line, then hangs up while the server is still writing. */
        HANG_UP
    }

    private Request(String method, String target, List<String[]> headers, byte[] body, boolean raw, byte[] wire,
                    String label) {
        this(method, target, headers, body, raw, wire, label, Manners.POLITE);
    }

    private Request(String method, String target, List<String[]> headers, byte[] body, boolean raw, byte[] wire,
                    String label, Manners manners) {
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body;
        this.raw = raw;
        this.wire = wire;
        this.label = label;
        this.manners = manners;
    }

    Request with(Manners rude) {
        return new Request(method, target, headers, body, true, wire, label, rude);
    }

    static Request get(String target) {
        return new Request("GET", target, List.of(), null, false, null, null);
    }

    static Request method(String method, String target) {
        return new Request(method, target, List.of(), null, false, null, null);
    }

    /** Exactly these bytes on the wire; {@code method} only tells the reader whether a body follows (HEAD). */
    static Request wire(String label, String method, byte[] bytes) {
        return new Request(method, null, List.of(), null, true, bytes, label);
    }

    static Request wire(String label, String text) {
        return wire(label, "GET", text.getBytes(StandardCharsets.ISO_8859_1));
    }

    Request header(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new Request(method, target, List.copyOf(more), body, raw, wire, label, manners);
    }

    Request body(String contentType, byte[] content) {
        return header("Content-Type", contentType).withBody(content);
    }

    Request body(String contentType, String content) {
        return body(contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    Request withBody(byte[] content) {
        return new Request(method, target, headers, content, raw, wire, label, manners);
    }

    Request raw() {
        return new Request(method, target, headers, body, true, wire, label, manners);
    }

    Request labelled(String name) {
        return new Request(method, target, headers, body, raw, wire, name, manners);
    }

    /** How the report names this request: method and target (shortened), or the label. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (label != null) {
            text.append('[').append(label).append("] ");
        }
        if (wire == null) {
            text.append(method).append(' ').append(Text.shorten(Text.printable(target), 160));
            if (body != null) {
                text.append(" (body ").append(Text.size(body.length)).append(')');
            }
            for (String[] header : headers) {
                if (!header[0].equalsIgnoreCase("Cookie") && !header[0].equalsIgnoreCase("Content-Type")) {
                    text.append(" {").append(header[0]).append(": ")
                            .append(Text.shorten(Text.printable(header[1]), 60)).append('}');
                }
            }
        } else {
            text.append("raw bytes: ").append(Text.shorten(
                    Text.printable(new String(wire, StandardCharsets.ISO_8859_1)), 160));
        }
        return text.toString();
    }
}
