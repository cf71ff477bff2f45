package dev.genaiplayground.widget.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The softmax state's editing methods, its class-count limits and its immutability. */
class SoftmaxStateTest {

    /** Four classes with the target on "c". */
    private final SoftmaxState abcd = new SoftmaxState(new double[] {1, 2, 3, 4}, new String[] {"a", "b", "c", "d"},
            1, 2);

    @Test
    void addingAClassAppendsLogitZeroAndAFreshNameAndKeepsTheTarget() {
        SoftmaxState added = abcd.withClassAdded();

        assertThat(added.logits()).containsExactly(1, 2, 3, 4, 0);
        assertThat(added.labels()).containsExactly("a", "b", "c", "d", "class 5");
        assertThat(added.target()).isEqualTo(2);
        assertThat(added.temperature()).isEqualTo(abcd.temperature());
    }

    @Test
    void anAddedClassNeverReusesAnExistingName() {
        SoftmaxState state = new SoftmaxState(new double[] {0, 0}, new String[] {"class 3", "class 4"}, 1, 0);

        assertThat(state.withClassAdded().labels()).containsExactly("class 3", "class 4", "class 5");
    }

    @Test
    void classesCanBeAddedUpToTwelveAndNoMore() {
        SoftmaxState full = SoftmaxState.defaults();
        while (full.size() < SoftmaxState.MAX_CLASSES) {
            full = full.withClassAdded();
        }

        assertThat(full.labels()).hasSize(12).doesNotHaveDuplicates();
        assertThatIllegalArgumentException().isThrownBy(full::withClassAdded)
                .withMessage("At most 12 classes fit in this widget.");
    }

    @ParameterizedTest(name = "remove {0}: target {1}")
    @CsvSource({"0, 1", "1, 1", "3, 2"})
    void removingAnotherClassKeepsTheTargetOnTheSameClass(int removed, int expectedTarget) {
        SoftmaxState state = abcd.withClassRemoved(removed);

        assertThat(state.size()).isEqualTo(3);
        assertThat(state.target()).isEqualTo(expectedTarget);
        assertThat(state.labels()[state.target()]).isEqualTo("c");
    }

    @Test
    void removingTheTargetClassMovesTheTargetToTheFirstClass() {
        SoftmaxState state = abcd.withClassRemoved(2);

        assertThat(state.labels()).containsExactly("a", "b", "d");
        assertThat(state.logits()).containsExactly(1, 2, 4);
        assertThat(state.target()).isZero();
    }

    @Test
    void twoClassesIsTheMinimum() {
        SoftmaxState two = abcd.withClassRemoved(0).withClassRemoved(0);

        assertThatIllegalArgumentException().isThrownBy(() -> two.withClassRemoved(0))
                .withMessage("Softmax needs at least 2 classes.");
    }

    @Test
    void singleValueEditsChangeOnlyTheirValue() {
        assertThat(abcd.withLogit(1, -7).logits()).containsExactly(1, -7, 3, 4);
        assertThat(abcd.withLabel(3, "  z ").labels()).containsExactly("a", "b", "c", "z");
        assertThat(abcd.withTemperature(0.5).temperature()).isEqualTo(0.5);
        assertThat(abcd.withTarget(3)).isEqualTo(new SoftmaxState(abcd.logits(), abcd.labels(), 1, 3));
    }

    @Test
    void editsAreValidatedLikeConstruction() {
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withLogit(0, 101))
                .withMessage("logits: number 1 is 101; each must be between -100 and 100.");
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withLabel(0, "b"))
                .withMessage("labels: 'b' is there twice; give each a different name.");
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withTarget(4));
    }

    @Test
    void accessorsReturnCopies() {
        abcd.logits()[0] = 99;
        abcd.labels()[0] = "changed";

        assertThat(abcd.logits()).containsExactly(1, 2, 3, 4);
        assertThat(abcd.labels()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void theConstructorCopiesItsArrays() {
        double[] logits = {1, 2};
        String[] labels = {"x", "y"};
        SoftmaxState state = new SoftmaxState(logits, labels, 1, 0);

        logits[0] = 99;
        labels[0] = "changed";

        assertThat(state.logits()).containsExactly(1, 2);
        assertThat(state.labels()).containsExactly("x", "y");
    }

    @Test
    void equalStatesHaveEqualHashCodes() {
        SoftmaxState copy = new SoftmaxState(abcd.logits(), abcd.labels(), abcd.temperature(), abcd.target());

        assertThat(copy).isEqualTo(abcd).hasSameHashCodeAs(abcd);
        assertThat(abcd.withLogit(0, -0.0)).isNotEqualTo(abcd.withLogit(0, 0.0));
    }

    @Test
    void theDefaultIsTheCurriculumsWorkedExample() {
        SoftmaxState defaults = SoftmaxState.defaults();

        assertThat(defaults.logits()).containsExactly(2.0, 1.0, 0.1);
        assertThat(defaults.labels()).containsExactly("cat", "dog", "bird");
        assertThat(defaults.temperature()).isEqualTo(1);
        assertThat(defaults.target()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"-1", "4", "2147483647"})
    void anEditNamingAClassThatDoesNotExistIsRefusedWithAMessage(int index) {
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withLogit(index, 1))
                .withMessageStartingWith("There is no class ").withMessageEndingWith("they are numbered 1 to 4.")
                .withMessageNotContaining("-");
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withLabel(index, "x"))
                .withMessageStartingWith("There is no class ");
        assertThatIllegalArgumentException().isThrownBy(() -> abcd.withClassRemoved(index))
                .withMessageStartingWith("There is no class ");
    }
}
