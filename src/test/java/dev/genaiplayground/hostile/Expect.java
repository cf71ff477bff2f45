package dev.genaiplayground.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an answer must satisfy. Every answer gets {@link #universal}; cases add their own. A check returns null when
 * it holds, else one line saying what went wrong.
 */
final class Expect {

    /** One property of an answer: null when it holds, otherwise the problem in words. */
    @FunctionalInterface
    interface Check {
        String problem(Exchange exchange);
    }

    /** Phrases of the app's "these settings were refused" message; tolerant of rewording. */
    static final List<String> MESSAGE_PHRASES = List.of("could not be used", "cannot be used", "can't be used",
            "couldn't be used", "could not use", "were not used", "was not used", "unknown display option");

    private static final Pattern LEAK = Pattern.compile(
            "java\\.lang\\.|java\\.util\\.|at dev\\.genaiplayground|\\.java:\\d+\\)|\\b[A-Z]\\w*Exception\\b");
    /** A payload's script element right after a closing tag: in an inline script of the page, it runs. */
    private static final List<String> BREAKOUTS = List.of("</script><script>_p=", "</script><script>__pwned",
            "</script><script>window.__pwned", "</script><script>alert(");
    /** A payload's closing tag in raw HTML: inside the page's inline script it ends that script early. */
    private static final List<String> EARLY_ENDS = List.of("_p=1</script>", "__pwned=1</script>");
    private static final List<String> SECRETS = List.of("root:x:0:0", "spring.application.name", "<artifactId>",
            "repositoryformatversion", "Manifest-Version:", "playground.lessons=");

    private Expect() {
    }

    /** Holds for every answer: no 5xx, no ERROR logged, no stack trace, no script breakout, headers on pages. */
    static List<String> universal(Case kase, Exchange x) {
        List<String> problems = new ArrayList<>();
        if (!x.answered()) {
            if (!kase.mayDropConnection()) {
                problems.add("no response: " + x.failure());
            }
        } else if (x.status() >= 500) {
            // 501 (method or coding not implemented) and 505 (HTTP version) pass only where a case names them.
            boolean named = (x.status() == 501 || x.status() == 505) && kase.checks().stream()
                    .anyMatch(c -> c instanceof StatusCheck s && s.allows(x.status()));
            if (!named) {
                problems.add("server error " + x.status());
            }
        }
        List<ServerLog.Event> errors = x.errors();
        if (!errors.isEmpty()) {
            problems.add(errors.size() + " ERROR logged: " + errors.get(0).oneLine());
        }
        String body = x.body() == null ? "" : x.body();
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            problems.add("body names Java internals ('" + leak.group() + "'): " + Text.excerpt(body, leak.start()));
        }
        String lower = body.toLowerCase(Locale.ROOT);
        boolean breakout = false;
        for (String text : BREAKOUTS) {
            int at = lower.indexOf(text);
            if (at >= 0 && !breakout) {
                breakout = true;
                problems.add("script injection: the input's </script><script> is raw in the HTML, so it runs: "
                        + Text.excerpt(body, at));
            }
        }
        for (String text : EARLY_ENDS) {
            int at = lower.indexOf(text);
            if (at >= 0 && !breakout) {
                problems.add("the input's </script> is raw in the HTML: inside the page's inline script it ends it "
                        + "early (the page breaks; a following <script> would run): " + Text.excerpt(body, at));
                break;
            }
        }
        for (String secret : SECRETS) {
            int at = body.indexOf(secret);
            if (at >= 0) {
                problems.add("body leaks a server file ('" + secret + "'): " + Text.excerpt(body, at));
            }
        }
        String method = x.request().method;
        if ((method.equals("GET") || method.equals("HEAD")) && (x.status() == 200 || x.status() == 404)
                && x.isHtml()) {
            problems.addAll(securityHeaders(x));
        }
        return problems;
    }

    static List<String> securityHeaders(Exchange x) {
        List<String> problems = new ArrayList<>();
        String csp = x.header("content-security-policy");
        if (csp == null) {
            problems.add("HTML page without Content-Security-Policy");
        } else if (!csp.contains("object-src 'none'") && !csp.contains("default-src")) {
            problems.add("Content-Security-Policy has neither object-src 'none' nor default-src: " + csp);
        }
        String nosniff = x.header("x-content-type-options");
        if (nosniff == null || !nosniff.trim().equalsIgnoreCase("nosniff")) {
            problems.add("HTML page without X-Content-Type-Options: nosniff (got " + nosniff + ")");
        }
        if (x.header("referrer-policy") == null) {
            problems.add("HTML page without Referrer-Policy");
        }
        return problems;
    }

    /** The status is one of these; naming 501 or 505 here is the only way a 5xx passes {@link #universal}. */
    static Check status(int... allowed) {
        return new StatusCheck(allowed);
    }

    /** A check on the status alone; {@link #universal} asks it whether a 5xx was expected. */
    record StatusCheck(int... allowed) implements Check {

        boolean allows(int status) {
            return Arrays.stream(allowed).anyMatch(s -> s == status);
        }

        @Override
        public String problem(Exchange x) {
            return !x.answered() || allows(x.status()) ? null
                    : "status " + x.status() + ", expected " + (allowed.length == 1 ? String.valueOf(allowed[0])
                    : "one of " + Arrays.toString(allowed));
        }
    }

    /** 404 with an HTML not-found page. */
    static Check notFoundPage() {
        return x -> {
            if (x.status() != 404) {
                return "status " + x.status() + ", expected 404 (not found)";
            }
            return x.isHtml() ? null : "404 without an HTML page (Content-Type " + x.header("content-type") + ")";
        };
    }

    /** Page routes take only GET and HEAD. */
    static Check methodRefused() {
        return status(405, 400, 404, 501);
    }

    static Check bodyLacks(String... texts) {
        return x -> {
            for (String text : texts) {
                int at = x.body().indexOf(text);
                if (at >= 0) {
                    return "body contains '" + Text.printable(text) + "': " + Text.excerpt(x.body(), at);
                }
            }
            return null;
        };
    }

    static Check headerLacks(String name) {
        return x -> x.header(name) == null ? null : "response has header " + name + ": " + x.header(name);
    }

    /** The widget renders this state: 200, the widget is in the page and no refusal message. */
    static Check accepted(String widgetMarker) {
        return x -> {
            if (x.status() != 200) {
                return "status " + x.status() + ", expected 200 with the widget";
            }
            if (!x.body().contains(widgetMarker)) {
                return "the HTML of the page does not contain the widget (" + widgetMarker + "): not rendered on "
                        + "the server (eager load off?)";
            }
            int at = messageAt(x.body());
            return at < 0 ? null : "valid settings were refused: " + Text.excerpt(x.body(), at);
        };
    }

    /** The page loads (200) with the widget from its default and a message that names the setting. */
    static Check refused(String setting, String widgetMarker) {
        return x -> {
            if (x.status() != 200) {
                return "status " + x.status() + ", expected 200 with a message about '" + setting + "'";
            }
            int at = messageAt(x.body());
            if (at < 0) {
                return "no message about '" + setting + "' in the page (no " + MESSAGE_PHRASES.get(0)
                        + "...); body: " + Text.excerpt(x.body(), x.body().indexOf("<body"));
            }
            if (setting != null && !names(window(x.body(), at), setting)) {
                return "the message does not name '" + setting + "': " + Text.excerpt(x.body(), at);
            }
            if (!x.body().contains(widgetMarker)) {
                return "the message is there but the widget (" + widgetMarker + ") is not";
            }
            return null;
        };
    }

    /** Either the state is used or it is refused with a message that names the setting; the page loads (200). */
    static Check either(String setting) {
        return x -> {
            if (x.status() != 200) {
                return "status " + x.status() + ", expected 200";
            }
            int at = messageAt(x.body());
            if (at >= 0 && setting != null && !names(window(x.body(), at), setting)) {
                return "the message does not name '" + setting + "': " + Text.excerpt(x.body(), at);
            }
            return null;
        };
    }

    /** Oversized in a query: refused by the server (400, 414, 431), or loaded with a message naming the setting. */
    static Check oversizedQuery(String setting, String widgetMarker) {
        Check refusedPage = refused(setting, widgetMarker);
        return x -> x.status() == 400 || x.status() == 414 || x.status() == 431 ? null : refusedPage.problem(x);
    }

    static int messageAt(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return MESSAGE_PHRASES.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    private static String window(String body, int at) {
        return body.substring(Math.max(0, at - 300), Math.min(body.length(), at + 900));
    }

    /**
     * Whether {@code text} names the setting as a word (so that 'q' is not found inside 'query'); {@code a|b}
     * accepts either name.
     */
    static boolean names(String text, String setting) {
        for (String name : setting.split("\\|")) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static String describe(List<String> problems) {
        return problems.stream().collect(Collectors.joining("; "));
    }
}
