package dev.genaiplayground.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away requests that no page of ours can mean before Vaadin or Spring see them, with a 4xx status and one
 * plain sentence: links longer than {@link WebLimits#maxLinkLength()}, bodies over
 * {@link WebLimits#maxRequestBytes()}, methods other than GET and HEAD on pages, unknown Vaadin request types, and
 * browser messages nested deeper than any real one. A link with a stray '%' (say a label "%") is sent on to the same
 * link with the '%' escaped, so the label arrives as typed instead of failing to decode.
 *
 * <p>Refusals are logged at DEBUG only: they are the client's problem, and a flood of them must not flood the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    /** Vaadin's request types (HandlerHelper.RequestType); anything else in {@code v-r} is not from Vaadin. */
    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of(
            "init", "uidl", "webcomponent-resync", "heartbeat", "push", "oldbrowser", "i18n");
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> VAADIN_METHODS = Set.of("GET", "POST");
    /** Real browser messages nest a few levels; a deep one would only exhaust the parser's stack. */
    static final int MAX_JSON_DEPTH = 64;
    /** Where Vaadin's push connection lives; its long-polling fallback sends POSTs without a request type. */
    private static final String PUSH_PATH = "/VAADIN/push";
    private static final int MAX_HEARTBEAT_BYTES = 1024;
    private static final Pattern UI_ID = Pattern.compile("[0-9]{1,9}");
    private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final WebLimits limits;

    public RequestGuard(WebLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxLinkLength()) {
            refuse(response, 414, "This link is " + query.length() + " characters long; links of at most "
                    + limits.maxLinkLength() + " characters are accepted.");
            return;
        }
        String vaadinType = QueryStrings.first(query, "v-r");
        String method = request.getMethod();
        boolean vaadin = vaadinType != null || request.getRequestURI().startsWith(PUSH_PATH);
        if (vaadin ? !VAADIN_METHODS.contains(method) : !PAGE_METHODS.contains(method)) {
            response.setHeader("Allow", vaadin ? "GET, POST" : "GET, HEAD");
            refuse(response, 405, "This address answers " + (vaadin ? "GET and POST" : "GET and HEAD")
                    + " requests only.");
            return;
        }
        if (vaadinType != null && !VAADIN_REQUEST_TYPES.contains(vaadinType)) {
            refuse(response, 400, "Unknown request type.");
            return;
        }
        String uiId = QueryStrings.first(query, "v-uiId");
        if (uiId != null && !UI_ID.matcher(uiId).matches()) {
            refuse(response, 400, "Unknown UI.");
            return;
        }
        if (request.getContentLengthLong() > limits.maxRequestBytes()) {
            refuse(response, 413, "The request is larger than " + limits.maxRequestBytes() + " bytes.");
            return;
        }
        if (vaadinType == null && query != null && STRAY_PERCENT.matcher(query).find()) {
            // Only for pages: the browser follows, and the person's '%' arrives as a '%'.
            response.setStatus(HttpServletResponse.SC_FOUND);
            // one leading '/', so that "//other.site" can never turn this into a redirect to another site
            String path = "/" + request.getRequestURI().replaceFirst("^[/\\\\]+", "");
            response.setHeader("Location", path + "?" + STRAY_PERCENT.matcher(query).replaceAll("%25"));
            return;
        }
        if ("init".equals(vaadinType) && hasStrayPercent(request, "location", "query")) {
            refuse(response, 400, "This link has a malformed % escape.");
            return;
        }
        if ("init".equals(vaadinType) && !insideTheApp(request.getParameter("location"))) {
            refuse(response, 400, "This location is not a page of this app.");
            return;
        }
        if ("heartbeat".equals(vaadinType) && request.getContentLengthLong() > MAX_HEARTBEAT_BYTES) {
            refuse(response, 413, "A heartbeat carries no message.");
            return;
        }
        if ("POST".equals(method) && ("uidl".equals(vaadinType) || "heartbeat".equals(vaadinType))) {
            byte[] body = readAtMost(request.getInputStream(), limits.maxRequestBytes());
            if (body == null) {
                refuse(response, 413, "The request is larger than " + limits.maxRequestBytes() + " bytes.");
                return;
            }
            if (!isUtf8(body)) {
                refuse(response, 400, "The message is not UTF-8 text.");
                return;
            }
            if (JsonDepth.exceeds(body, MAX_JSON_DEPTH)) {
                refuse(response, 400, "The message is nested too deeply.");
                return;
            }
            chain.doFilter(new ReadBodyRequest(request, body), response);
            return;
        }
        if (vaadinType == null && QueryStrings.first(query, "location") != null) {
            // Vaadin would take a page's 'location' parameter as the route; it is only a setting the page refuses
            chain.doFilter(new WithoutParameter(request, "location"), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A route of this app: relative, without '..' segments or a scheme. */
    private static boolean insideTheApp(String location) {
        return location == null || !(location.startsWith("/") || location.startsWith("\\")
                || location.contains("..") || location.contains(":"));
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static boolean hasStrayPercent(HttpServletRequest request, String... names) {
        for (String name : names) {
            String value = request.getParameter(name);
            if (value != null && STRAY_PERCENT.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /** The whole body, or null when it is longer than {@code max} bytes (a chunked body has no length up front). */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max);
        return in.read() == -1 ? body : null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        LOG.debug("Refused a request with {}: {}", status, message);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(message);
    }
}
