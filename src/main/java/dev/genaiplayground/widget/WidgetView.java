package dev.genaiplayground.widget;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The view half of a widget: renders a state with its result, turns the person's edits into a new state and fires
 * a {@link StateChangedEvent}. It does no math: results come from the {@code results} function it is given (the
 * shared {@link ResultCache}), so equal states anywhere in the app are computed once.
 *
 * <p>Edits go through {@link #tryUpdate}: when the new state is rejected, the message is shown next to the widget
 * and the last good state stays.
 */
public abstract class WidgetView<S extends Record, R> extends Composite<Div> {

    private final Div problem = new Div();
    private final Function<S, R> results;
    private S state;

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

    public Registration addStateChangedListener(ComponentEventListener<StateChangedEvent<S>> listener) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<StateChangedEvent<S>> type = (Class) StateChangedEvent.class;
        return addListener(type, listener);
    }

    /** Applies a state built from the person's edit, or shows why it cannot be applied. */
    protected void tryUpdate(Supplier<S> edit) {
        if (!ChangeBudget.tryTakeInCurrentSession()) {
            showProblem("Too many changes in a short time: this one was not applied. Wait a moment and try again.");
            return;
        }
        S next;
        try {
            next = edit.get();
        } catch (IllegalArgumentException invalid) {
            showProblem(invalid.getMessage());
            return;
        }
        apply(next, ChangeOrigin.PERSON);
    }

    /** Shows a message about the last edit; the state is unchanged. */
    protected void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Brings every part of the view up to date with {@code state} and its {@code result}. */
    protected abstract void render(S state, R result);

    private void apply(S newState, ChangeOrigin origin) {
        if (newState.equals(state)) {
            problem.setVisible(false);
            return;
        }
        R result;
        try {
            result = results.apply(newState);
        } catch (IllegalArgumentException refused) {
            // The numerics refused a state its record accepted: keep showing the last good one.
            showProblem(refused.getMessage());
            return;
        }
        state = newState;
        render(newState, result);
        problem.setVisible(false);
        fireEvent(new StateChangedEvent<>(this, newState, origin));
    }
}
