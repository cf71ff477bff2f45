package dev.genaiplayground.ui;

import com.vaadin.flow.component.HasText;
import java.util.Objects;

/** Small helpers for text on components. */
public final class Text {

    private Text() {
    }

    /**
     * Sets {@code component}'s text only when it differs from what it shows. Vaadin replaces the text node on every
     * {@code setText}, even to the same text, and sends that to the browser; a class of 300 following one teacher
     * would pay for it 300 times on every change.
     */
    public static void update(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
