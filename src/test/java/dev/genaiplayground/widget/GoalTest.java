package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaiplayground.compute.SoftmaxResult;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import dev.genaiplayground.widget.softmax.SoftmaxWidget;
import org.junit.jupiter.api.Test;

/** Self-check goals read the same JSON the API answers with. */
class GoalTest {

    private final SoftmaxWidget softmax = new SoftmaxWidget();

    private JsonNode answer(SoftmaxState state) {
        SoftmaxResult result = softmax.compute(state);
        return WidgetAnswer.of(state, result);
    }

    @Test
    void isReachedOnlyWhenEveryConditionHolds() throws BlockException {
        Goal goal = Goal.parse("""
                question: Make bird the most likely class with p > 0.5.
                expect: result.probabilities[2] > 0.5
                expect: state.temperature = 1
                hint: Drag bird's bar up.
                """);
        assertThat(goal.question()).isEqualTo("Make bird the most likely class with p > 0.5.");
        assertThat(goal.hint()).isEqualTo("Drag bird's bar up.");

        SoftmaxState start = SoftmaxState.defaults();
        assertThat(goal.reachedBy(answer(start))).isFalse();
        assertThat(goal.reachedBy(answer(start.withLogit(2, 4)))).isTrue();
        assertThat(goal.reachedBy(answer(start.withLogit(2, 4).withTemperature(2)))).isFalse();
    }

    @Test
    void comparesEveryOperatorAndKindOfValue() {
        JsonNode answer = answer(SoftmaxState.defaults()); // logits 2, 1, 0.1; labels cat, dog, bird; target 0
        assertThat(GoalCondition.parse("state.logits[0] = 2").holds(answer)).isTrue();
        assertThat(GoalCondition.parse("state.logits[0] != 2").holds(answer)).isFalse();
        assertThat(GoalCondition.parse("state.logits[1] >= 1").holds(answer)).isTrue();
        assertThat(GoalCondition.parse("state.logits[1] <= 0.9").holds(answer)).isFalse();
        assertThat(GoalCondition.parse("state.logits[2] < 0.2").holds(answer)).isTrue();
        assertThat(GoalCondition.parse("result.loss > 0.41").holds(answer)).isTrue();
        assertThat(GoalCondition.parse("state.labels[2] = \"bird\"").holds(answer)).isTrue();
        assertThat(GoalCondition.parse("state.labels[2] != \"bird\"").holds(answer)).isFalse();
        assertThat(GoalCondition.parse("state.target = \"0\"").holds(answer)).as("a number is not text").isFalse();
        assertThat(GoalCondition.parse("state.logits[7] < 100").holds(answer)).as("nothing there").isFalse();
    }

    @Test
    void findsPathsThatNameNothing() throws BlockException {
        Goal goal = Goal.parse("question: q\nexpect: result.probabilites[0] > 0.5\nexpect: state.target = 1");
        assertThat(goal.unknownPaths(answer(SoftmaxState.defaults()))).containsExactly("result.probabilites[0]");
    }

    @Test
    void explainsMistakesWithTheirLine() {
        assertThatThrownBy(() -> Goal.parse("question: q\nexpect: loss < 1"))
                .isInstanceOf(BlockException.class).hasMessageContaining("A path starts with state or result")
                .satisfies(e -> assertThat(((BlockException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> Goal.parse("question: q\nexpect: result.loss < \"low\""))
                .hasMessageContaining("Only numbers can be compared with <");
        assertThatThrownBy(() -> Goal.parse("question: q\nexpect: result.loss < 1e999"))
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> Goal.parse("expect: result.loss < 1")).hasMessageContaining("'question:'");
        assertThatThrownBy(() -> Goal.parse("question: q")).hasMessageContaining("'expect:'");
        assertThatThrownBy(() -> Goal.parse("question: q\nanswer: 3")).hasMessageContaining("found 'answer: 3'");
    }
}
