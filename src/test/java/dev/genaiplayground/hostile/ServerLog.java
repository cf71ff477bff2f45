package dev.genaiplayground.hostile;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the server logged at WARN or above while the hostile suite ran, captured from logback's root logger in the
 * same JVM. Requests are sent one at a time, so the events between two marks belong to the request in between
 * (an asynchronous log line may land one request late).
 *
 * <p>Spring Boot resets logback when a context starts, which drops appenders added earlier: call {@link #install}
 * after the context is up (it is idempotent).
 */
final class ServerLog {

    /** One captured log event, reduced to what a failure report needs. */
    record Event(Level level, String logger, String thread, String message, String throwable) {

        String oneLine() {
            String text = level + " " + shortLogger() + " [" + thread + "] " + message
                    + (throwable == null ? "" : " | " + throwable);
            return text.length() <= 400 ? text : text.substring(0, 397) + "...";
        }

        boolean isError() {
            return level.isGreaterOrEqual(Level.ERROR);
        }

        private String shortLogger() {
            int dot = logger.lastIndexOf('.');
            return dot < 0 ? logger : logger.substring(dot + 1);
        }
    }

    private static final String APPENDER_NAME = "hostile-suite-capture";
    private static final List<Event> EVENTS = new ArrayList<>();

    private ServerLog() {
    }

    static synchronized void install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER_NAME) != null) {
            return;
        }
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                    Event captured = new Event(event.getLevel(), event.getLoggerName(), event.getThreadName(),
                            String.valueOf(event.getFormattedMessage()), describe(event.getThrowableProxy()));
                    synchronized (EVENTS) {
                        EVENTS.add(captured);
                    }
                }
            }
        };
        appender.setName(APPENDER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    /** A position in the log; pass it to {@link #since} later. */
    static int mark() {
        synchronized (EVENTS) {
            return EVENTS.size();
        }
    }

    static List<Event> since(int mark) {
        synchronized (EVENTS) {
            return new ArrayList<>(EVENTS.subList(Math.min(mark, EVENTS.size()), EVENTS.size()));
        }
    }

    static List<Event> errorsSince(int mark) {
        return since(mark).stream().filter(Event::isError).toList();
    }

    static long errorCount() {
        return since(0).stream().filter(Event::isError).count();
    }

    static long warnCount() {
        return since(0).stream().filter(e -> !e.isError()).count();
    }

    private static String describe(IThrowableProxy throwable) {
        if (throwable == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(throwable.getClassName() + ": " + throwable.getMessage());
        if (throwable.getStackTraceElementProxyArray().length > 0) {
            text.append(" at ").append(throwable.getStackTraceElementProxyArray()[0].getStackTraceElement());
        }
        IThrowableProxy cause = throwable.getCause();
        if (cause != null) {
            text.append(" | caused by ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
