package dev.genaiplayground.pages;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.ui.Cards;
import dev.genaiplayground.shell.MainLayout;
import dev.genaiplayground.widget.WidgetRegistry;

/** Every registered widget, each linking to its own page. */
@Route(value = "widgets", layout = MainLayout.class)
@PageTitle("Widget gallery · GenAI Foundations Playground")
public class GalleryView extends Main {

    public GalleryView(WidgetRegistry registry) {
        addClassName("page");
        add(new H1("Widget gallery"),
                new Paragraph("Every interactive widget in the playground. Each one keeps its settings in the "
                        + "address bar, so you can bookmark or share exactly what you see."));
        Div cards = new Div();
        cards.addClassName("card-list");
        registry.all().forEach(w -> cards.add(Cards.link("widgets/" + w.id(), w.title(), w.summary())));
        add(cards);
    }
}
