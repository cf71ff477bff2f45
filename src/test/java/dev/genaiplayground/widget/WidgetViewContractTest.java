package dev.genaiplayground.widget;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.genaiplayground.ui.ReadOnlyControl;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The view half of the contract, for every registered widget, in a mocked Vaadin UI (Karibu-Testing, no browser):
 * it renders its default and largest states without a problem, ignores an equal state, fires once with the origin
 * of a new one, and honours every display option.
 */
class WidgetViewContractTest {

    private final ResultCache results = new ResultCache(100, new SimpleMeterRegistry());

    @BeforeEach
    void mockVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @TestFactory
    Stream<DynamicTest> everyWidgetKeepsTheViewContract() {
        return RegisteredWidgets.all().stream().flatMap(widget -> Stream.of(
                DynamicTest.dynamicTest(widget.id() + ": renders its default and largest state",
                        () -> rendersWithoutAProblem(widget)),
                DynamicTest.dynamicTest(widget.id() + ": equal states are ignored, new ones fire once",
                        () -> firesOnlyForANewState(widget)),
                DynamicTest.dynamicTest(widget.id() + ": read-only and hidden controls",
                        () -> honoursThePresentation(widget))));
    }

    private <S extends Record, R extends Record> void rendersWithoutAProblem(WidgetDefinition<S, R> widget) {
        for (S state : List.of(widget.defaultState(), widget.largestState())) {
            WidgetHost<S, R> host = WidgetHost.of(widget, state, results);
            UI.getCurrent().add(host);
            assertThat(_find(host, Div.class, spec -> spec.withClasses("widget-problem")))
                    .allSatisfy(box -> assertThat(box.isVisible()).as(box.getText()).isFalse());
            assertThat(host.state()).isEqualTo(state);
            UI.getCurrent().remove(host);
        }
    }

    private <S extends Record, R extends Record> void firesOnlyForANewState(WidgetDefinition<S, R> widget)
            throws Exception {
        WidgetHost<S, R> host = WidgetHost.of(widget, widget.defaultState(), results);
        UI.getCurrent().add(host);
        List<StateChangedEvent<S>> events = new ArrayList<>();
        host.view().addStateChangedListener(events::add);

        S copy = widget.codec().fromJson(widget.codec().toJson(widget.defaultState()));
        host.view().setState(copy, ChangeOrigin.BROADCAST);
        assertThat(events).as("an equal state").isEmpty();

        S other = widget.largestState();
        host.view().setState(other, ChangeOrigin.BROADCAST);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).origin()).isEqualTo(ChangeOrigin.BROADCAST);
        assertThat(events.get(0).isFromClient()).isFalse();
        assertThat(host.state()).isEqualTo(other);

        S random = RegisteredWidgets.randomState(widget, new Random(7));
        host.view().setState(random, ChangeOrigin.LINK);
        assertThat(host.state()).isEqualTo(random);
    }

    private <S extends Record, R extends Record> void honoursThePresentation(WidgetDefinition<S, R> widget) {
        WidgetHost<S, R> host = WidgetHost.of(widget, widget.defaultState(), results);
        UI.getCurrent().add(host);
        Map<String, Component> controls = host.view().controls();
        assertThat(controls).as("a widget names the controls a person edits").isNotEmpty();

        host.present(new Presentation(Set.of(), true, Presentation.Theme.AUTO));
        controls.forEach((name, control) -> {
            if (control instanceof HasValue<?, ?> field) {
                assertThat(field.isReadOnly()).as(name).isTrue();
            } else if (control instanceof ReadOnlyControl editor) {
                assertThat(editor.isReadOnly()).as(name).isTrue();
            } else {
                assertThat(control.isVisible()).as(name + ", an action, is hidden when read-only").isFalse();
            }
        });

        host.present(new Presentation(host.controlNames(), false, Presentation.Theme.AUTO));
        controls.forEach((name, control) -> assertThat(control.isVisible()).as(name + " hidden").isFalse());
    }
}
