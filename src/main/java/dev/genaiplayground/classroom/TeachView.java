package dev.genaiplayground.classroom;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.genaiplayground.lesson.Lesson;
import dev.genaiplayground.lesson.LessonChecks;
import dev.genaiplayground.lesson.LessonSection;
import dev.genaiplayground.shell.MainLayout;
import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.LinkSettings;
import dev.genaiplayground.widget.PersonText;
import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The teacher's side of a class: start one, show the code, link and QR code to the room, choose the widget and
 * drive it, switch between follow, free and pause, watch the roster, end the class. The private teacher link
 * ({@code /teach/<code>?key=…}) reopens this page on another device.
 */
@Route(value = "teach/:code?", layout = MainLayout.class)
@PageTitle("Teach a class · GenAI Foundations Playground")
public class TeachView extends Main implements BeforeEnterObserver {

    private final ClassroomEngine engine;
    private final WidgetRegistry widgets;
    private final ResultCache results;
    private final ClassroomSettings settings;
    private final LessonChecks checks;
    private final ClassLessons lessons;
    private final ClassPlace place;
    private final LessonNavigation navigation;
    private final Select<WidgetDefinition<?, ?>> widgetChoice = new Select<>();
    private final Div questionBox = new Div();
    private final Span answered = new Span();
    private final Div answerList = new Div();
    private final RadioButtonGroup<ClassMode> modeChoice = new RadioButtonGroup<>("Students");
    private final Div problem = new Div();
    private final Span count = new Span();
    private final UnorderedList roster = new UnorderedList();
    private final Div widgetSlot = new Div();
    private final AtomicBoolean rosterScheduled = new AtomicBoolean();
    private String code;
    private String key;
    private SharedWidget<?, ?> widget;
    private Runnable unsubscribe = () -> { };

