package dev.genaiplayground.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The one card style used for lists of lessons and widgets. */
public final class Cards {

    private Cards() {
    }

    public static Anchor link(String href, String title, String description) {
        Span heading = new Span(title);
        heading.addClassName("card-title");
        Paragraph text = new Paragraph(description);
        text.addClassName("card-text");
        Anchor card = new Anchor(href);
        card.add(heading, text);
        card.addClassName("card");
        return card;
    }
}
