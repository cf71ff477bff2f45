package dev.genaiplayground.ui;

import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;
import org.springframework.web.util.HtmlUtils;

/**
 * "Show the code": a collapsed panel with the program that computes what a widget shows, highlighted, with a copy
 * button (the lesson code-block look, by way of {@link LessonContent}). The code is made only while the panel is
 * open, so a drag costs nothing while it is closed.
 */
public class CodePanel extends Details {

    private final String language;
    private final Supplier<String> code;
    private final LessonContent content = new LessonContent("");

    /** @param code makes the code to show, from the current state */
    public CodePanel(String summary, String language, Supplier<String> code) {
        super(summary);
        this.language = language;
        this.code = code;
        addClassName("code-panel");
        add(content);
        addOpenedChangeListener(e -> refresh());
    }

    /** Call when what the code shows has changed: shown now if the panel is open, else when it is opened. */
    public void refresh() {
        if (isOpened()) {
            content.getElement().setProperty("html", "<pre><code class=\"language-" + language + "\">"
                    + HtmlUtils.htmlEscape(code.get()) + "</code></pre>");
        }
    }
}
