package dev.genaiplayground.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between the light and the dark theme. The choice lives in the browser (localStorage) and is applied by
 * the inline script of {@link dev.genaiplayground.Application} before the first paint, so a reload does not flash the wrong theme.
 */
public class ThemeToggle extends Button {

    public ThemeToggle() {
        super(VaadinIcon.ADJUST.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        setAriaLabel("Switch between light and dark theme");
        setTooltipText("Light or dark theme");
        addClassName("theme-toggle");
        getElement().executeJs("this.addEventListener('click', () => window.playgroundTheme.toggle())");
    }
}
