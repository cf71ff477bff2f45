package dev.genaiplayground.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: an unexpected error while handling a person's action is logged in full for us and shown
 * to them as one plain sentence, never a stack trace. The page and its state stay as they were.
 */
@Component
public class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent error) {
        LOG.error("Unexpected error while handling a request", error.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notice = Notification.show("Sorry, that did not work. Your last change was not applied;"
                        + " please try again or reload the page.", 6000, Notification.Position.BOTTOM_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
