package dev.genaiplayground.widget.attention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.widget.property.Messages;
import dev.genaiplayground.widget.property.Outcome;
import dev.genaiplayground.widget.property.ValidStates;
import dev.genaiplayground.widget.property.Validity;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The Q/K/V fillings of {@link AttentionPresets}: from any valid state they give a valid state with the same tokens,
 * vector size and switches; "each looks back one" works for any tokens and any vector size the state can have,
 * and for any other int refuses with a message instead of dividing by zero.
 */
class AttentionPresetsPropertyTest {

    @Provide
    Arbitrary<AttentionState> state() {
        return ValidStates.attention();
    }

    @Provide
    Arbitrary<Integer> anyDimension() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(-2, 18)),
                Tuple.of(1, Arbitraries.integers()), Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }

    private static void assertSameShape(AttentionState filled, AttentionState from) {
        Validity.assertValid(filled);
        assertThat(filled.tokens()).containsExactly(from.tokens());
        assertThat(filled.dimension()).isEqualTo(from.dimension());
        assertThat(filled.heads()).isEqualTo(from.heads());
        assertThat(filled.scaled()).isEqualTo(from.scaled());
        assertThat(filled.causal()).isEqualTo(from.causal());
    }

    @Property(tries = 300)
    void selfKeepsTheShapeAndGivesAValidState(@ForAll("state") AttentionState state) {
        assertSameShape(AttentionPresets.self(state), state);
    }

    @Property(tries = 300)
    void uniformKeepsTheShapeAndGivesAValidState(@ForAll("state") AttentionState state) {
        AttentionState filled = AttentionPresets.uniform(state);
        assertSameShape(filled, state);
        assertThat(filled.k()).isDeepEqualTo(state.k());
        assertThat(filled.v()).isDeepEqualTo(state.v());
    }

    @Property(tries = 300)
    void randomKeepsTheShapeAndGivesAValidState(@ForAll("state") AttentionState state, @ForAll long seed) {
        assertSameShape(AttentionPresets.random(state, new Random(seed)), state);
    }

    /** As the view calls it: the state's own tokens and vector size. */
    @Property(tries = 300)
    void previousTokenGivesAValidStateForTheStatesTokensAndSize(@ForAll("state") AttentionState state) {
        AttentionState filled = AttentionPresets.previousToken(state.tokens(), state.dimension());
        Validity.assertValid(filled);
        assertThat(filled.tokens()).containsExactly(state.tokens());
        assertThat(filled.dimension()).isEqualTo(state.dimension());
    }

    @Property(tries = 300)
    void previousTokenWithAnyVectorSizeGivesAValidStateOrAMessage(@ForAll("state") AttentionState state,
                                                                 @ForAll("anyDimension") int d) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> AttentionPresets.previousToken(state.tokens(), d));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
            assertThat(outcome.value().dimension()).isEqualTo(d);
        } else {
            Messages.assertClean(outcome.message(), "");
        }
    }
}
