package dev.genaiplayground.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which log lines are a browser's doing and kept out of the error log, and which still pass. */
class BrowserNoiseTest {

    private final LoggerContext context = new LoggerContext();
    private final BrowserNoise filter = new BrowserNoise();

    @Test
    void aHangUpAndWhatFollowsFromItAreDropped() {
        assertThat(decide("org.apache.catalina.core.StandardWrapperValve", Level.ERROR, "Servlet.service() failed",
                new RuntimeException(new IOException("Broken pipe")))).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.apache.catalina.core.StandardWrapperValve", Level.ERROR, "Servlet.service() failed",
                new IllegalStateException("Cannot call sendError() after the response has been committed")))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void forgedCallsAndPushCancellationsAreDropped() {
        assertThat(decide("com.vaadin.flow.server.communication.rpc.PublishedServerEventHandlerRpcHandler",
                Level.ERROR, "Faulty method invocation. Neither class ...", null)).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.atmosphere.cpr.AsynchronousProcessor", Level.ERROR,
                "Failed to cancel resource: {}", new NullPointerException())).isEqualTo(FilterReply.DENY);
    }

    @Test
    void everythingElsePasses() {
        assertThat(decide("dev.genaiplayground.shell.FriendlyErrors", Level.ERROR, "Unexpected error",
                new IllegalStateException("ours"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("com.vaadin.flow.server.communication.rpc.PublishedServerEventHandlerRpcHandler",
                Level.INFO, "Faulty method invocation", null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("com.example.Other", Level.ERROR, "Failed to cancel resource", null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String logger, Level level, String format, Throwable t) {
        return filter.decide(null, context.getLogger(logger), level, format, null, t);
    }
}
