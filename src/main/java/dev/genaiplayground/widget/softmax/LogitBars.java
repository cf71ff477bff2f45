package dev.genaiplayground.widget.softmax;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import dev.genaiplayground.ui.BrowserEvents;
import dev.genaiplayground.ui.JsonArrays;
import dev.genaiplayground.ui.ReadOnlyControl;
import java.util.List;

/**
 * Bars the person drags, keys or types to set one number per class ({@code frontend/logit-bars.js}). It reports
 * edits through {@link EditListener}; the owner decides what the values become and sets them back.
 */
@Tag("logit-bars")
@JsModule("./logit-bars.js")
public class LogitBars extends Component implements HasSize, ReadOnlyControl {

    /** What the person asked for; the owner validates and sets the new values back. */
    public interface EditListener {
        void valueEdited(int index, double value);

        void labelEdited(int index, String label);

        void removeRequested(int index);

        /** Typed text that is no number (such as "1,5"): the owner says why. */
        void valueRejected(int index, String text);
    }

    /** Server-side throttle of drag events, on top of the element's once-a-frame limit. */
    private static final int DRAG_EVENT_INTERVAL_MS = 40;

    private int count;

    public LogitBars(EditListener listener) {
        getElement().addEventListener("value-input", e -> valueEvent(e, listener))
                .addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("value"))
                .throttle(DRAG_EVENT_INTERVAL_MS);
        getElement().addEventListener("value-commit", e -> valueEvent(e, listener))
                .addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("value"));
        getElement().addEventListener("label-commit", e -> BrowserEvents.index(e, "index", count).ifPresent(i -> {
            String label = BrowserEvents.text(e, "label");
            if (label != null) {
                listener.labelEdited(i, label);
            }
        })).addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("label"));
        getElement().addEventListener("value-invalid", e -> BrowserEvents.index(e, "index", count).ifPresent(i -> {
            String text = BrowserEvents.text(e, "text");
            if (text != null) {
                listener.valueRejected(i, text);
            }
        })).addEventData(BrowserEvents.detailOf("index")).addEventData(BrowserEvents.detailOf("text"));
        getElement().addEventListener("class-remove", e -> BrowserEvents.index(e, "index", count)
                        .ifPresent(listener::removeRequested))
                .addEventData(BrowserEvents.detailOf("index"));
    }

    private void valueEvent(DomEvent event, EditListener listener) {
        BrowserEvents.index(event, "index", count).ifPresent(i -> BrowserEvents.number(event, "value")
                .ifPresent(value -> listener.valueEdited(i, value)));
    }

    public void setValues(double[] values, List<String> labels) {
        count = values.length;
        getElement().setPropertyJson("values", JsonArrays.of(values));
        getElement().setPropertyJson("labels", JsonArrays.of(labels));
    }

    /** The value range the bars span. */
    public void setRange(double min, double max) {
        getElement().setProperty("min", min);
        getElement().setProperty("max", max);
    }

    /** Read-only bars show their values but take no drags, keys, typing, renames or removals. */
    @Override
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
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
