package dev.genaiplayground.classroom;

import dev.genaiplayground.widget.ChangeOrigin;
import dev.genaiplayground.widget.Goal;
import dev.genaiplayground.widget.GoalPanel;
import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.Presentation;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetHost;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A class's widget in one browser: built from a snapshot's widget id and settings through the shared result
 * cache, so every follower showing the teacher's state uses the one result computed for it.
 */
final class SharedWidget<S extends Record, R extends Record> {

    private static final Presentation FOLLOWING = new Presentation(Set.of(), true, Presentation.Theme.AUTO);

    private final WidgetDefinition<S, R> definition;
    private final WidgetHost<S, R> host;
    private Boolean editable;

    private SharedWidget(WidgetDefinition<S, R> definition, S state, ResultCache results) {
        this.definition = definition;
        this.host = WidgetHost.of(definition, state, results);
    }

    static <S extends Record, R extends Record> SharedWidget<S, R> of(WidgetDefinition<S, R> definition,
                                                                     Map<String, String> settings,
                                                                     ResultCache results) {
        return new SharedWidget<>(definition, decode(definition, settings), results);
    }

    String widgetId() {
        return definition.id();
    }

    WidgetHost<S, R> host() {
        return host;
    }

    /** Shows the state a snapshot carries, as a broadcast (an equal state changes nothing). */
    void show(Map<String, String> settings) {
        host.view().setState(decode(definition, settings), ChangeOrigin.BROADCAST);
    }

    Map<String, String> settings() {
        return definition.codec().toSettings(host.state());
    }

    /** Shows a state here only (a student stepping back through the timeline); fires no person change. */
    void showHere(Map<String, String> settings) {
        show(settings);
    }

    /** The question's panel for this widget, re-checked as its state changes. */
    GoalPanel goalPanel(Goal goal) {
        return host.goalPanel(goal);
    }

    /** Calls {@code listener} after every change of this widget's state, wherever it came from. */
    void onAnyChange(Runnable listener) {
        host.view().addStateChangedListener(e -> listener.run());
    }

    /** Read-only while following the teacher; editable while exploring or teaching. */
    void setEditable(boolean editable) {
        if (this.editable == null || this.editable != editable) { // every follower calls this on every change
            this.editable = editable;
            host.present(editable ? Presentation.INTERACTIVE : FOLLOWING);
        }
    }

    /** Calls {@code listener} with the settings of every change the person in this browser makes. */
    void onPersonChange(Consumer<Map<String, String>> listener) {
        host.view().addStateChangedListener(e -> {
            if (e.origin() == ChangeOrigin.PERSON) {
                listener.accept(definition.codec().toSettings(e.state()));
            }
        });
    }

    private static <S extends Record> S decode(WidgetDefinition<S, ?> definition, Map<String, String> settings) {
        try {
            return definition.codec().fromSettings(settings, definition.defaultState());
        } catch (InvalidStateException e) {
            // Settings come from the teacher's valid state; if the widget changed since, start from its default.
            return definition.defaultState();
        }
    }
}
