package dev.genaiplayground.pages;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.shell.MainLayout;
import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetHost;
import dev.genaiplayground.widget.WidgetRegistry;

/**
 * One widget on its own page, with its whole state in the URL: every change rewrites the query string, so a reload
 * or a shared link restores exactly what was on screen. A URL that does not make a valid state shows why and starts
 * from the widget's default.
 */
@Route(value = "widgets/:id", layout = MainLayout.class)
public class WidgetPage extends WidgetRoute {

    public WidgetPage(WidgetRegistry registry, WebLimits limits, ResultCache results) {
        super(registry, limits, results);
        addClassName("page");
    }

    @Override
    void show(WidgetDefinition<?, ?> widget, WidgetHost<?, ?> host) {
        add(new H1(widget.title()), new Paragraph(widget.summary()), host.syncingPageUrl().withTeachLink());
    }
}
