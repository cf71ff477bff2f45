package dev.genaiplayground.widget;

import java.util.function.Function;

/**
 * Everything the app needs to know about one widget: its id, how to describe it, its state type and default, how
 * to compute its result and how to build its view. Register a widget by making its definition a Spring
 * {@code @Component}; lessons, deep links, the gallery, the JSON API and embeds then find it through
 * {@link WidgetRegistry}.
 *
 * @param <S> the state: an immutable, validated record
 * @param <R> the result: an immutable record of plain values computed by {@code compute/}
 */
public interface WidgetDefinition<S extends Record, R extends Record> {

    /** Short, URL-safe and stable: it appears in links and in lesson widget blocks. */
    String id();

    String title();

    /** One or two sentences for the gallery. */
    String summary();

    Class<S> stateType();

    S defaultState();

    /**
     * The accepted state with the longest link: the most entries, the longest names (in characters that links
     * must percent-encode) and every number at full precision. A test loads it from its link in a browser, which
     * shows that every state this widget accepts can be shared as a link.
     */
    S largestState();

    /**
     * The widget's numbers for a state: a pure function into {@code compute/}. Callers go through
     * {@link ResultCache}, so equal states are computed once.
     *
     * @throws IllegalArgumentException when the numerics refuse a state the record accepted
     */
    R compute(S state);

    /**
     * The NumPy program that computes {@link #compute}'s result for {@code state}, with the state's values filled
     * in, printing the result's fields as JSON: shown under "Show the code", and run by a test that compares what
     * it prints with {@link #compute}.
     */
    String numpyCode(S state);

    /** A view showing {@code initialState}, taking the results of its states from {@code results}. */
    WidgetView<S, R> createView(S initialState, Function<S, R> results);

    default StateCodec<S> codec() {
        return StateCodec.of(stateType());
    }
}
