package dev.genaiplayground.widget;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link WidgetDefinition} from plain values, so that registering a widget is one constructor call:
 * {@code @Component class SoftmaxWidget extends BasicWidgetDefinition<SoftmaxState> { ... super(...) ... }}.
 */
public abstract class BasicWidgetDefinition<S extends Record> implements WidgetDefinition<S> {

    private final String id;
    private final String title;
    private final String summary;
    private final Class<S> stateType;
    private final Supplier<S> defaultState;
    private final Function<S, WidgetView<S>> viewFactory;
    private final StateCodec<S> codec;

    protected BasicWidgetDefinition(String id, String title, String summary, Class<S> stateType,
                                    Supplier<S> defaultState, Function<S, WidgetView<S>> viewFactory) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.stateType = stateType;
        this.defaultState = defaultState;
        this.viewFactory = viewFactory;
        this.codec = StateCodec.of(stateType);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public Class<S> stateType() {
        return stateType;
    }

    @Override
    public S defaultState() {
        return defaultState.get();
    }

    @Override
    public WidgetView<S> createView(S initialState) {
        return viewFactory.apply(initialState);
    }

    @Override
    public StateCodec<S> codec() {
        return codec;
    }
}
