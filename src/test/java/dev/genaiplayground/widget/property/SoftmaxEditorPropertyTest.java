package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The softmax state's editors on any valid state with any argument: a valid state, or an IllegalArgumentException
 * with a clean message; a position that does not exist gets a message naming the range that does, never a
 * negative or overflowed number.
 */
class SoftmaxEditorPropertyTest {

    @Provide
    Arbitrary<SoftmaxState> state() {
        return ValidStates.softmax();
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(-2, 13)),
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(2, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1,
                        Integer.MAX_VALUE - 1, -1)));
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(3, Arbitraries.doubles().between(-150, 150)), Tuple.of(2, ValidStates.within(100)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        Double.MAX_VALUE, Double.MIN_VALUE, 0.05, 10.0, Math.nextDown(0.05), Math.nextUp(10.0),
                        Math.nextUp(100.0))));
    }

    @Provide
    Arbitrary<String> labelText() {
        return Inputs.labelText();
    }

    @Provide
    Arbitrary<String> invisibleOnly() {
        return Inputs.invisibleOnly();
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(Inputs.INVISIBLES);
    }

    @Provide
    Arbitrary<String> label() {
        return ValidStates.label();
    }

    private static void assertOutOfRangeMessage(Outcome<?> outcome, int index, int size, String typed) {
        if (index < 0 || index >= size) {
            assertThat(outcome.accepted()).as("position %d of %d accepted", index, size).isFalse();
            Messages.assertClean(outcome.message(), typed);
            Messages.assertNamesRange(outcome.message(), size, size - 1);
        }
    }

    @Property(tries = 600)
    void withLogitGivesAValidStateOrAMessage(@ForAll("state") SoftmaxState state, @ForAll("index") int index,
                                             @ForAll("anyDouble") double value) {
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withLogit(index, value));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
            assertThat(outcome.value().logits()[index]).isEqualTo(value);
        } else {
            Messages.assertClean(outcome.message(), index + " " + value);
        }
    }

    @Property(tries = 600)
    void withLogitAtAMissingPositionNamesTheRange(@ForAll("state") SoftmaxState state, @ForAll("index") int index) {
        Assume.that(index < 0 || index >= state.size());
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withLogit(index, 1));
        assertOutOfRangeMessage(outcome, index, state.size(), "1");
    }

    @Property(tries = 600)
    void withLabelGivesAValidStateOrAMessage(@ForAll("state") SoftmaxState state, @ForAll("index") int index,
                                             @ForAll("labelText") String label) {
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withLabel(index, label));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        } else {
            Messages.assertClean(outcome.message(), index + " " + label + " " + String.join(" ", state.labels()));
        }
    }

    @Property(tries = 600)
    void withLabelAtAMissingPositionNamesTheRange(@ForAll("state") SoftmaxState state, @ForAll("index") int index) {
        Assume.that(index < 0 || index >= state.size());
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> state.withLabel(index, "fresh"));
        assertOutOfRangeMessage(outcome, index, state.size(), "fresh");
    }

    @Property(tries = 300)
    void withLabelRefusesALabelOfOnlyInvisibleCharacters(@ForAll("state") SoftmaxState state,
                                                         @ForAll @IntRange(min = 0, max = 11) int index,
                                                         @ForAll("invisibleOnly") String label) {
        Assume.that(index < state.size());
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withLabel(index, label));
        if (outcome.accepted()) {
            fail("label '%s' accepted: %s", Messages.escaped(label), Messages.escaped(outcome.value().toString()));
        }
    }

    /** "cat" and "cat\u200B" are the same name: both edits give the same label, or the second is refused. */
    @Property(tries = 300)
    void withLabelTreatsInvisibleCharactersAtAnEndAsNothing(@ForAll("state") SoftmaxState state,
                                                            @ForAll @IntRange(min = 0, max = 11) int index,
                                                            @ForAll("label") String label,
                                                            @ForAll("invisible") String invisible,
                                                            @ForAll boolean before) {
        Assume.that(index < state.size());
        String variant = before ? invisible + label : label + invisible;
        Outcome<SoftmaxState> plain = Outcome.of(IllegalArgumentException.class, () -> state.withLabel(index, label));
        Outcome<SoftmaxState> other = Outcome.of(IllegalArgumentException.class,
                () -> state.withLabel(index, variant));
        Assume.that(plain.accepted());
        if (other.accepted() && !other.value().labels()[index].equals(plain.value().labels()[index])) {
            fail("'%s' and '%s' give two different labels '%s' and '%s'", Messages.escaped(label),
                    Messages.escaped(variant), Messages.escaped(plain.value().labels()[index]),
                    Messages.escaped(other.value().labels()[index]));
        }
    }

    @Property(tries = 600)
    void withTemperatureAcceptsExactlyTheDeclaredRange(@ForAll("state") SoftmaxState state,
                                                       @ForAll("anyDouble") double value) {
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withTemperature(value));
        boolean inRange = value >= SoftmaxState.MIN_TEMPERATURE && value <= SoftmaxState.MAX_TEMPERATURE;
        assertThat(outcome.accepted()).as("temperature %s accepted", value).isEqualTo(inRange);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        } else {
            Messages.assertClean(outcome.message(), String.valueOf(value));
        }
    }

    @Property(tries = 600)
    void withTargetGivesAValidStateOrAMessageNamingTheRange(@ForAll("state") SoftmaxState state,
                                                            @ForAll("index") int index) {
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withTarget(index));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
            assertThat(outcome.value().target()).isEqualTo(index);
        }
        assertOutOfRangeMessage(outcome, index, state.size(), "");
    }

    @Property(tries = 300)
    void withClassAddedGivesValidStatesUpToTheLimitThenAMessage(@ForAll("state") SoftmaxState state) {
        SoftmaxState current = state;
        for (int i = 0; i <= SoftmaxState.MAX_CLASSES; i++) {
            SoftmaxState from = current;
            Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, from::withClassAdded);
            assertThat(outcome.accepted()).as("adding to %d classes", from.size())
                    .isEqualTo(from.size() < SoftmaxState.MAX_CLASSES);
            if (!outcome.accepted()) {
                Messages.assertClean(outcome.message(), "");
                return;
            }
            current = outcome.value();
            Validity.assertValid(current);
            assertThat(current.labels()[current.target()]).isEqualTo(from.labels()[from.target()]);
        }
    }

    @Property(tries = 600)
    void withClassRemovedGivesAValidStateOrAMessageNamingTheRange(@ForAll("state") SoftmaxState state,
                                                                  @ForAll("index") int index) {
        Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> state.withClassRemoved(index));
        if (outcome.accepted()) {
            SoftmaxState removed = outcome.value();
            Validity.assertValid(removed);
            assertThat(removed.size()).isEqualTo(state.size() - 1);
            if (index != state.target()) {
                assertThat(removed.labels()[removed.target()]).as("the target stays on its class")
                        .isEqualTo(state.labels()[state.target()]);
            }
        } else if (state.size() > SoftmaxState.MIN_CLASSES) {
            assertOutOfRangeMessage(outcome, index, state.size(), "");
        } else {
            Messages.assertClean(outcome.message(), "");
        }
    }

    // ---- any sequence of edits ----

    /** One edit, as the view would make it; printed readably in counterexamples. */
    record Edit(String kind, int index, double value, String text) {

        SoftmaxState apply(SoftmaxState s) {
            return switch (kind) {
                case "logit" -> s.withLogit(index, value);
                case "label" -> s.withLabel(index, text);
                case "temperature" -> s.withTemperature(value);
                case "target" -> s.withTarget(index);
                case "add" -> s.withClassAdded();
                default -> s.withClassRemoved(index);
            };
        }

        @Override
        public String toString() {
            return kind + "(" + index + ", " + value + ", '" + Messages.escaped(text) + "')";
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> kind = Arbitraries.of("logit", "label", "temperature", "target", "add", "add", "remove");
        Arbitrary<Edit> edit = Combinators.combine(kind, index(), anyDouble(), labelText()).as(Edit::new);
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void everySequenceOfEditsKeepsTheStateValid(@ForAll("edits") List<Edit> edits) {
        SoftmaxState state = SoftmaxState.defaults();
        for (Edit edit : edits) {
            SoftmaxState from = state;
            Outcome<SoftmaxState> outcome = Outcome.of(IllegalArgumentException.class, () -> edit.apply(from));
            if (outcome.accepted()) {
                state = outcome.value();
                Validity.assertValid(state);
            } else {
                Messages.assertClean(outcome.message(), edit.value() + " " + edit.text() + " "
                        + String.join(" ", from.labels()));
            }
        }
    }
}
