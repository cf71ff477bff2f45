package dev.genaiplayground.widget.softmax;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.genaiplayground.ui.ReadOnlyControl;
import java.util.function.DoubleConsumer;

/**
 * A temperature: a slider on a logarithmic scale (the interesting range, 0.05 to 2, gets most of the track) and a
 * number box for an exact value. Reports the person's choice; {@link #setTemperature} shows the current one.
 */
public class TemperatureField extends Composite<Div> implements ReadOnlyControl {

    private static final int SLIDER_STEPS = 1000;

    private final double min;
    private final double max;
    private final Input slider = new Input(ValueChangeMode.EAGER);
    private final NumberField exact = new NumberField();

    public TemperatureField(double min, double max, DoubleConsumer listener) {
        this.min = min;
        this.max = max;
        NativeLabel label = new NativeLabel("Temperature T");
        slider.setType("range");
        slider.setId("temperature-" + System.identityHashCode(this));
        label.setFor(slider);
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", Integer.toString(SLIDER_STEPS));
        // An arrow key moves 1% along the (logarithmic) track: 0.05 near T = 1, not 0.003.
        slider.getElement().setAttribute("step", Integer.toString(SLIDER_STEPS / 100));
        slider.addClassName("temperature-slider");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().matches("[0-9]{1,9}")) { // anything else is not from the slider
                listener.accept(fromSlider(Integer.parseInt(e.getValue())));
            }
        });
        exact.setAriaLabel("Temperature");
        exact.setStep(0.05);
        exact.setMin(min);
        exact.setMax(max);
        exact.setStepButtonsVisible(true);
        exact.addClassName("temperature-exact");
        exact.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
        Div row = new Div(slider, exact);
        row.addClassName("temperature-row");
        getContent().add(label, row);
        getContent().addClassName("temperature-field");
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

    public void setTemperature(double temperature) {
        slider.setValue(Integer.toString(toSlider(temperature)));
        exact.setValue(temperature);
    }

    /** Slider position to temperature, rounded to two decimals so the numbers read well. */
    private double fromSlider(int position) {
        double t = min * Math.pow(max / min, position / (double) SLIDER_STEPS);
        return Math.min(max, Math.max(min, Math.round(t * 100) / 100.0));
    }

    private int toSlider(double temperature) {
        return (int) Math.round(SLIDER_STEPS * Math.log(temperature / min) / Math.log(max / min));
    }
}
