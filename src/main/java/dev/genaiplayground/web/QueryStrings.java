package dev.genaiplayground.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a raw query string without asking the servlet container, which would also read a form body. */
final class QueryStrings {

    private QueryStrings() {
    }

    /** The first value of parameter {@code name}, decoded, or null when it is absent or does not decode. */
    static String first(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                try {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
