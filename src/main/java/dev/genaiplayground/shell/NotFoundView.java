package dev.genaiplayground.shell;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly 404 for unknown pages, lessons and widgets: says what was not found and where to go instead. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final Paragraph reason = new Paragraph();

    public NotFoundView() {
        addClassName("page");
        add(new H1("Nothing here"), reason,
                new Paragraph(new Anchor("", "Go to the start page"), new Text(" or "),
                        new Anchor("widgets", "browse the widgets"), new Text(".")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "There is no page at “/" + event.getLocation().getPath() + "”.";
        reason.setText(message);
        event.getUI().getPage().setTitle("Not found · GenAI Foundations Playground");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
