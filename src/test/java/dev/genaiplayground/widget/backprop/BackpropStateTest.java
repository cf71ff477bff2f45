package dev.genaiplayground.widget.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backprop state's checks and edits. */
class BackpropStateTest {

    @Test
    void editsReachTheRightNumber() {
        BackpropState s = BackpropState.defaults();
        assertThat(s.withHiddenParameter(1, 0, 2).w1()[1][0]).isEqualTo(2);
        assertThat(s.withHiddenParameter(1, 2, 3).b1()[1]).isEqualTo(3);
        assertThat(s.withOutputParameter(1, 4).w2()[1]).isEqualTo(4);
        assertThat(s.withOutputParameter(2, 5).b2()).isEqualTo(5);
        assertThat(s.withInput(1, -1).inputs()).containsExactly(1, -1);
        assertThat(s.withTarget(0).target()).isZero();
        assertThat(s.withStep(11).step()).isEqualTo(11);
    }

    @Test
    void badValuesGetAMessage() {
        BackpropState s = BackpropState.defaults();
        assertThatThrownBy(() -> s.withStep(12)).hasMessageContaining("step must be 0");
        assertThatThrownBy(() -> s.withStep(-1)).hasMessageContaining("step must be 0");
        assertThatThrownBy(() -> s.withOutputParameter(2, 10.5)).hasMessageContaining("b2 must be between");
        assertThatThrownBy(() -> s.withHiddenParameter(2, 0, 1)).hasMessageContaining("There is no hidden unit");
        assertThatThrownBy(() -> new BackpropState(new double[] {1}, 0, s.w1(), s.b1(), s.w2(), 0, 0))
                .hasMessage("inputs needs exactly 2 numbers, not 1.");
        assertThatThrownBy(() -> new BackpropState(s.inputs(), 0, new double[][] {{1, 2}}, s.b1(), s.w2(), 0, 0))
                .hasMessageContaining("w1 needs 2 rows");
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] x = {1, 2};
        BackpropState s = new BackpropState(x, 0, new double[][] {{1, 2}, {3, 4}}, new double[2], new double[2], 0, 0);
        x[0] = 9;
        s.w1()[0][0] = 9;
        assertThat(s.inputs()[0]).isEqualTo(1);
        assertThat(s.w1()[0][0]).isEqualTo(1);
    }
}
