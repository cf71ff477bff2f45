package dev.genaiplayground.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.genaiplayground.ui.Checklist;
import dev.genaiplayground.ui.LessonContent;
import dev.genaiplayground.widget.Goal;
import dev.genaiplayground.shell.MainLayout;
import dev.genaiplayground.widget.WidgetBlockReader;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetHost;
import dev.genaiplayground.widget.WidgetRegistry;
import java.util.List;

/**
 * One lesson: its title and layer, its text with the widgets it names in place, and links to the previous and next
 * lesson. A mistake in the lesson source shows up where it happened and the rest of the lesson still renders.
 */
@Route(value = "lessons/:id", layout = MainLayout.class)
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final LessonRenderer RENDERER = new LessonRenderer();

    private final LessonRepository lessons;
    private final WidgetRegistry widgets;
    private final ResultCache results;
    private String title = "Lesson";
    /** The last widget placed while rendering, which a check block below it belongs to. */
    private WidgetHost<?, ?> lastWidget;

    public LessonView(LessonRepository lessons, WidgetRegistry widgets, ResultCache results) {
        this.results = results;
        this.lessons = lessons;
        this.widgets = widgets;
        addClassNames("page", "lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        Lesson lesson = lessons.find(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, "There is no lesson called “" + id + "”.");
            return;
        }
        show(lesson);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Lesson lesson) {
        removeAll();
        lastWidget = null;
        title = lesson.title() + " · GenAI Foundations Playground";
        Paragraph layer = new Paragraph(lesson.layer().title());
        layer.addClassName("lesson-layer");
        add(new H1(lesson.title()), layer);
        RENDERER.render(lesson).forEach(segment -> add(component(segment)));
        Anchor teach = new Anchor("teach?lesson=" + lesson.id(), "Teach this lesson in a class");
        teach.addClassName("lesson-teach-link");
        add(pager(lesson), teach);
    }

    private Component component(LessonSegment segment) {
        // Java 17 has no pattern switch; LessonSegment is sealed, so these cases are all there is.
        if (segment instanceof LessonSegment.Html html) {
            return new LessonContent(html.html());
        }
        if (segment instanceof LessonSegment.WidgetBlock block) {
            return widget(block);
        }
        if (segment instanceof LessonSegment.CheckBlock check) {
            return check(check);
        }
        if (segment instanceof LessonSegment.Checklist checklist) {
            return new Checklist(checklist.key(), checklist.items());
        }
        LessonSegment.Problem problem = (LessonSegment.Problem) segment;
        return problem(problem.line(), problem.message());
    }

    private Component widget(LessonSegment.WidgetBlock block) {
        WidgetDefinition<?, ?> definition = widgets.find(block.widgetId()).orElse(null);
        if (definition == null) {
            String known = widgets.ids().isEmpty() ? "none yet" : String.join(", ", widgets.ids());
            return problem(block.line(), "there is no widget called '" + block.widgetId() + "'. Known widgets: "
                    + known + ".");
        }
        try {
            return widgetView(definition, block.body());
        } catch (BlockException e) {
            return problem(block.line() + e.line(), e.getMessage());
        }
    }

    /**
     * The widget, and a link to its own page that follows every change, so a learner can keep or share what they
     * made. Generic so that the state type read from the block is the one the view accepts.
     */
    private <S extends Record, R extends Record> Component widgetView(WidgetDefinition<S, R> definition,
                                                                     String body) throws BlockException {
        WidgetHost<S, R> host = WidgetHost.of(definition, WidgetBlockReader.read(definition, body), results)
                .withOwnPageLink("Open this widget on its own page", null);
        host.addClassName("lesson-widget");
        lastWidget = host;
        return host;
    }

    /** The self-check for the widget above it, or the problem with the block. */
    private Component check(LessonSegment.CheckBlock block) {
        if (lastWidget == null) {
            return problem(block.line(), "a check block needs a widget block above it to check.");
        }
        try {
            return lastWidget.goalPanel(Goal.parse(block.body()));
        } catch (BlockException e) {
            return problem(block.line() + e.line(), e.getMessage());
        } catch (IllegalArgumentException e) {
            return problem(block.line(), e.getMessage());
        }
    }

    private static Component problem(int line, String message) {
        Div box = new Div("Line " + line + ": " + message);
        box.addClassName("lesson-problem");
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    private Component pager(Lesson lesson) {
        List<Lesson> all = lessons.all();
        int index = all.indexOf(lesson);
        Nav pager = new Nav();
        pager.addClassName("lesson-pager");
        pager.getElement().setAttribute("aria-label", "Previous and next lesson");
        if (index > 0) {
            Lesson previous = all.get(index - 1);
            Anchor link = new Anchor("lessons/" + previous.id(), "← " + previous.title());
            link.addClassName("lesson-pager-previous");
            link.getElement().setAttribute("rel", "prev");
            pager.add(link);
        }
        if (index >= 0 && index < all.size() - 1) {
            Lesson next = all.get(index + 1);
            Anchor link = new Anchor("lessons/" + next.id(), next.title() + " →");
            link.addClassName("lesson-pager-next");
            link.getElement().setAttribute("rel", "next");
            pager.add(link);
        }
        return pager;
    }
}
