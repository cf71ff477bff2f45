package dev.genaiplayground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A run of lesson HTML. The {@code <lesson-content>} element puts it into its light DOM (so the theme's lesson
 * styles apply), typesets math with KaTeX, highlights code and gives each code block a copy button.
 */
@Tag("lesson-content")
@JsModule("./lesson-content.js")
@NpmPackage(value = "katex", version = "0.16.22")
@NpmPackage(value = "highlight.js", version = "11.11.1")
public class LessonContent extends Component {

    /** @param html trusted HTML, as made by {@code LessonRenderer} or {@link CodePanel} */
    public LessonContent(String html) {
        getElement().setProperty("html", html);
    }
}
