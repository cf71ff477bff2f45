package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-check question answered by using a widget: "make bird the most likely class with p > 0.5". It is reached
 * when every condition holds for the widget's JSON answer, the same {@code {state, result}} that
 * {@code /api/widgets/<id>} returns, so what the app checks is what the page shows.
 *
 * <p>Written in a lesson as a {@code ```check} block: a {@code question:} line, one or more {@code expect:} lines
 * and an optional {@code hint:}.
 */
public record Goal(String question, String hint, List<GoalCondition> conditions) {

    public Goal {
        conditions = List.copyOf(conditions);
    }

    public static Goal parse(String body) throws BlockException {
        String question = null;
        String hint = null;
        List<GoalCondition> conditions = new ArrayList<>();
        String[] lines = body.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon > 0 ? line.substring(0, colon).strip() : "";
            String value = colon > 0 ? line.substring(colon + 1).strip() : "";
            switch (key) {
                case "question" -> question = value;
                case "hint" -> hint = value;
                case "expect" -> {
                    try {
                        conditions.add(GoalCondition.parse(value));
                    } catch (IllegalArgumentException e) {
                        throw new BlockException(i + 1, e.getMessage());
                    }
                }
                default -> throw new BlockException(i + 1, "Expected 'question:', 'expect:' or 'hint:', found '"
                        + PersonText.quote(line, 40) + "'.");
            }
        }
        if (question == null || question.isEmpty()) {
            throw new BlockException(1, "A check needs a 'question:' line that says what to do.");
        }
        if (conditions.isEmpty()) {
            throw new BlockException(1, "A check needs at least one 'expect:' line, such as "
                    + "'expect: result.loss < 0.1'.");
        }
        return new Goal(question, hint, conditions);
    }

    public boolean reachedBy(JsonNode answer) {
        return conditions.stream().allMatch(condition -> condition.holds(answer));
    }

    /** Paths that name nothing in {@code answer}: a typo in the lesson, since every state has the same fields. */
    public List<String> unknownPaths(JsonNode answer) {
        return conditions.stream().filter(c -> c.find(answer).isMissingNode()).map(GoalCondition::pathText).toList();
    }
}
