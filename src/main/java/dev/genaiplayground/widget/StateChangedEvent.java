package dev.genaiplayground.widget;

import com.vaadin.flow.component.ComponentEvent;

/** Fired by a {@link WidgetView} whenever its state changes, from the user or from code. */
public class StateChangedEvent<S extends Record> extends ComponentEvent<WidgetView<S>> {

    private final S state;

    public StateChangedEvent(WidgetView<S> source, S state, boolean fromClient) {
        super(source, fromClient);
        this.state = state;
    }

    public S state() {
        return state;
    }
}
