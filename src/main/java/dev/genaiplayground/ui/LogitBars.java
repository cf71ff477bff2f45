package dev.genaiplayground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;

/**
 * Bars the person drags, keys or types to set one number per class ({@code frontend/logit-bars.js}). It reports
 * edits through {@link EditListener}; the owner decides what the values become and sets them back.
 */
@Tag("logit-bars")
@JsModule("./logit-bars.js")
public class LogitBars extends Component implements HasSize {

    /** What the person asked for; the owner validates and sets the new values back. */
    public interface EditListener {
        void valueEdited(int index, double value);

        void labelEdited(int index, String label);

        void removeRequested(int index);
    }

    /** Server-side throttle of drag events, on top of the element's once-a-frame limit. */
    private static final int DRAG_EVENT_INTERVAL_MS = 40;

    public LogitBars(EditListener listener) {
        getElement().addEventListener("value-input", e -> listener.valueEdited(
                        (int) e.getEventData().getNumber("event.detail.index"),
                        e.getEventData().getNumber("event.detail.value")))
                .addEventData("event.detail.index").addEventData("event.detail.value")
                .throttle(DRAG_EVENT_INTERVAL_MS);
        getElement().addEventListener("value-commit", e -> listener.valueEdited(
                        (int) e.getEventData().getNumber("event.detail.index"),
                        e.getEventData().getNumber("event.detail.value")))
                .addEventData("event.detail.index").addEventData("event.detail.value");
        getElement().addEventListener("label-commit", e -> listener.labelEdited(
                        (int) e.getEventData().getNumber("event.detail.index"),
                        e.getEventData().getString("event.detail.label")))
                .addEventData("event.detail.index").addEventData("event.detail.label");
        getElement().addEventListener("class-remove", e -> listener.removeRequested(
                        (int) e.getEventData().getNumber("event.detail.index")))
                .addEventData("event.detail.index");
    }

    public void setValues(double[] values, List<String> labels) {
        getElement().setPropertyJson("values", JsonArrays.of(values));
        getElement().setPropertyJson("labels", JsonArrays.of(labels));
    }

    /** The value range the bars span. */
    public void setRange(double min, double max) {
        getElement().setProperty("min", min);
        getElement().setProperty("max", max);
    }

    /** The fewest classes allowed: below this the remove buttons are hidden. */
    public void setMinimumCount(int count) {
        getElement().setProperty("minCount", count);
    }

    /** Marks one class (the target), or none with -1. */
    public void setHighlighted(int index) {
        getElement().setProperty("highlight", index);
    }
}
