package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A widget's state and result as the JSON tree the API answers with, for checks that read the same numbers. */
public final class WidgetAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WidgetAnswer() {
    }

    public static JsonNode of(Record state, Record result) {
        ObjectNode answer = JSON.createObjectNode();
        answer.set("state", JSON.valueToTree(state));
        answer.set("result", JSON.valueToTree(result));
        return answer;
    }
}
