package dev.genaiplayground.widget;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link WidgetDefinition} from plain values, so that registering a widget is one constructor call plus its
 * largest state: {@code @Component class SoftmaxWidget extends BasicWidgetDefinition<SoftmaxState, SoftmaxResult>}.
 */
public abstract class BasicWidgetDefinition<S extends Record, R extends Record> implements WidgetDefinition<S, R> {

    private final String id;
    private final String title;
    private final String summary;
    private final Class<S> stateType;
    private final Supplier<S> defaultState;
    private final Function<S, R> compute;
    private final BiFunction<S, Function<S, R>, WidgetView<S, R>> viewFactory;
    private final StateCodec<S> codec;

    protected BasicWidgetDefinition(String id, String title, String summary, Class<S> stateType,
                                    Supplier<S> defaultState, Function<S, R> compute,
                                    BiFunction<S, Function<S, R>, WidgetView<S, R>> viewFactory) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.stateType = stateType;
        this.defaultState = defaultState;
        this.compute = compute;
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
    public R compute(S state) {
        return compute.apply(state);
    }

    @Override
    public WidgetView<S, R> createView(S initialState, Function<S, R> results) {
        return viewFactory.apply(initialState, results);
    }

    @Override
    public StateCodec<S> codec() {
        return codec;
    }
}
