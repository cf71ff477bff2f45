package dev.genaiplayground.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers for building hostile requests and readable reports. */
final class Text {

    private Text() {
    }

    /** Percent-encodes everything but unreserved characters (spaces become %20, not +). */
    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.length() <= max ? text : text.substring(0, max - 20) + "…(" + text.length() + " chars)";
    }

    /** Control and invisible characters as \\uXXXX so a report line shows what was sent. */
    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4000));
        for (int i = 0; i < text.length() && out.length() < 4000; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xa0 || c == 0xfeff
                    || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c == 0x2028
                    || c == 0x2029 || Character.isSurrogate(c) && !validPair(text, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " B";
    }

    /** A one-line excerpt of a response body around {@code at}, or its start. */
    static String excerpt(String body, int at) {
        if (body == null || body.isEmpty()) {
            return "<empty>";
        }
        int from = Math.max(0, at - 80);
        int to = Math.min(body.length(), from + 300);
        return printable(body.substring(from, to).replace('\n', ' ').replace('\r', ' '));
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