    public TeachView(ClassroomEngine engine, WidgetRegistry widgets, ResultCache results,
                     ClassroomSettings settings, LessonChecks checks, ClassLessons lessons) {
        this.checks = checks;
        this.lessons = lessons;
        this.place = new ClassPlace(lessons);
        this.navigation = new LessonNavigation(lessons, this::goTo, this::leaveLessons);
        this.engine = engine;
        this.widgets = widgets;
        this.results = results;
        this.settings = settings;
        addClassNames("page", "class-page", "teach-page");
        problem.addClassName("page-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        count.addClassName("class-count");
        count.getElement().setAttribute("aria-live", "polite");
        roster.addClassName("class-roster");
        widgetSlot.addClassName("class-widget");
        questionBox.addClassName("class-question");
        answered.addClassName("class-answered");
        answered.getElement().setAttribute("aria-live", "polite");
        answerList.addClassName("class-answers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        code = event.getRouteParameters().get("code").flatMap(ClassCode::normalise).orElse(null);
        key = event.getLocation().getQueryParameters().getSingleParameter("key").orElse(null);
        if (code == null) {
            Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
            String wanted = event.getLocation().getQueryParameters().getSingleParameter("widget").orElse("");
            String lesson = event.getLocation().getQueryParameters().getSingleParameter("lesson").orElse(null);
            startPage(widgets.find(wanted).orElse(null), lessons.find(lesson).orElse(null), query);
        } else if (engine.isTeacher(code, key)) {
            classPage();
            followRoster(event.getUI());
        } else {
            add(new H1("Teach a class"));
            show(engine.current(code).isPresent() ? "This teacher link is not right: open the link you were given "
                    + "when you started the class." : "This class has ended, or its code is no longer valid.");
            add(new Anchor("teach", "Start a new class"));
        }
    }

    /**
     * The start form, with {@code preselected} (from {@code /teach?widget=<id>&<settings>}, the "Teach this" link
     * of a widget page) chosen when given, in the state its settings describe; or {@code lesson} (from
     * {@code /teach?lesson=<id>}, the "Teach this lesson" link) to start at its first section with a widget.
     */
    private void startPage(WidgetDefinition<?, ?> preselected, Lesson lesson, Map<String, List<String>> query) {
        add(new H1("Teach a class"), new Paragraph("Start a class, show its code to the room, and your students "
                + "follow the lesson and the widget you drive: on their laptops and phones, live."), problem);
        Select<Lesson> lessonStart = LessonNavigation.lessonSelect(lessons, "Start with the lesson");
        lessonStart.setValue(lesson);
        Select<WidgetDefinition<?, ?>> choice = new Select<>();
        choice.setLabel("Start with the widget");
        choice.setWidth("18rem");
        List<WidgetDefinition<?, ?>> all = widgets.all().stream()
                .sorted(Comparator.comparing(WidgetDefinition::title)).toList();
        choice.setItems(all);
        choice.setItemLabelGenerator(WidgetDefinition::title);
        choice.setValue(preselected != null ? preselected : all.get(0));
        choice.setVisible(lesson == null);
        lessonStart.addValueChangeListener(e -> choice.setVisible(e.getValue() == null));
        PasswordField passcode = new PasswordField("Teacher passcode");
        passcode.setVisible(settings.passcodeRequired() && !passcodeAccepted());
        Button start = new Button("Start a class", e -> {
            if (passcode.isVisible() && !rightPasscode(passcode.getValue())) {
                show("That passcode is not right. Ask whoever runs this site for the teacher passcode.");
                return;
            }
            VaadinSession.getCurrent().setAttribute("classroom.teacher", Boolean.TRUE);
            WidgetDefinition<?, ?> definition = choice.getValue();
            Map<String, String> state = definition == preselected ? linkSettings(definition, query)
                    : defaultSettings(definition);
            ClassroomEngine.Opened opened = engine.open(definition.id(), state);
            if (lessonStart.getValue() != null) {
                Lesson chosen = lessonStart.getValue();
                LessonSection first = lessons.start(chosen);
                ClassLessons.ShownWidget shown = lessons.widgetFor(chosen, first,
                        new ClassLessons.ShownWidget(definition.id(), state));
                act(() -> engine.navigate(opened.code(), opened.teacherKey(), chosen.id(), first.heading(),
                        shown.widgetId(), shown.settings()));
            }
            getUI().ifPresent(ui -> ui.navigate("teach/" + opened.code(),
                    QueryParameters.of("key", opened.teacherKey())));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(lessonStart, choice, passcode, start);
        form.addClassName("widget-controls");
        add(form);
    }

    private void classPage() {
        ClassSnapshot now = engine.current(code).orElseThrow();
        Span codeText = new Span(code.substring(0, 3) + " " + code.substring(3));
        codeText.addClassName("class-code");
        codeText.getElement().setAttribute("aria-label", "Class code " + String.join(" ", code.split("")));
        Image qr = new Image();
        qr.addClassName("class-qr");
        qr.setAlt("QR code of the join link");
        Anchor joinLink = new Anchor("join/" + code, "join/" + code);
        joinLink.addClassName("class-join-link");
        TextField teacherLink = new TextField("Your private teacher link");
        teacherLink.setReadOnly(true);
        teacherLink.setHelperText("Keep it to yourself: it reopens this page, on another device too.");
        teacherLink.addClassName("class-teacher-link");
        Div join = new Div(new Paragraph("Join at"), joinLink, new Paragraph("with the code"), codeText, qr);
        join.addClassName("class-join");
        // The browser knows the address the students can reach; draw the link and QR code from it.
        getElement().getNode().runWhenAttached(ui -> ui.getPage().fetchCurrentURL(url -> {
            String base = url.getProtocol() + "://" + url.getAuthority() + "/";
            joinLink.setText(base + "join/" + code);
            qr.setSrc(QrCode.svgDataUrl(base + "join/" + code));
            teacherLink.setValue(base + "teach/" + code + "?key=" + key);
        }));

        RadioButtonGroup<ClassMode> mode = modeChoice;
        mode.setItems(ClassMode.values());
        mode.setItemLabelGenerator(m -> switch (m) {
            case FOLLOW -> "Follow me";
            case FREE -> "Explore freely";
            case PAUSE -> "Pause (eyes up)";
        });
        mode.setValue(now.mode());
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> engine.setMode(code, key, e.getValue()));
            }
        });
        widgetChoice.setLabel("Widget");
        widgetChoice.setWidth("18rem");
        widgetChoice.setItems(widgets.all().stream().sorted(Comparator.comparing(WidgetDefinition::title)).toList());
        widgetChoice.setItemLabelGenerator(WidgetDefinition::title);
        widgets.find(now.widgetId()).ifPresent(widgetChoice::setValue);
        widgetChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> engine.show(code, key, e.getValue().id(), defaultSettings(e.getValue())));
                showWidget(e.getValue().id(), defaultSettings(e.getValue()));
                showQuestionChoice(e.getValue().id(), null);
            }
        });
        Button end = new Button("End class", e -> confirmEnd());
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div controls = new Div(mode, end);
        controls.addClassName("widget-controls");
        navigation.showAt(lessons.find(now.lesson()).orElse(null), now.section());
        Div where = new Div(navigation, widgetChoice);
        where.addClassName("widget-controls");

        Button save = new Button("Save this moment");
        save.addClickListener(e -> act(() -> {
            int n = engine.current(code).map(c -> c.timeline().size()).orElse(0) + 1;
            engine.saveMoment(code, key, "Moment " + n);
            save.setText("Save this moment (" + n + " saved)");
        }));
        Div people = new Div(new H2("Students"), roster);
        people.addClassName("class-people");
        // The code and the head count stay in view while the teacher scrolls down to the widget.
        Span barCode = new Span("Class " + code.substring(0, 3) + " " + code.substring(3));
        barCode.addClassName("class-bar-code");
        Div bar = new Div(barCode, count);
        bar.addClassName("class-bar");
        add(new H1("Your class"), bar, problem, join, teacherLink, controls, people, where, place, questionBox,
                widgetSlot, save);
        place.show(now.lesson(), now.section());
        showQuestionChoice(now.widgetId(), now.question());
        showWidget(now.widgetId(), now.settings());
    }

    /** Takes the class back to a widget on its own, the one on screen. */
    private void leaveLessons() {
        act(() -> engine.navigate(code, key, null, null, widget.widgetId(), widget.settings()));
        navigation.showAt(null, null);
        place.show(null, null);
    }

    /** Takes the class to a section, with the widget it brings in (or the one on screen). */
    private void goTo(Lesson lesson, LessonSection section) {
        ClassLessons.ShownWidget current = new ClassLessons.ShownWidget(widget.widgetId(), widget.settings());
        ClassLessons.ShownWidget shown = lessons.widgetFor(lesson, section, current);
        act(() -> engine.navigate(code, key, lesson.id(), section.heading(), shown.widgetId(), shown.settings()));
        navigation.showAt(lesson, section.heading());
        place.show(lesson.id(), section.heading());
        if (!shown.equals(current)) {
            showWidget(shown.widgetId(), shown.settings());
            widgets.find(shown.widgetId()).ifPresent(widgetChoice::setValue);
            showQuestionChoice(shown.widgetId(), null);
        }
    }

    /** Follows the roster; called when the class page is built, since the view is reused from /teach on. */
    private void followRoster(UI ui) {
        unsubscribe.run();
        unsubscribe = engine.subscribeRoster(code, () -> {
            if (rosterScheduled.compareAndSet(false, true)) {
                CoalescingUpdates.inUi(ui, () -> {
                    rosterScheduled.set(false);
                    showRoster();
                    showAnswers();
                }, () -> rosterScheduled.set(false));
            }
        });
        showRoster();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe.run();
    }

    private void showWidget(String widgetId, Map<String, String> state) {
        widgetSlot.removeAll();
        widget = widgets.find(widgetId).map(d -> (SharedWidget<?, ?>) SharedWidget.of(d, state, results))
                .orElse(null);
        if (widget == null) {
            return;
        }
        widget.setEditable(true);
        widget.onPersonChange(changed -> act(() -> engine.show(code, key, widgetId, changed)));
        widgetSlot.add(widget.host());
    }

    /** Questions the lessons ask about this widget, to put to the class; and how the class is answering. */
    private void showQuestionChoice(String widgetId, String current) {
        questionBox.removeAll();
        List<LessonChecks.Check> offered = checks.about(widgetId);
        if (offered.isEmpty()) {
            return;
        }
        Select<LessonChecks.Check> ask = new Select<>();
        ask.setLabel("Ask the class");
        ask.setEmptySelectionAllowed(true);
        ask.setEmptySelectionCaption("No question");
        ask.setItems(offered);
        ask.setItemLabelGenerator(c -> c == null ? "No question" : c.goal().question());
        ask.setWidth("100%");
        offered.stream().filter(c -> c.text().equals(current)).findFirst().ifPresent(ask::setValue);
        ask.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> engine.ask(code, key, e.getValue() == null ? null : e.getValue().text()));
                engine.current(code).ifPresent(c -> modeChoice.setValue(c.mode()));
                showAnswers();
            }
        });
        questionBox.add(ask, answered, answerList);
        showAnswers();
    }

    /** How many answered, and the distinct answers with how many gave each; any can be shown to the class. */
    private void showAnswers() {
        ClassSnapshot now = engine.current(code).orElse(null);
        answerList.removeAll();
        if (now == null || now.question() == null) {
            answered.setText("");
            return;
        }
        Map<String, Map<String, String>> answers = engine.answers(code);
        answered.setText(answers.size() + " of " + engine.roster(code).size() + " answered");
        Map<Map<String, String>, Long> distinct = answers.values().stream().collect(
                java.util.stream.Collectors.groupingBy(a -> a, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        distinct.entrySet().stream().sorted(Map.Entry.<Map<String, String>, Long>comparingByValue().reversed())
                .limit(5).forEach(entry -> {
                    Map<String, String> answer = entry.getKey();
                    String summary = answer.entrySet().stream().filter(s -> !s.getValue().equals(
                                    now.settings().get(s.getKey()))).map(s -> s.getKey() + " = " + s.getValue())
                            .collect(java.util.stream.Collectors.joining("; "));
                    Button show = new Button("Show to the class", e -> act(() -> {
                        engine.show(code, key, now.widgetId(), answer);
                        engine.setMode(code, key, ClassMode.FOLLOW);
                        modeChoice.setValue(ClassMode.FOLLOW);
                        showWidget(now.widgetId(), answer);
                    }));
                    show.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    Div row = new Div(new Span(entry.getValue() + " × " + (summary.isEmpty() ? "your state"
                            : PersonText.quote(summary, 120))), show);
                    row.addClassName("class-answer");
                    answerList.add(row);
                });
    }

    private void showRoster() {
        List<Student> students = engine.roster(code);
        long here = students.stream().filter(s -> s.status() != Student.Status.AWAY).count();
        count.setText(students.size() == 1 ? "1 student (" + here + " connected)"
                : students.size() + " students (" + here + " connected)");
        roster.removeAll();
        for (Student student : students) {
            ListItem item = new ListItem(new Span(student.name()), new Span(" · " + student.status().text()));
            item.addClassName("class-student-" + student.status().name().toLowerCase(java.util.Locale.ROOT));
            roster.add(item);
        }
    }

    private void confirmEnd() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("End the class?");
        dialog.add(new Paragraph("The code stops working at once and every student sees that the class has ended."));
        Button yes = new Button("End class", e -> {
            dialog.close();
            try {
                engine.end(code, key);
                removeAll();
                add(new H1("The class has ended"), new Anchor("teach", "Start a new class"));
            } catch (ClassroomException refused) {
                show(refused.getMessage());
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Keep teaching", e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private interface Action {
        void run() throws ClassroomException;
    }

    private void act(Action action) {
        try {
            action.run();
            problem.setVisible(false);
        } catch (ClassroomException refused) {
            show(refused.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
        if (problem.getParent().isEmpty()) {
            addComponentAsFirst(problem);
        }
    }

    private boolean passcodeAccepted() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute("classroom.teacher"));
    }

    private boolean rightPasscode(String typed) {
        return MessageDigest.isEqual(settings.teacherPasscode().getBytes(StandardCharsets.UTF_8),
                (typed == null ? "" : typed).getBytes(StandardCharsets.UTF_8));
    }

    /** The state a link's settings describe, or the default when they do not make a valid state. */
    private static <S extends Record> Map<String, String> linkSettings(WidgetDefinition<S, ?> definition,
                                                                     Map<String, List<String>> query) {
        Map<String, List<String>> settings = new java.util.HashMap<>(query);
        settings.remove("widget");
        try {
            return definition.codec().toSettings(LinkSettings.state(definition, settings,
                    StateCodec.MAX_VALUE_LENGTH));
        } catch (InvalidStateException e) {
            return defaultSettings(definition);
        }
    }

    private static <S extends Record> Map<String, String> defaultSettings(WidgetDefinition<S, ?> definition) {
        return definition.codec().toSettings(definition.defaultState());
    }
}
