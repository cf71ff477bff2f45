package dev.genaiplayground.pages;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.Presentation;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetHost;
import dev.genaiplayground.widget.WidgetRegistry;

/**
 * One widget and nothing else, for an iframe in somebody else's course page: {@code /embed/{id}?settings} with the
 * display options of {@link Presentation} ({@code _hide}, {@code _readonly}, {@code _theme}). It fills the frame's
 * width, and a small link opens the same state in the whole playground.
 */
@Route("embed/:id")
public class EmbedPage extends WidgetRoute {

    public EmbedPage(WidgetRegistry registry, WebLimits limits, ResultCache results) {
        super(registry, limits, results);
        addClassName("embed");
    }

    @Override
    void show(WidgetDefinition<?, ?> widget, WidgetHost<?, ?> host) {
        applyTheme(host.presentation().theme());
        H1 heading = new H1(widget.title());
        heading.addClassName("embed-title");
        add(heading, host.withOwnPageLink("Open in the playground ↗", "_blank"));
    }

    /** The embedding page chooses the colours; the reader's own choice is kept otherwise. */
    private void applyTheme(Presentation.Theme theme) {
        if (theme != Presentation.Theme.AUTO) {
            getElement().executeJs("document.documentElement.setAttribute('theme', $0)",
                    theme == Presentation.Theme.DARK ? "dark" : "");
        }
    }
}
