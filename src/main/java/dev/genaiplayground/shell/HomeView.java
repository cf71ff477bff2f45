package dev.genaiplayground.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.lesson.Layer;
import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonRepository;
import dev.genaiplayground.ui.Cards;

/** The front door: what this is, where to start, and the lessons by layer. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("GenAI Foundations Playground")
public class HomeView extends Main {

    public HomeView(LessonRepository lessons) {
        addClassName("page");
        add(new H1("Learn the math under transformers by touching it"));
        add(new Paragraph("Each lesson explains one idea behind large language models and lets you change the "
                + "numbers yourself: drag a logit, edit a query, and watch the result recompute. "
                + "If you are new, start with the first lesson below or browse the widget gallery."));
        lessons.all().stream().findFirst().ifPresent(first -> {
            Anchor start = new Anchor("lessons/" + first.id(), "Start with “" + first.title() + "” →");
            start.addClassName("call-to-action");
            add(start);
        });
        for (Layer layer : Layer.values()) {
            if (lessons.inLayer(layer).isEmpty()) {
                continue;
            }
            add(new H2(layer.title()));
            Div cards = new Div();
            cards.addClassName("card-list");
            for (Lesson lesson : lessons.inLayer(layer)) {
                cards.add(Cards.link("lessons/" + lesson.id(), lesson.title(), lesson.summary()));
            }
            add(cards);
        }
    }
}
