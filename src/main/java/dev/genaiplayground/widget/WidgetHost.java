package dev.genaiplayground.widget;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dev.genaiplayground.ui.CodePanel;

/**
 * One widget wherever it appears (its own page, a lesson, an embed): binds its definition, its state, the shared
 * results, the link that follows its state, and a box for a problem with the settings it was opened with.
 */
public class WidgetHost<S extends Record, R extends Record> extends Composite<Div> {

    private final WidgetDefinition<S, R> definition;
    private final WidgetView<S, R> view;
    private final Div settingsProblem = new Div();

    private WidgetHost(WidgetDefinition<S, R> definition, S state, ResultCache results) {
        this.definition = definition;
        this.view = definition.createView(state, results.resultsOf(definition));
        settingsProblem.addClassName("page-problem");
        settingsProblem.getElement().setAttribute("role", "alert");
        settingsProblem.setVisible(false);
        getContent().addClassName("widget-host");
        CodePanel code = new CodePanel("Show the code (NumPy)", "python", () -> definition.numpyCode(view.state()));
        view.addStateChangedListener(e -> code.refresh());
        getContent().add(settingsProblem, view, code);
    }

    public static <S extends Record, R extends Record> WidgetHost<S, R> of(WidgetDefinition<S, R> definition,
                                                                          S state, ResultCache results) {
        return new WidgetHost<>(definition, state, results);
    }

    /**
     * Opens the widget from text settings (a link, a lesson block); settings that do not make a valid state are
     * explained above the widget, which starts from its default.
     */
    public static <S extends Record, R extends Record> WidgetHost<S, R> fromSettings(
            WidgetDefinition<S, R> definition, StateSource<S> settings, ResultCache results) {
        try {
            return of(definition, settings.read(), results);
        } catch (InvalidStateException e) {
            WidgetHost<S, R> host = of(definition, definition.defaultState(), results);
            host.settingsProblem.setText("This link's settings could not be used, so the widget starts from its "
                    + "default. " + e.getMessage());
            host.settingsProblem.setVisible(true);
            return host;
        }
    }

    /** Settings read into a state, or a message why they cannot be. */
    @FunctionalInterface
    public interface StateSource<S> {
        S read() throws InvalidStateException;
    }

    /** Keeps the browser's address on this widget's own page with its current state, for reloads and sharing. */
    public WidgetHost<S, R> syncingPageUrl() {
        // Vaadin's own History API re-encodes the query (every ',' becomes %2C); plain JS keeps links readable.
        view.addStateChangedListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "history.replaceState(history.state, '', $0)", StateLinks.pageFor(definition, e.state()))));
        return this;
    }

    /** Adds a link to the widget's own page that follows every change, so a learner can keep what they made. */
    public WidgetHost<S, R> withOwnPageLink(String text) {
        Anchor ownPage = new Anchor(StateLinks.pageFor(definition, view.state()), text);
        ownPage.addClassName("lesson-widget-link");
        view.addStateChangedListener(e -> ownPage.setHref(StateLinks.pageFor(definition, e.state())));
        getContent().add(ownPage);
        return this;
    }

    public WidgetView<S, R> view() {
        return view;
    }

    public S state() {
        return view.state();
    }
}
