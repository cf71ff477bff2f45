package dev.genaiplayground.pages;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetHost;
import dev.genaiplayground.widget.WidgetRegistry;

/**
 * A route that shows the widget its {@code :id} names, in the state and presentation its link asks for; an unknown
 * id is a 404. Subclasses decide what surrounds the widget.
 */
abstract class WidgetRoute extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WidgetRegistry registry;
    private final WebLimits limits;
    private final ResultCache results;
    private String title = "Widget";

    WidgetRoute(WidgetRegistry registry, WebLimits limits, ResultCache results) {
        this.registry = registry;
        this.limits = limits;
        this.results = results;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        WidgetDefinition<?, ?> widget = registry.find(id).orElse(null);
        if (widget == null) {
            event.rerouteToError(NotFoundException.class, "There is no widget called “" + id + "”.");
            return;
        }
        removeAll();
        title = widget.title() + " · GenAI Foundations Playground";
        show(widget, WidgetHost.forLink(widget, event.getLocation().getQueryParameters().getParameters(),
                limits.maxSettingLength(), results));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Puts the widget's host on the page, with whatever the page shows around it. */
    abstract void show(WidgetDefinition<?, ?> widget, WidgetHost<?, ?> host);
}
