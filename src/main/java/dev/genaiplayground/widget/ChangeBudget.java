package dev.genaiplayground.widget;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.genaiplayground.web.WebLimits;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * How many widget state changes one browser session may still make: a token bucket that holds a second's worth
 * ({@link WebLimits#maxChangesPerSecond()}) and refills continuously. A person dragging or holding an arrow key
 * stays well inside it; a script flooding the server with edits is slowed to the limit.
 */
public final class ChangeBudget {

    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    ChangeBudget(int perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = perSecond;
        this.last = nanoTime.getAsLong();
    }

    /** Takes one change from the budget; false when the session has used up this second's changes. */
    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** The current session's budget; true (no limit) outside a session, as in unit tests. */
    static boolean tryTakeInCurrentSession() {
        VaadinSession session = VaadinSession.getCurrent();
        ChangeBudget budget = session == null ? null : session.getAttribute(ChangeBudget.class);
        return budget == null || budget.tryTake();
    }

    /** Gives every new session its budget. */
    @Component
    static class Installer implements VaadinServiceInitListener {

        private final WebLimits limits;

        Installer(WebLimits limits) {
            this.limits = limits;
        }

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(init -> init.getSession().setAttribute(ChangeBudget.class,
                    new ChangeBudget(limits.maxChangesPerSecond(), System::nanoTime)));
        }
    }
}
