package dev.genaiplayground.hostile;

import java.util.List;
import java.util.Map;

/**
 * A request and what came back: the status (-1 when no response arrived), headers with lower-case names, the body
 * as text, why no response came (or null), and what the server logged at WARN or above meanwhile.
 */
record Exchange(Request request, int status, Map<String, List<String>> headers, String body, String failure,
                long millis, List<ServerLog.Event> logged) {

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean isHtml() {
        String type = header("content-type");
        return type != null && type.toLowerCase().startsWith("text/html");
    }

    boolean answered() {
        return status > 0;
    }

    List<ServerLog.Event> errors() {
        return logged.stream().filter(ServerLog.Event::isError).toList();
    }

    Exchange withLogged(List<ServerLog.Event> events) {
        return new Exchange(request, status, headers, body, failure, millis, events);
    }

    /** One line for a report: the request, the status and a body excerpt. */
    String describe() {
        return request.describe() + " -> " + (answered() ? "HTTP " + status : "no response (" + failure + ")")
                + (body == null || body.isEmpty() ? "" : ", body: " + Text.excerpt(body, 0));
    }
}
