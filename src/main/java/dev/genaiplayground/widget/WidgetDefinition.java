package dev.genaiplayground.widget;

/**
 * Everything the app needs to know about one widget: its id, how to describe it, its state type and default,
 * and how to build its view. Register a widget by making its definition a Spring {@code @Component}; lessons,
 * deep links, the gallery and embeds then find it through {@link WidgetRegistry}.
 */
public interface WidgetDefinition<S extends Record> {

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

    WidgetView<S> createView(S initialState);

    default StateCodec<S> codec() {
        return StateCodec.of(stateType());
    }
}
