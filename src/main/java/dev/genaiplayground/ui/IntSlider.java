package dev.genaiplayground.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntConsumer;

/**
 * A whole number on a slider (arrow keys move it by one, Page Up/Down by a tenth of its range) with a number box
 * beside it for an exact value. Reports the person's choice; {@link #setValue} shows the current one. Styled like
 * the softmax temperature slider (the theme's {@code temperature-*} classes).
 */
public class IntSlider extends Composite<Div> implements ReadOnlyControl {

    private final Input slider = new Input(ValueChangeMode.EAGER);
    private final IntegerField exact = new IntegerField();
    private final NativeLabel label;

    public IntSlider(String labelText, int min, int max, IntConsumer listener) {
        label = new NativeLabel(labelText);
        slider.setType("range");
        slider.setId("int-slider-" + System.identityHashCode(this));
        label.setFor(slider);
        slider.addClassName("temperature-slider");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().matches("[0-9]{1,9}")) { // anything else is not from the slider
                listener.accept(Integer.parseInt(e.getValue()));
            }
        });
        exact.setAriaLabel(labelText);
        exact.setStepButtonsVisible(true);
        exact.addClassName("temperature-exact");
        exact.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
        setRange(min, max);
        Div row = new Div(slider, exact);
        row.addClassName("temperature-row");
        getContent().add(label, row);
        getContent().addClassName("temperature-field");
    }

    /** The values the slider spans. */
    public void setRange(int min, int max) {
        slider.getElement().setAttribute("min", Integer.toString(min));
        slider.getElement().setAttribute("max", Integer.toString(max));
        exact.setMin(min);
        exact.setMax(max);
    }

    public void setValue(int value) {
        slider.setValue(Integer.toString(value));
        exact.setValue(value);
    }

    public void setLabel(String text) {
        label.setText(text);
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
}
