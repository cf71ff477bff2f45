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
 * Keeps a browser that hung up (a closed tab, a cancelled request) out of the error log: Vaadin and Tomcat log the
 * failed write of their answer as an ERROR with a stack trace, though nothing on our side went wrong. Such lines are
 * dropped; every other line passes.
 */
@Component
public class ClientHangUps extends TurboFilter {

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        return level.isGreaterOrEqual(Level.WARN) && isHangUp(t) ? FilterReply.DENY : FilterReply.NEUTRAL;
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
