package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a goal: {@code <path> <op> <value>}, where the path addresses a widget's JSON answer
 * ({@code state.target}, {@code result.probabilities[2]}), the operator is one of {@code < <= > >= = !=}, and the
 * value is a number, {@code true}, {@code false} or a "quoted string".
 */
public record GoalCondition(List<Object> path, String operator, Object expected) {

    private static final Pattern LINE = Pattern.compile(
            "((?:state|result)(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d{1,4}])*)\\s*(<=|>=|!=|<|>|=)\\s*(.+)");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d{1,4})]");

    public GoalCondition {
        path = List.copyOf(path);
    }

    /** Parses one condition, or says what is wrong with it. */
    public static GoalCondition parse(String text) {
        Matcher line = LINE.matcher(text.strip());
        if (!line.matches()) {
            throw new IllegalArgumentException("Expected '<path> <op> <value>', such as 'result.loss < 0.1', found '"
                    + PersonText.quote(text.strip(), 60) + "'. A path starts with state or result.");
        }
        String pathText = line.group(1);
        List<Object> path = new ArrayList<>();
        int dot = pathText.startsWith("state") ? "state".length() : "result".length();
        path.add(pathText.substring(0, dot));
        Matcher step = STEP.matcher(pathText);
        while (step.find(dot)) {
            path.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
            dot = step.end();
        }
        String operator = line.group(2);
        Object expected = value(line.group(3).strip());
        if (!(expected instanceof Double) && !operator.equals("=") && !operator.equals("!=")) {
            throw new IllegalArgumentException("Only numbers can be compared with " + operator + ".");
        }
        return new GoalCondition(path, operator, expected);
    }

    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        try {
            return (Double) ValueText.parse(text, double.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value to compare with must be a number, true, false or a "
                    + "\"quoted string\", not '" + PersonText.quote(text, 40) + "'.");
        }
    }

    /** The node the path names in {@code answer}, or a missing node. */
    public JsonNode find(JsonNode answer) {
        JsonNode node = answer;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    /** Whether the condition holds for a widget's JSON answer {@code {"state": …, "result": …}}. */
    public boolean holds(JsonNode answer) {
        JsonNode actual = find(answer);
        if (expected instanceof Double number) {
            if (!actual.isNumber()) {
                return false;
            }
            int order = Double.compare(actual.doubleValue(), number);
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                case "=" -> order == 0;
                default -> order != 0;
            };
        }
        boolean equal = expected instanceof Boolean flag
                ? actual.isBoolean() && actual.booleanValue() == flag
                : actual.isTextual() && actual.textValue().equals(expected);
        return operator.equals("=") == equal;
    }

    /** The path as written, for messages. */
    public String pathText() {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append(step instanceof Integer index ? "[" + index + "]" : (text.length() == 0 ? "" : ".") + step);
        }
        return text.toString();
    }
}
