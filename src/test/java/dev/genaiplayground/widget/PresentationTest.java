package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Display options from a link's reserved keys: never a setting, and a clear message when unknown. */
class PresentationTest {

    private static final Set<String> CONTROLS = Set.of("logits", "temperature", "target", "code");

    @Test
    void readsHiddenControlsReadOnlyAndTheme() throws Exception {
        Presentation p = Presentation.from(Map.of("_hide", List.of("temperature, target"), "_readonly", List.of(""),
                "_theme", List.of("dark"), "logits", List.of("1,2")), CONTROLS);

        assertThat(p.hidden()).containsExactlyInAnyOrder("temperature", "target");
        assertThat(p.readOnly()).isTrue();
        assertThat(p.theme()).isEqualTo(Presentation.Theme.DARK);
        assertThat(p.shows("logits")).isTrue();
    }

    @Test
    void noReservedKeysIsTheInteractiveWidget() throws Exception {
        assertThat(Presentation.from(Map.of("logits", List.of("1,2")), CONTROLS)).isEqualTo(Presentation.INTERACTIVE);
        assertThat(Presentation.INTERACTIVE.query()).isEmpty();
    }

    @Test
    void anUnknownReservedKeyControlOrThemeIsExplained() {
        assertThatThrownBy(() -> Presentation.from(Map.of("_hdie", List.of("x")), CONTROLS))
                .hasMessage("Unknown display option '_hdie'. Known options: _hide, _readonly, _theme.");
        assertThatThrownBy(() -> Presentation.from(Map.of("_hide", List.of("temprature")), CONTROLS))
                .hasMessageStartingWith("'temprature' is not a control of this widget.");
        assertThatThrownBy(() -> Presentation.from(Map.of("_theme", List.of("pink")), CONTROLS))
                .hasMessage("_theme is light or dark, not 'pink'.");
        assertThatThrownBy(() -> Presentation.from(Map.of("_readonly", List.of("maybe")), CONTROLS))
                .hasMessage("_readonly takes no value, or true or false, not 'maybe'.");
    }

    @Test
    void reservedKeysAreNeverReadAsSettings() throws Exception {
        var state = LinkSettings.state(new dev.genaiplayground.widget.softmax.SoftmaxWidget(),
                Map.of("_hide", List.of("temperature"), "_anything", List.of("x"), "target", List.of("1")), 8000);
        assertThat(state.target()).isEqualTo(1);
    }

    @Test
    void aPresentationCarriesOverIntoALink() throws Exception {
        Presentation p = Presentation.from(Map.of("_hide", List.of("target"), "_readonly", List.of("true"),
                "_theme", List.of("light")), CONTROLS);
        assertThat(p.query()).isEqualTo("&_hide=target&_readonly&_theme=light");
    }
}
