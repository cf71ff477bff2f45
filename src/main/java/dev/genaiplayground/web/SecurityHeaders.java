package dev.genaiplayground.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, and a Content-Security-Policy for the app's pages that Vaadin works under.
 *
 * <p>Every response gets {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a widget
 * link holds what a person typed: other sites never see it) and a CSP that allows nothing ({@link #LOCKED_DOWN}).
 * A page (Vaadin's index.html) replaces that with {@link #pagePolicy}, which allows:
 * <ul>
 *   <li>scripts from this server and the inline bootstrap scripts Vaadin writes into the page, each marked with a
 *       fresh nonce per response, so an injected {@code <script>} or event handler attribute does not run;</li>
 *   <li>{@code 'unsafe-eval'}: Flow runs the server's {@code executeJs} calls through {@code new Function};</li>
 *   <li>inline styles: Lumo, Lit components and ApexCharts set style attributes and elements at run time;</li>
 *   <li>images and fonts from this server and {@code data:} URLs (icons, KaTeX), connections (UIDL requests, the
 *       push WebSocket) only to this server;</li>
 *   <li>no plugins, no {@code <base>} elsewhere, forms posting only here, and framing only by this site, except
 *       for {@code /embed/} pages, which exist to be framed by course pages anywhere.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter implements VaadinServiceInitListener {

    static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", LOCKED_DOWN);
        chain.doFilter(request, response);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::allowThisPage);
    }

    private void allowThisPage(IndexHtmlResponse page) {
        String nonce = newNonce();
        for (Element script : page.getDocument().getElementsByTag("script")) {
            script.attr("nonce", nonce);
            keepInside(script);
        }
        String path = page.getVaadinRequest().getPathInfo();
        boolean embed = path != null && path.startsWith("/embed/");
        page.getVaadinResponse().setHeader("Content-Security-Policy", pagePolicy(nonce, embed));
    }

    /**
     * Makes sure an inline script ends where it was meant to. Vaadin writes the first view's state (which holds
     * text from the link: names, messages) as JSON into an inline script without escaping it, so a name such as
     * {@code </script><script>...} would close the script early and start another. So every '<' is written as the
     * six characters backslash, u, 0, 0, 3, c: the same character to JSON and JavaScript strings, and Vaadin's
     * inline scripts have no '<' outside strings.
     */
    private static void keepInside(Element script) {
        String code = script.data();
        if (!script.hasAttr("src") && code.indexOf('<') >= 0) {
            script.empty();
            script.appendChild(new DataNode(code.replace("<", "\\u003c")));
        }
    }

    /** @param embed an {@code /embed/} page, which any site may frame; other pages only this one */
    static String pagePolicy(String nonce, boolean embed) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors " + (embed ? "*" : "'self'");
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
