package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dev.genaiplayground.ui.CodePanel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One widget wherever it appears (its own page, a lesson, an embed): binds its definition, its state, the shared
 * results, how it is presented, the link that follows its state, "show the code", and a box for a problem with the
 * settings it was opened with.
 */
public class WidgetHost<S extends Record, R extends Record> extends Composite<Div> {

    private final WidgetDefinition<S, R> definition;
    private final WidgetView<S, R> view;
    private final CodePanel code;
    private final Function<S, R> results;
    private final Div settingsProblem = new Div();
    private Presentation presentation = Presentation.INTERACTIVE;

    private WidgetHost(WidgetDefinition<S, R> definition, S state, ResultCache results) {
        this.definition = definition;
        this.results = results.resultsOf(definition);
        this.view = definition.createView(state, this.results);
        this.code = new CodePanel("Show the code (NumPy)", "python", () -> definition.numpyCode(view.state()));
        view.addStateChangedListener(e -> code.refresh());
        settingsProblem.addClassName("page-problem");
        settingsProblem.getElement().setAttribute("role", "alert");
        settingsProblem.setVisible(false);
        getContent().addClassName("widget-host");
        getContent().add(settingsProblem, view, code);
    }

    /** The widget in a state, shown interactively (a lesson block). */
    public static <S extends Record, R extends Record> WidgetHost<S, R> of(WidgetDefinition<S, R> definition,
                                                                          S state, ResultCache results) {
        return new WidgetHost<>(definition, state, results);
    }

    /**
     * The widget a link asks for: its state from the settings, its presentation from the reserved keys. Settings
     * that do not make a valid state are explained above the widget, which starts from its default; a bad display
     * option is explained and ignored.
     */
    public static <S extends Record, R extends Record> WidgetHost<S, R> forLink(
            WidgetDefinition<S, R> definition, Map<String, List<String>> parameters, int maxSettingLength,
            ResultCache results) {
        S state = definition.defaultState();
        String problem = null;
        try {
            state = LinkSettings.state(definition, parameters, maxSettingLength);
        } catch (InvalidStateException e) {
            problem = "This link's settings could not be used, so the widget starts from its default. "
                    + e.getMessage();
        }
        WidgetHost<S, R> host = of(definition, state, results);
        try {
            host.present(Presentation.from(parameters, host.controlNames()));
        } catch (InvalidStateException e) {
            problem = problem == null ? e.getMessage() : problem + " " + e.getMessage();
        }
        if (problem != null) {
            host.settingsProblem.setText(problem);
            host.settingsProblem.setVisible(true);
        }
        return host;
    }

    /** The names a link's {@code _hide} may use: the view's controls and {@value Presentation#CODE}. */
    public Set<String> controlNames() {
        Set<String> names = new LinkedHashSet<>(view.controlNames());
        names.add(Presentation.CODE);
        return names;
    }

    public WidgetHost<S, R> present(Presentation presentation) {
        this.presentation = presentation;
        view.present(presentation);
        code.setVisible(presentation.shows(Presentation.CODE));
        return this;
    }

    /** Keeps the browser's address on this widget's own page with its current state, for reloads and sharing. */
    public WidgetHost<S, R> syncingPageUrl() {
        // Vaadin's own History API re-encodes the query (every ',' becomes %2C); plain JS keeps links readable.
        view.addStateChangedListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "history.replaceState(history.state, '', $0)", StateLinks.pageFor(definition, e.state())
                        + presentation.query())));
        return this;
    }

    /**
     * Adds a link to the widget's own page with its current state that follows every change, so a learner can keep
     * what they made (a lesson) or open the whole playground (an embed).
     */
    public WidgetHost<S, R> withOwnPageLink(String text, String target) {
        return withLink(text, target, "widget-own-page-link", state -> StateLinks.pageFor(definition, state));
    }

    /** Adds a link to start a class with this widget in its current state, following every change. */
    public WidgetHost<S, R> withTeachLink() {
        return withLink("Teach this in a class", null, "widget-teach-link",
                state -> "teach?widget=" + definition.id() + "&"
                        + StateLinks.queryString(definition.codec().toSettings(state)));
    }

    private WidgetHost<S, R> withLink(String text, String target, String className,
                                      java.util.function.Function<S, String> href) {
        Anchor link = new Anchor(href.apply(view.state()), text);
        link.addClassName(className);
        if (target != null) {
            link.setTarget(target);
        }
        view.addStateChangedListener(e -> link.setHref(href.apply(e.state())));
        getContent().add(link);
        return this;
    }

    /**
     * A self-check about this widget, to place anywhere on the page: re-checked on every change of its state, with
     * a button that brings the widget into view.
     *
     * @throws IllegalArgumentException when the goal names a field the widget's answer does not have
     */
    public GoalPanel goalPanel(Goal goal) {
        List<String> unknown = goal.unknownPaths(answer());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The " + definition.id() + " widget's JSON has no "
                    + String.join(", ", unknown) + ". See /api/widgets/" + definition.id() + " for its fields.");
        }
        GoalPanel panel = new GoalPanel(goal, answer(), this::scrollIntoView);
        view.addStateChangedListener(e -> panel.update(answer()));
        return panel;
    }

    /** The widget's state and result as the JSON API answers them. */
    public JsonNode answer() {
        return WidgetAnswer.of(view.state(), results.apply(view.state()));
    }

    public Presentation presentation() {
        return presentation;
    }

    public WidgetView<S, R> view() {
        return view;
    }

    public S state() {
        return view.state();
    }
}
