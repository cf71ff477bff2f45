package dev.genaiplayground.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.genaiplayground.ui.Text;
import dev.genaiplayground.widget.Goal;
import dev.genaiplayground.widget.GoalPanel;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.WidgetRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A student in a class: the teacher's widget, driven by the teacher in follow mode, theirs to explore in free mode
 * (with a way back), an "eyes up" screen in pause mode, and a clear end. A student who lost their server session
 * (a dropped network, a server restart) rejoins with the key their browser kept.
 */
@Route(value = "class/:code", layout = ClassLayout.class)
@PageTitle("Class · GenAI Foundations Playground")
public class StudentView extends Main implements BeforeEnterObserver {

    private final ClassroomEngine engine;
    private final WidgetRegistry widgets;
    private final ResultCache results;
    private final Paragraph status = new Paragraph();
    private final Div eyesUp = new Div();
    private final Div widgetSlot = new Div();
    private final Div questionSlot = new Div();
    private final Div timeline = new Div();
    private List<ClassSnapshot.Moment> shownTimeline;
    private String shownTimelineWidget;
    private final ClassPlace place;
    private String question;
    private final Button backToTeacher = new Button("Back to the teacher");
    private ClassMembership membership;
    private String code;
    private SharedWidget<?, ?> widget;
    private ClassSnapshot teacher;
    private boolean exploring;
    private Runnable unsubscribe = () -> { };

