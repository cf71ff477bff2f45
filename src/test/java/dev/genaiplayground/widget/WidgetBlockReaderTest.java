package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.attention.AttentionWidget;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import dev.genaiplayground.widget.softmax.SoftmaxWidget;
import org.junit.jupiter.api.Test;

/** Lesson widget blocks: one setting per line, and problems reported at the 1-based line of the block's body. */
class WidgetBlockReaderTest {

    private final SoftmaxWidget softmax = new SoftmaxWidget();

    @Test
    void readsAGoodBlock() throws BlockException {
        SoftmaxState state = WidgetBlockReader.read(softmax, """
                logits: 3, -1.5
                labels: yes, no
                temperature: 0.5
                target: 1
                """);

        assertThat(state).isEqualTo(new SoftmaxState(new double[] {3, -1.5}, new String[] {"yes", "no"}, 0.5, 1));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsDefaultsForOmittedSettings() throws BlockException {
        SoftmaxState state = WidgetBlockReader.read(softmax, """
                # a cooler softmax

                   temperature: 0.25
                  # labels: not, read
                """);

        assertThat(state).isEqualTo(SoftmaxState.defaults().withTemperature(0.25));
    }

    @Test
    void anEmptyBlockIsTheDefaultState() throws BlockException {
        assertThat(WidgetBlockReader.read(new AttentionWidget(), "")).isEqualTo(AttentionState.defaults());
    }

    @Test
    void aLineWithoutAColonIsReportedAtItsLine() {
        BlockException e = rejects("""
                # comment
                temperature: 2
                target 1
                """);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessage("Expected 'setting: value', found 'target 1'.");
    }

    @Test
    void aLineStartingWithAColonNamesNoSetting() {
        assertThat(rejects("\n: 2").line()).isEqualTo(2);
    }

    @Test
    void aSettingGivenTwiceIsReportedAtItsSecondLine() {
        BlockException e = rejects("""
                temperature: 2

                temperature: 3
                """);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessage("'temperature' is set twice.");
    }

    @Test
    void aBadValueIsReportedAtItsLine() {
        BlockException e = rejects("""
                labels: a, b, c
                temperature: 1
                logits: 1, two, 3
                target: 0
                """);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessage("logits: number 2: 'two' is not a number.");
    }

    @Test
    void anUnknownSettingIsReportedAtItsLine() {
        BlockException e = rejects("""
                temperature: 1
                colour: red
                """);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("Unknown setting 'colour'.");
    }

    @Test
    void aRecordLevelProblemIsReportedAtTheLineOfTheSettingItsMessageNames() {
        BlockException e = rejects("""
                # the target is checked against the number of classes, by the record itself
                logits: 1, 2
                labels: a, b
                target: 5
                """);

        assertThat(e.line()).isEqualTo(4);
        assertThat(e).hasMessage("target must name one of the 2 classes: a number from 0 to 1, not 5.");
    }

    private BlockException rejects(String body) {
        return assertThrows(BlockException.class, () -> WidgetBlockReader.read(softmax, body));
    }
}
