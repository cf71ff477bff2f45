package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enums, longs and whole-number lists in settings and JSON, and equality by value from {@link StateRecords}. */
class StateCodecTypesTest {

    enum Surface { BOWL, TWO_MINIMA }

    record Sample(Surface surface, long seed, int[] sizes) {
        @Override
        public boolean equals(Object other) {
            return StateRecords.equal(this, other);
        }

        @Override
        public int hashCode() {
            return StateRecords.hash(this);
        }

        @Override
        public String toString() {
            return StateRecords.text(this);
        }
    }

    private final StateCodec<Sample> codec = StateCodec.of(Sample.class);
    private final Sample sample = new Sample(Surface.TWO_MINIMA, 9_007_199_254_740_993L, new int[] {3, -1, 0});

    @Test
    void settingsWriteEnumsAsLowerCaseWordsAndRoundTrip() throws Exception {
        assertThat(codec.toSettings(sample)).containsExactly(Map.entry("surface", "two-minima"),
                Map.entry("seed", "9007199254740993"), Map.entry("sizes", "3,-1,0"));
        assertThat(codec.fromSettings(codec.toSettings(sample), new Sample(Surface.BOWL, 0, new int[0])))
                .isEqualTo(sample);
        assertThat(codec.fromJson(codec.toJson(sample))).isEqualTo(sample);
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        assertThatThrownBy(() -> codec.fromSettings(Map.of("surface", "saddle"), sample))
                .hasMessage("surface: 'saddle' is not one of bowl, two-minima.");
        assertThat(codec.typeNames()).containsEntry("surface", "one of bowl, two-minima")
                .containsEntry("sizes", "whole numbers, separated by ','");
    }

    @Test
    void wholeNumbersAreAsciiAndWithinTheirType() {
        assertThatThrownBy(() -> codec.fromSettings(Map.of("sizes", "1,\u0662"), sample))
                .hasMessage("sizes: '\u0662' is not a whole number.");
        assertThatThrownBy(() -> codec.fromSettings(Map.of("sizes", "1,3000000000"), sample))
                .hasMessage("sizes: '3000000000' is too large.");
        assertThatThrownBy(() -> codec.fromSettings(Map.of("seed", "99999999999999999999"), sample))
                .hasMessage("seed: '99999999999999999999' is too large.");
    }

    @Test
    void equalityHashAndTextAreByValue() {
        Sample same = new Sample(Surface.TWO_MINIMA, 9_007_199_254_740_993L, new int[] {3, -1, 0});
        assertThat(same).isEqualTo(sample).hasSameHashCodeAs(sample);
        assertThat(sample.toString()).isEqualTo("Sample[surface=TWO_MINIMA, seed=9007199254740993, sizes=[3, -1, 0]]");
        assertThat(new Sample(Surface.BOWL, 1, new int[] {3})).isNotEqualTo(sample);
    }
}