    public StudentView(ClassroomEngine engine, WidgetRegistry widgets, ResultCache results, ClassLessons lessons) {
        this.engine = engine;
        this.place = new ClassPlace(lessons);
        this.widgets = widgets;
        this.results = results;
        addClassNames("page", "class-page", "student-page");
        status.addClassName("class-status");
        status.getElement().setAttribute("aria-live", "polite");
        eyesUp.addClassName("class-eyes-up");
        eyesUp.add(new Paragraph("Eyes up"), new Paragraph("Your teacher has paused the class."));
        eyesUp.setVisible(false);
        backToTeacher.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backToTeacher.addClickListener(e -> backToTeacher());
        backToTeacher.setVisible(false);
        widgetSlot.addClassName("class-widget");
        questionSlot.addClassName("class-question");
        timeline.addClassName("class-timeline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").flatMap(ClassCode::normalise).orElse("");
        membership = VaadinSession.getCurrent().getAttribute(ClassMembership.class);
        removeAll();
        if (membership != null && membership.code().equals(code)) {
            showClassPage();
            return;
        }
        // No membership in this server session: the browser may still hold a key from before.
        membership = null;
        add(new H1("Class " + code), status);
        status.setText("Reconnecting…");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (membership == null) {
            ui.getPage().executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }",
                    ClassMembership.storageKey(code)).then(String.class, this::rejoin, error -> toJoinPage(ui));
            return;
        }
        follow(ui);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe.run();
        if (membership != null) {
            engine.setStatus(code, membership.studentId(), Student.Status.AWAY);
        }
    }

    private void rejoin(String key) {
        UI ui = UI.getCurrent();
        if (key == null || key.length() > 100) {
            toJoinPage(ui);
            return;
        }
        try {
            Student student = engine.rejoin(code, key).orElse(null);
            if (student == null) { // a key from another class, or from before a restart
                toJoinPage(ui);
                return;
            }
            membership = new ClassMembership(code, student.id(), student.name(), key);
            VaadinSession.getCurrent().setAttribute(ClassMembership.class, membership);
            showClassPage();
            follow(ui);
        } catch (ClassroomException e) {
            ended(e.getMessage());
        }
    }

    private void showClassPage() {
        removeAll();
        add(new H1("Class " + code), status, backToTeacher, eyesUp, place, questionSlot, widgetSlot, timeline);
    }

    private void toJoinPage(UI ui) {
        ui.navigate("join/" + code);
    }

    private void follow(UI ui) {
        ClassSnapshot now = engine.current(code).orElse(null);
        if (now == null) {
            ended("This class has ended, or its code is no longer valid.");
            return;
        }
        engine.setStatus(code, membership.studentId(), Student.Status.FOLLOWING);
        unsubscribe = engine.subscribe(code, new CoalescingUpdates(ui, this::apply));
        apply(now);
    }

    private void apply(ClassSnapshot snapshot) {
        teacher = snapshot;
        if (snapshot.ended()) {
            unsubscribe.run();
            ended("The class has ended. Thank you for joining!");
            return;
        }
        boolean free = snapshot.mode() == ClassMode.FREE;
        if (!free) {
            exploring = false;
        }
        if (widget == null || !widget.widgetId().equals(snapshot.widgetId())) {
            showWidget(snapshot.widgetId(), snapshot.settings());
        } else if (!exploring) {
            widget.show(snapshot.settings());
        }
        widget.setEditable(free);
        showQuestion(snapshot.question());
        showTimeline(snapshot);
        place.show(snapshot.lesson(), snapshot.section());
        boolean paused = snapshot.mode() == ClassMode.PAUSE;
        eyesUp.setVisible(paused);
        place.setVisible(!paused && place.showsLesson());
        widgetSlot.setVisible(!paused);
        questionSlot.setVisible(!paused);
        timeline.setVisible(!paused);
        backToTeacher.setVisible(free && exploring);
        Text.update(status, membership.name() + " · " + switch (snapshot.mode()) {
            case FOLLOW -> "Following the teacher: the widget shows what they show.";
            case FREE -> exploring ? "Exploring on your own." : "Free time: change the widget as you like.";
            case PAUSE -> "Paused.";
        });
    }

    /** The teacher's question, checked live; reaching it sends this student's state as their answer. */
    private void showQuestion(String text) {
        if (Objects.equals(text, question)) {
            return;
        }
        question = text;
        questionSlot.removeAll();
        if (text == null || widget == null) {
            return;
        }
        try {
            GoalPanel panel = widget.goalPanel(Goal.parse(text));
            questionSlot.add(panel);
            String asked = text;
            widget.onAnyChange(() -> {
                if (asked.equals(question) && panel.reached()) {
                    engine.answer(code, membership.studentId(), asked, widget.settings());
                }
            });
        } catch (BlockException | IllegalArgumentException unusable) {
            questionSlot.add(new Paragraph("The teacher's question cannot be shown here: " + unusable.getMessage()));
        }
    }

    /** The states the teacher saved: a student can step back to any of them on their own copy. */
    private void showTimeline(ClassSnapshot snapshot) {
        String widgetId = widget == null ? null : widget.widgetId();
        if (snapshot.timeline().equals(shownTimeline) && Objects.equals(widgetId, shownTimelineWidget)) {
            return; // most changes leave it as it is; rebuilding it for every follower on every change is waste
        }
        shownTimeline = snapshot.timeline();
        shownTimelineWidget = widgetId;
        timeline.removeAll();
        if (snapshot.timeline().isEmpty()) {
            return;
        }
        timeline.add(new H2("Saved moments"));
        for (ClassSnapshot.Moment moment : snapshot.timeline()) {
            Button show = new Button(moment.label(), e -> {
                if (widget != null && widget.widgetId().equals(moment.widgetId())) {
                    widget.showHere(moment.settings());
                    markExploring();
                }
            });
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            show.setEnabled(widget != null && widget.widgetId().equals(moment.widgetId()));
            timeline.add(show);
        }
    }

    private void markExploring() {
        if (!exploring) {
            exploring = true;
            engine.setStatus(code, membership.studentId(), Student.Status.EXPLORING);
            backToTeacher.setVisible(true);
            status.setText(membership.name() + " · Exploring on your own.");
        }
    }

    private void showWidget(String widgetId, Map<String, String> settings) {
        widgetSlot.removeAll();
        question = null;
        questionSlot.removeAll();
        widget = widgets.find(widgetId).map(d -> (SharedWidget<?, ?>) SharedWidget.of(d, settings, results))
                .orElse(null);
        if (widget == null) {
            widgetSlot.add(new Paragraph("The teacher's widget is not available here."));
            return;
        }
        exploring = false;
        widget.onPersonChange(changed -> markExploring());
        widgetSlot.add(widget.host());
    }

    private void backToTeacher() {
        exploring = false;
        engine.setStatus(code, membership.studentId(), Student.Status.FOLLOWING);
        if (teacher != null) {
            apply(teacher);
        }
    }

    private void ended(String message) {
        removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName("class-ended");
        add(new H1("Class " + code), text, new Anchor("", "Go to the playground"));
    }
}
