package dev.genaiplayground.widget;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * The view half of a widget: renders a state, turns the person's edits into a new state and fires a
 * {@link StateChangedEvent}. It holds no math: subclasses call the compute package from {@link #render}.
 *
 * <p>Edits go through {@link #tryUpdate}: when the new state is rejected, the message is shown next to the
 * widget and the last good state stays.
 */
public abstract class WidgetView<S extends Record> extends Composite<Div> {

    private final Div problem = new Div();
    private S state;

    protected WidgetView(S initialState) {
        this.state = initialState;
        problem.addClassName("widget-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        getContent().addClassName("widget");
    }

    /** Call once at the end of the subclass constructor, after building its parts. */
    protected void start() {
        // First, so that the message is seen where the widget starts, not below its results.
        getContent().addComponentAsFirst(problem);
        render(state);
    }

    public S state() {
        return state;
    }

    /** Replaces the state from code (a reload, a classroom broadcast). */
    public void setState(S newState) {
        apply(newState, false);
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
        apply(next, true);
    }

    /** Shows a message about the last edit; the state is unchanged. */
    protected void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Brings every part of the view up to date with {@code state}. */
    protected abstract void render(S state);

    private void apply(S newState, boolean fromClient) {
        S previous = state;
        state = newState;
        try {
            render(newState);
        } catch (IllegalArgumentException refused) {
            // The numerics refused a state its record accepted: keep showing the last good one.
            state = previous;
            render(previous);
            showProblem(refused.getMessage());
            return;
        }
        problem.setVisible(false);
        fireEvent(new StateChangedEvent<>(this, newState, fromClient));
    }
}
