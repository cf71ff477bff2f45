package dev.genaiplayground.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.genaiplayground.web.BrowserNoise;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: an unexpected error while handling a person's action is logged in full for us and shown
 * to them as one plain sentence, never a stack trace. The page and its state stay as they were. A malformed message
 * that Vaadin itself refuses (garbage sent by hand, not by our pages) is one WARN line.
 */
@Component
public class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);
    private static final String APP_PACKAGE = "dev.genaiplayground.";
    /** Where Vaadin starts handling a request: frames below these belong to the servlet container and filters. */
    private static final List<String> REQUEST_HANDLING = List.of(
            "com.vaadin.flow.server.communication.UidlRequestHandler", "com.vaadin.flow.server.VaadinService");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent error) {
        Throwable problem = error.getThrowable();
        if (BrowserNoise.isHangUp(problem)) {
            LOG.debug("A browser went away while we answered it: {}", oneLine(problem));
            return;
        }
        if (isMalformedBrowserMessage(problem)) {
            // Vaadin refused a message no browser of ours sends (a forged or corrupted request): the sender's
            // problem, worth a line, not a stack trace or an alert.
            LOG.warn("Refused a malformed message from a browser: {}", oneLine(problem));
        } else {
            LOG.error("Unexpected error while handling a request", problem);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notice = Notification.show("Sorry, that did not work. Your last change was not applied;"
                        + " please try again or reload the page.", 6000, Notification.Position.BOTTOM_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /**
     * True when the error arose inside Vaadin's reading of a browser message, before any code of ours ran: no frame
     * of this application sits between the error and Vaadin's request handling, for the error and its causes.
     * (Our servlet filters are further down every request's stack and do not count.)
     */
    static boolean isMalformedBrowserMessage(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (REQUEST_HANDLING.stream().anyMatch(frame.getClassName()::startsWith)) {
                    break;
                }
                if (frame.getClassName().startsWith(APP_PACKAGE)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String oneLine(Throwable problem) {
        String message = String.valueOf(problem.getMessage()).replaceAll("\\s+", " ");
        return problem.getClass().getSimpleName() + ": "
                + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }
}
