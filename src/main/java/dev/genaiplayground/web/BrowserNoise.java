package dev.genaiplayground.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps what a browser did, not us, out of the error log, where Vaadin and Tomcat would write it as an ERROR:
 * <ul>
 *   <li>a browser that hung up (a closed tab, a cancelled request): the failed write of our answer, and Tomcat's
 *       "Cannot call sendError() after the response has been committed" that follows it;</li>
 *   <li>a forged message calling a server method that does not exist (Vaadin's "Faulty method invocation"): no
 *       page of ours sends one;</li>
 *   <li>a push connection that closed while Atmosphere was cancelling it (its "Failed to cancel resource", a
 *       NullPointerException inside Atmosphere when a tab leaves a page quickly).</li>
 * </ul>
 * Such lines are dropped; every other line passes.
 */
@Component
public class BrowserNoise extends TurboFilter {

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (!level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        boolean forgedCall = format != null && format.startsWith("Faulty method invocation")
                && logger.getName().endsWith(".PublishedServerEventHandlerRpcHandler");
        boolean pushGone = format != null && format.startsWith("Failed to cancel resource")
                && logger.getName().startsWith("org.atmosphere.");
        return forgedCall || pushGone || isHangUp(t) || isAnswerCommitted(t) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }

    private static boolean isAnswerCommitted(Throwable t) {
        return t instanceof IllegalStateException && String.valueOf(t.getMessage())
                .startsWith("Cannot call sendError() after the response has been committed");
    }

    /** The connection closed under us: Tomcat's ClientAbortException, or a broken pipe or reset. */
    public static boolean isHangUp(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || t instanceof IOException && String.valueOf(t.getMessage()).matches(
                            "(?is).*(broken pipe|connection reset).*")) {
                return true;
            }
        }
        return false;
    }
}
