package dev.genaiplayground.widget;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.ui.MainLayout;
import dev.genaiplayground.web.WebLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One widget on its own page, with its whole state in the URL: every change rewrites the query string, so a reload
 * or a shared link restores exactly what was on screen. A URL that does not make a valid state shows why and starts
 * from the widget's default.
 */
@Route(value = "widgets/:id", layout = MainLayout.class)
public class WidgetPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WidgetRegistry registry;
    private final WebLimits limits;
    private String title = "Widget";

    public WidgetPage(WidgetRegistry registry, WebLimits limits) {
        this.registry = registry;
        this.limits = limits;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        WidgetDefinition<?> widget = registry.find(id).orElse(null);
        if (widget == null) {
            event.rerouteToError(NotFoundException.class, "There is no widget called “" + id + "”.");
            return;
        }
        show(widget, event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private <S extends Record> void show(WidgetDefinition<S> widget, Location location) {
        removeAll();
        title = widget.title() + " · GenAI Foundations Playground";
        add(new H1(widget.title()), new Paragraph(widget.summary()));

        S state = widget.defaultState();
        Map<String, List<String>> parameters = location.getQueryParameters().getParameters();
        if (!parameters.isEmpty()) {
            try {
                state = widget.codec().fromSettings(onlyValues(parameters), widget.defaultState(),
                        limits.maxSettingLength());
            } catch (InvalidStateException e) {
                Div problem = new Div("This link's settings could not be used, so the widget starts from its "
                        + "default. " + e.getMessage());
                problem.addClassName("page-problem");
                problem.getElement().setAttribute("role", "alert");
                add(problem);
            }
        }
        WidgetView<S> view = widget.createView(state);
        // Vaadin's own History API re-encodes the query (every ',' becomes %2C); plain JS keeps links readable.
        view.addStateChangedListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "history.replaceState(history.state, '', $0)", StateLinks.pageFor(widget, e.state()))));
        add(view);
    }

    /** One value per setting: a setting given twice is a mistake to report, not a choice to make silently. */
    private static Map<String, String> onlyValues(Map<String, List<String>> parameters) throws InvalidStateException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new InvalidStateException(entry.getKey(), "The setting '"
                        + PersonText.quote(entry.getKey(), 30) + "' is given " + entry.getValue().size()
                        + " times; give it once.");
            }
            settings.put(entry.getKey(), entry.getValue().isEmpty() ? "" : entry.getValue().get(0));
        }
        return settings;
    }
}
