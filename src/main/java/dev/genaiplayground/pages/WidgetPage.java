package dev.genaiplayground.pages;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.ui.MainLayout;
import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetHost;
import dev.genaiplayground.widget.WidgetRegistry;
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
    private final ResultCache results;
    private String title = "Widget";

    public WidgetPage(WidgetRegistry registry, WebLimits limits, ResultCache results) {
        this.registry = registry;
        this.limits = limits;
        this.results = results;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        WidgetDefinition<?, ?> widget = registry.find(id).orElse(null);
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

    private <S extends Record, R extends Record> void show(WidgetDefinition<S, R> widget, Location location) {
        removeAll();
        title = widget.title() + " · GenAI Foundations Playground";
        add(new H1(widget.title()), new Paragraph(widget.summary()));
        Map<String, List<String>> parameters = location.getQueryParameters().getParameters();
        add(WidgetHost.forLink(widget, parameters, limits.maxSettingLength(), results).syncingPageUrl());
    }
}
