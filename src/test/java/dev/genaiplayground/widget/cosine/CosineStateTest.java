package dev.genaiplayground.widget.cosine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The cosine state: equal lengths, limits, dragging only in two dimensions, a zero vector allowed. */
class CosineStateTest {

    @Test
    void refusesBadVectorsWithAMessage() {
        assertThatThrownBy(() -> new CosineState(new double[] {1, 2, 3}, new double[] {1, 2}))
                .hasMessage("a has 3 numbers but b has 2; give both vectors the same length.");
        assertThatThrownBy(() -> new CosineState(new double[] {1, 101}, new double[] {1, 2}))
                .hasMessage("a: number 2 is 101; each must be between -100 and 100.");
        assertThatThrownBy(() -> new CosineState(new double[0], new double[0]))
                .hasMessage("a: give 1 to 32 of them, not 0.");
        assertThatThrownBy(() -> CosineState.workedExample().withTip(0, 1, 1))
                .hasMessageContaining("Only two-dimensional vectors can be dragged");
        assertThatThrownBy(() -> CosineState.defaults().withTip(2, 1, 1)).hasMessageContaining("There is no vector");
    }

    @Test
    void aZeroVectorIsAState() {
        assertThat(CosineState.defaults().withTip(1, 0, 0).b()).containsExactly(0, 0);
    }
}
