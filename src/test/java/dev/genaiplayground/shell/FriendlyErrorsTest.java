package dev.genaiplayground.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which errors are a browser's garbage (one WARN line) and which are ours (an ERROR with its stack trace). */
class FriendlyErrorsTest {

    @Test
    void anErrorThrownInsideVaadinsMessageReadingIsTheBrowsersProblem() {
        Throwable e = withStack(new ClassCastException("JreJsonString cannot be cast to JsonArray"),
                "elemental.json.impl.JreJsonObject", "com.vaadin.flow.server.communication.ServerRpcHandler",
                "com.vaadin.flow.server.communication.UidlRequestHandler", "dev.genaiplayground.web.RequestGuard");

        assertThat(FriendlyErrors.isMalformedBrowserMessage(e)).isTrue();
    }

    @Test
    void anErrorThrownFromOurCodeIsOurs() {
        Throwable e = withStack(new ArrayIndexOutOfBoundsException(99),
                "dev.genaiplayground.widget.attention.AttentionView", "com.vaadin.flow.dom.impl.ElementListenerMap",
                "com.vaadin.flow.server.communication.UidlRequestHandler");

        assertThat(FriendlyErrors.isMalformedBrowserMessage(e)).isFalse();
    }

    @Test
    void aCauseFromOurCodeMakesItOursToo() {
        Throwable cause = withStack(new IllegalStateException("ours"), "dev.genaiplayground.chart.ApexChart");
        Throwable e = withStack(new RuntimeException(cause), "com.vaadin.flow.server.communication.ServerRpcHandler");

        assertThat(FriendlyErrors.isMalformedBrowserMessage(e)).isFalse();
    }

    @Test
    void aBrowserThatHungUpIsNoErrorAtAll() {
        assertThat(dev.genaiplayground.web.BrowserNoise.isHangUp(new RuntimeException(new java.io.IOException("Broken pipe"))))
                .isTrue();
        assertThat(dev.genaiplayground.web.BrowserNoise.isHangUp(new IllegalStateException("ours"))).isFalse();
    }

    private static Throwable withStack(Throwable t, String... classes) {
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "call", classes[i] + ".java", 1);
        }
        t.setStackTrace(frames);
        return t;
    }
}
