package dev.genaiplayground.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import dev.genaiplayground.shell.ThemeToggle;

/**
 * The shell of a student's class page: the app's name and the theme toggle, without the lesson menu. A student in a
 * class has the class to look at, and a server holding 300 followers holds 300 fewer menus (about 60 KB each,
 * ClassroomBenchmark's heap dump).
 */
public class ClassLayout extends Div implements RouterLayout {

    public ClassLayout() {
        Span title = new Span("GenAI Foundations Playground");
        title.addClassName("app-title");
        Header header = new Header(title, new ThemeToggle());
        header.addClassNames("app-header", "class-header");
        addClassName("class-layout");
        add(header);
    }
}
