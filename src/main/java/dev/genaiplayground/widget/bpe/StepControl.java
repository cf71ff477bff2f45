package dev.genaiplayground.widget.bpe;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.genaiplayground.ui.SliderField;
import dev.genaiplayground.ui.ReadOnlyControl;
import java.util.function.IntConsumer;

/** The merge on show: previous and next buttons around a slider from 0 to the number of merges. */
class StepControl extends Composite<Div> implements ReadOnlyControl {

    private final SliderField slider;
    private final Button previous = new Button("Previous merge", VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button("Next merge", VaadinIcon.ANGLE_RIGHT.create());
    private int step;
    private int max;
    private boolean readOnly;

    StepControl(IntConsumer listener) {
        slider = SliderField.linear("Merge on show", 0, 1, 1, value -> listener.accept((int) value));
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL);
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        next.setIconAfterText(true);
        previous.addClassName("bpe-previous");
        next.addClassName("bpe-next");
        previous.addClickListener(e -> listener.accept(step - 1));
        next.addClickListener(e -> listener.accept(step + 1));
        getContent().add(previous, slider, next);
        getContent().addClassName("bpe-step-row");
    }

    void show(int step, int max) {
        this.step = step;
        this.max = max;
        slider.setRange(0, max);
        slider.setValue(step);
        update();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        slider.setReadOnly(readOnly);
        update();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    private void update() {
        previous.setEnabled(!readOnly && step > 0);
        next.setEnabled(!readOnly && step < max);
    }
}
