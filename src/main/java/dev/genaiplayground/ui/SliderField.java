package dev.genaiplayground.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.regex.Pattern;

/**
 * A number set with a slider (drag it, or arrow keys, Page Up/Down, Home and End) or typed exactly into a box next
 * to it. On a {@link #logarithmic} scale the slider moves through powers of ten, so that 10 million and 10 trillion
 * are both within reach, and slider values are rounded to three significant digits so they read well; typed values
 * are taken as they are. Reports what the person chose; the owner validates it and shows the result with
 * {@link #setValue}.
 */
public class SliderField extends Composite<Div> implements ReadOnlyControl {

    /** ASCII decimals with an optional exponent, and the minus sign '−' as well as '-'. */
    private static final Pattern NUMBER =
            Pattern.compile("[+\\-\u2212]?+([0-9]++\\.?+[0-9]*+|\\.[0-9]++)([eE][+-]?+[0-9]++)?+");
    /** Slider events while dragging, at most one per this many milliseconds. */
    private static final int DRAG_EVENT_INTERVAL_MS = 40;

    private final boolean log;
    private double min;
    private double max;
    private final double step;
    private final Input slider = new Input(ValueChangeMode.TIMEOUT);
    private final TextField exact = new TextField();
    private final NativeLabel caption = new NativeLabel();
    private DoubleFunction<String> reading = SliderField::plain;

    /**
     * @param step on a linear scale, the slider's step; on a logarithmic one, its step in powers of ten (0.01 is
     *             about 2.3% per arrow key)
     */
    private SliderField(String label, boolean log, double min, double max, double step, DoubleConsumer listener,
                        Consumer<String> rejected) {
        this.log = log;
        this.min = min;
        this.max = max;
        this.step = step;
        caption.setText(label);
        slider.setType("range");
        slider.setId("slider-" + System.identityHashCode(this));
        caption.setFor(slider);
        slider.getElement().setAttribute("min", Double.toString(position(min)));
        slider.getElement().setAttribute("max", Double.toString(position(max)));
        slider.getElement().setAttribute("step", Double.toString(step));
        slider.setValueChangeTimeout(DRAG_EVENT_INTERVAL_MS);
        slider.addClassNames("temperature-slider", "slider-field-slider");
        slider.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                double position = Double.parseDouble(e.getValue());
                if (Double.isFinite(position)) {
                    listener.accept(fromSlider(position));
                }
            } catch (NumberFormatException notFromTheSlider) {
                // a range input only sends numbers; anything else was forged and is dropped
            }
        });
        exact.setAriaLabel(label);
        exact.setMaxLength(40);
        exact.addClassNames("temperature-exact", "slider-field-exact");
        exact.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String text = e.getValue().strip();
            exact.setInvalid(false);
            if (NUMBER.matcher(text).matches()) {
                listener.accept(Double.parseDouble(text.replace('\u2212', '-')));
            } else {
                rejected.accept(text);
            }
        });
        Div row = new Div(slider, exact);
        row.addClassName("temperature-row");
        getContent().add(caption, row);
        getContent().addClassNames("temperature-field", "slider-field");
    }

    /**
     * A slider whose position is the value itself, moving by {@code step}; typed text that is not a number is
     * marked on the box itself.
     */
    public static SliderField linear(String label, double min, double max, double step, DoubleConsumer listener) {
        SliderField[] field = new SliderField[1];
        field[0] = new SliderField(label, false, min, max, step, listener, text -> field[0].markNotANumber(text));
        return field[0];
    }

    private void markNotANumber(String text) {
        String shown = text.codePoints().limit(20).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + (text.codePointCount(0, text.length()) > 20 ? "…" : "");
        exact.setErrorMessage("“" + shown + "” is not a number.");
        exact.setInvalid(true);
    }

    /** A slider whose position is the value itself, moving by {@code step}. */
    public static SliderField linear(String label, double min, double max, double step, DoubleConsumer listener,
                                     Consumer<String> rejected) {
        return new SliderField(label, false, min, max, step, listener, rejected);
    }

    /** A slider over log10 of the value, {@code decadeStep} powers of ten per step; min must be positive. */
    public static SliderField logarithmic(String label, double min, double max, double decadeStep,
                                          DoubleConsumer listener, Consumer<String> rejected) {
        if (!(min > 0)) {
            throw new IllegalArgumentException("a logarithmic slider needs a positive minimum");
        }
        return new SliderField(label, true, min, max, decadeStep, listener, rejected);
    }

    /** How a value is read out to screen readers and shown in the box (plain digits by default). */
    public SliderField withReading(DoubleFunction<String> reading) {
        this.reading = reading;
        return this;
    }

    public void setValue(double value) {
        double target = Math.max(position(min), Math.min(position(max), position(value)));
        // Only a value half a step or more away moves the thumb: writing "4.0" over the browser's "4", or a
        // rounded 6.9e10 over the thumb's 10^10.835, would send it back while the next key presses are on their way.
        if (!withinHalfAStep(slider.getValue(), target)) {
            slider.setValue(Double.toString(target));
        }
        slider.getElement().setAttribute("aria-valuetext", reading.apply(value));
        String text = reading.apply(value);
        if (!exact.getValue().equals(text)) {
            exact.setValue(text);
        }
    }

    /** Changes the values the slider spans (on a linear scale), e.g. to the number of steps there are now. */
    public void setRange(double newMin, double newMax) {
        min = newMin;
        max = newMax;
        slider.getElement().setAttribute("min", Double.toString(position(min)));
        slider.getElement().setAttribute("max", Double.toString(position(max)));
    }

    public void setLabel(String text) {
        caption.setText(text);
        exact.setAriaLabel(text);
    }

    /** A line under the typed box, such as the value in words. */
    public void setHelperText(String text) {
        exact.setHelperText(text);
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

    private boolean withinHalfAStep(String shown, double target) {
        try {
            return Math.abs(Double.parseDouble(shown) - target) < step / 2;
        } catch (NumberFormatException | NullPointerException notANumber) {
            return false;
        }
    }

    private double position(double value) {
        return log ? Math.log10(value) : value;
    }

    private double fromSlider(double position) {
        if (!log) {
            // Snap to the step grid, so 0.30000000000000004 reads as 0.3.
            return new BigDecimal(Math.round((position - min) / step)).multiply(BigDecimal.valueOf(step))
                    .add(BigDecimal.valueOf(min)).doubleValue();
        }
        double value = Math.pow(10, position);
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    /** Up to 12 significant digits, no exponent below a million, "1.4e12" above. */
    public static String plain(double value) {
        if (value != 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
            return scientific(value);
        }
        return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** A number in scientific notation with no trailing zeros, as it can be typed back: 5.88e23, 1e9. */
    public static String scientific(double value) {
        String text = String.format(Locale.ROOT, "%.11e", value); // 5.88000000000e+23
        int e = text.indexOf('e');
        String mantissa = new BigDecimal(text.substring(0, e)).stripTrailingZeros().toPlainString();
        int exponent = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + exponent;
    }
}
