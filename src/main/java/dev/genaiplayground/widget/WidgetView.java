package dev.genaiplayground.widget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.genaiplayground.ui.ReadOnlyControl;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view half of a widget: renders a state with its result, turns the person's edits into a new state and fires
 * a {@link StateChangedEvent}. It does no math: results come from the {@code results} function it is given (the
 * shared {@link ResultCache}), so equal states anywhere in the app are computed once.
 *
 * <p>Edits go through {@link #tryUpdate}: when the new state is rejected, the message is shown next to the widget
 * and the last good state stays.
 */
public abstract class WidgetView<S extends Record, R> extends Composite<Div> {

    private static final Logger LOG = LoggerFactory.getLogger(WidgetView.class);

    private final Div problem = new Div();
    private final Function<S, R> results;
    private S state;
    private boolean readOnly;

    protected WidgetView(S initialState, Function<S, R> results) {
        this.state = Objects.requireNonNull(initialState);
        this.results = Objects.requireNonNull(results);
        problem.addClassName("widget-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        getContent().addClassName("widget");
    }

    /** Call once at the end of the subclass constructor, after building its parts. */
    protected void start() {
        // First, so that the message is seen where the widget starts, not below its results.
        getContent().addComponentAsFirst(problem);
        render(state, results.apply(state));
    }

    public S state() {
        return state;
    }

    /**
     * Replaces the state from outside the view (a link, a lesson, a broadcast). A state equal to the current one
     * changes nothing and fires nothing.
     */
    public void setState(S newState, ChangeOrigin origin) {
        apply(newState, origin);
    }

    /**
     * The controls a person edits, by name: usually the setting each one changes. {@code _hide} names them, and
     * {@code _readonly} makes each read-only (or hides it, for an action such as a preset button).
     */
    protected abstract Map<String, Component> controls();

    /** The names {@link #controls()} uses. */
    public Set<String> controlNames() {
        return controls().keySet();
    }

    /** Shows the widget as a presentation asks: controls hidden, editing off. */
    public void present(Presentation presentation) {
        readOnly = presentation.readOnly();
        controls().forEach((name, control) -> {
            boolean action = !(control instanceof HasValue<?, ?>) && !(control instanceof ReadOnlyControl);
            control.setVisible(presentation.shows(name) && !(readOnly && action));
            if (control instanceof HasValue<?, ?> field) {
                field.setReadOnly(readOnly);
            } else if (control instanceof ReadOnlyControl editor) {
                editor.setReadOnly(readOnly);
            }
        });
    }

    public Registration addStateChangedListener(ComponentEventListener<StateChangedEvent<S>> listener) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<StateChangedEvent<S>> type = (Class) StateChangedEvent.class;
        return addListener(type, listener);
    }

    /**
     * Applies a state built from the person's edit, or shows why it cannot be applied.
     *
     * @return whether the edit was applied
     */
    protected boolean tryUpdate(Supplier<S> edit) {
        if (readOnly) { // the browser should not send edits of a read-only widget; if it does, they do nothing
            LOG.warn("Ignored an edit of a read-only widget: a forged or stale message from the browser");
            return false;
        }
        if (!ChangeBudget.tryTakeInCurrentSession()) {
            showProblem("Too many changes in a short time: this one was not applied. Wait a moment and try again.");
            return false;
        }
        S next;
        try {
            next = edit.get();
        } catch (IllegalArgumentException invalid) {
            showProblem(invalid.getMessage());
            return false;
        }
        return apply(next, ChangeOrigin.PERSON);
    }

    /** Shows a message about the last edit; the state is unchanged. */
    protected void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Brings every part of the view up to date with {@code state} and its {@code result}. */
    protected abstract void render(S state, R result);

    private boolean apply(S newState, ChangeOrigin origin) {
        if (newState.equals(state)) {
            problem.setVisible(false);
            return true;
        }
        R result;
        try {
            result = results.apply(newState);
        } catch (IllegalArgumentException refused) {
            // The numerics refused a state its record accepted: keep showing the last good one.
            showProblem(refused.getMessage());
            return false;
        }
        state = newState;
        render(newState, result);
        problem.setVisible(false);
        fireEvent(new StateChangedEvent<>(this, newState, origin));
        return true;
    }
}
