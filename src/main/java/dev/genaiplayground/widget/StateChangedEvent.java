package dev.genaiplayground.widget;

import com.vaadin.flow.component.ComponentEvent;

/** Fired by a {@link WidgetView} when its state changes to a different one, saying where the change came from. */
public class StateChangedEvent<S extends Record> extends ComponentEvent<WidgetView<S, ?>> {

    private final S state;
    private final ChangeOrigin origin;

    public StateChangedEvent(WidgetView<S, ?> source, S state, ChangeOrigin origin) {
        super(source, origin == ChangeOrigin.PERSON);
        this.state = state;
        this.origin = origin;
    }

    public S state() {
        return state;
    }

    public ChangeOrigin origin() {
        return origin;
    }
}
