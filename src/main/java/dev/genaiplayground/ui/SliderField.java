package dev.genaiplayground.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * A number on a linear scale: a slider to drag or move with the arrow keys, and a number box beside it for an exact
 * value. Reports the person's choice; {@link #setValue} shows the current one. Whole numbers when the step is 1.
 * Styled like the softmax temperature (the same CSS classes).
 */
public class SliderField extends Composite<Div> implements ReadOnlyControl {

    private static final AtomicLong IDS = new AtomicLong();

    private final double min;
    private final double step;
    private final Input slider = new Input(ValueChangeMode.EAGER);
    private final NumberField exact = new NumberField();

    public SliderField(String label, double min, double max, double step, DoubleConsumer listener) {
        this.min = min;
        this.step = step;
        long steps = Math.round((max - min) / step);
        NativeLabel caption = new NativeLabel(label);
        slider.setType("range");
        slider.setId("slider-" + IDS.incrementAndGet());
        caption.setFor(slider);
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", Long.toString(steps));
        slider.getElement().setAttribute("step", "1");
        slider.addClassName("temperature-slider");
        slider.addClassName("slider-field-slider");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().matches("[0-9]{1,9}")) { // anything else is not from the slider
                listener.accept(fromSlider(Long.parseLong(e.getValue())));
            }
        });
        exact.setAriaLabel(label);
        exact.setStep(step);
        exact.setMin(min);
        exact.setMax(max);
        exact.setStepButtonsVisible(true);
        exact.addClassName("temperature-exact");
        exact.addClassName("slider-field-exact");
        exact.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
        Div row = new Div(slider, exact);
        row.addClassName("temperature-row");
        getContent().add(caption, row);
        getContent().addClassName("temperature-field");
        getContent().addClassName("slider-field");
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        slider.setEnabled(!readOnly);
        exact.setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return exact.isReadOnly();
    }

    public void setValue(double value) {
        slider.setValue(Long.toString(Math.round((value - min) / step)));
        slider.getElement().setAttribute("aria-valuetext", plain(value));
        exact.setValue(value);
    }

    /** Slider position to value, rounded to the step's decimals so the numbers read well. */
    private double fromSlider(long position) {
        return Math.round((min + position * step) * 1e6) / 1e6;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
