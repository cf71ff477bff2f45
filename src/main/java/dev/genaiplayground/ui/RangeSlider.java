package dev.genaiplayground.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A whole-number slider: the browser's own {@code <input type="range">} with a label and the value in words, so
 * the mouse drags it and the keyboard moves it (arrow keys, Page Up/Down, Home, End) with no front-end code of
 * ours. A change is sent when the person lets go of the thumb or presses a key, not on every pixel of a drag.
 */
public class RangeSlider extends Composite<Div> implements ReadOnlyControl {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Element input = new Element("input");
    private final Span valueText = new Span();
    private final IntFunction<String> describe;
    private int min;
    private int max;
    private int value;
    private boolean readOnly;
    private IntConsumer listener = v -> { };

    /**
     * @param label    what the slider sets
     * @param describe the value in words, shown next to the label and read by screen readers ("3 blocks")
     */
    public RangeSlider(String label, int min, int max, IntFunction<String> describe) {
        this.describe = describe;
        String id = "range-slider-" + IDS.incrementAndGet();
        input.setAttribute("type", "range");
        input.setAttribute("id", id);
        input.setAttribute("step", "1");
        input.getStyle().set("width", "100%").set("accent-color", "var(--lumo-primary-color)")
                .set("margin", "var(--lumo-space-xs) 0");
        input.addEventListener("change", e -> {
            if (readOnly) {
                render();
                return;
            }
            double sent = e.getEventData().getNumber("element.valueAsNumber");
            int chosen = (int) Math.round(sent);
            if (Double.isNaN(sent) || chosen < this.min || chosen > this.max) {
                render();
                return;
            }
            listener.accept(chosen);
        }).addEventData("element.valueAsNumber");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        valueText.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-left", "var(--lumo-space-s)");
        valueText.getElement().setAttribute("aria-hidden", "true"); // the input says it as aria-valuetext
        Div top = new Div(caption, valueText);
        getContent().add(top);
        getContent().getElement().appendChild(input);
        getContent().addClassName("range-slider");
        getContent().getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "12rem")
                .set("flex", "1 1 14rem").set("max-width", "24rem");
        setRange(min, max);
        setValue(min);
    }

    /** Called with the value a person chose (not for {@link #setValue}). */
    public void onChange(IntConsumer listener) {
        this.listener = listener;
    }

    public void setRange(int min, int max) {
        this.min = min;
        this.max = max;
        input.setAttribute("min", Integer.toString(min));
        input.setAttribute("max", Integer.toString(max));
        render();
    }

    public void setValue(int value) {
        this.value = value;
        render();
    }

    public int getValue() {
        return value;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        input.setProperty("disabled", readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    private void render() {
        input.setProperty("value", Integer.toString(value));
        input.setAttribute("value", Integer.toString(value));
        String words = describe.apply(value);
        input.setAttribute("aria-valuetext", words);
        valueText.setText(words);
    }
}
