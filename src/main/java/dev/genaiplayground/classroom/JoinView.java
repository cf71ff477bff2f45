package dev.genaiplayground.classroom;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.genaiplayground.shell.MainLayout;

/**
 * Joining a class: the code (filled in from a {@code /join/<code>} link or a QR code) and a display name; no
 * account. Attempts are rate-limited per client so codes cannot be guessed.
 */
@Route(value = "join/:code?", layout = MainLayout.class)
@PageTitle("Join a class · GenAI Foundations Playground")
public class JoinView extends Main implements BeforeEnterObserver {

    private final ClassroomEngine engine;
    private final JoinLimiter limiter;
    private final TextField code = new TextField("Class code");
    private final TextField name = new TextField("Your name");
    private final Div problem = new Div();

    public JoinView(ClassroomEngine engine, JoinLimiter limiter) {
        this.engine = engine;
        this.limiter = limiter;
        addClassNames("page", "join-page");
        // Eager, so that Enter (the Join shortcut) never runs before the last typed character reached the server.
        code.setValueChangeMode(ValueChangeMode.EAGER);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        code.setMaxLength(12);
        code.setPlaceholder("e.g. K7FQ3M");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        name.setMaxLength(InMemoryClassroomEngine.MAX_NAME_LENGTH);
        name.setHelperText("The teacher and only the teacher sees it.");
        name.getElement().setAttribute("autocomplete", "nickname");
        problem.addClassName("page-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button join = new Button("Join", e -> join());
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        Div form = new Div(code, name, join);
        form.addClassName("join-form");
        add(new H1("Join a class"), new Paragraph("Type the code your teacher shows, and a name."), problem, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").flatMap(ClassCode::normalise).ifPresent(c -> {
            code.setValue(c);
            name.focus();
        });
    }

    private void join() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null ? "local" : request.getRemoteAddr();
        if (!limiter.tryAttempt(client)) {
            show("Too many attempts from this network. Wait a minute and try again.");
            return;
        }
        String classCode = ClassCode.normalise(code.getValue()).orElse(null);
        if (classCode == null) {
            show("A class code has " + ClassCode.LENGTH + " letters and digits, like K7FQ3M.");
            return;
        }
        try {
            Student student = engine.join(classCode, name.getValue());
            VaadinSession.getCurrent().setAttribute(ClassMembership.class,
                    new ClassMembership(classCode, student.id(), student.name(), student.key()));
            getUI().ifPresent(ui -> {
                ui.getPage().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }",
                        ClassMembership.storageKey(classCode), student.key());
                ui.navigate("class/" + classCode);
            });
        } catch (ClassroomException e) {
            show(e.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
