package dev.genaiplayground.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The nodes a UIDL message describes, just enough to find the one to send an event to: each node's properties
 * (feature 1), text (feature 7), tag (feature 0) and parent (from {@code splice} changes that add children).
 */
final class UidlNodes {

    private final Map<Integer, Map<String, JsonNode>> values = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();

    /** Takes in a {@code changes} array. */
    void add(JsonNode changes) {
        for (JsonNode change : changes) {
            int node = change.path("node").asInt(-1);
            String type = change.path("type").asText();
            if ("put".equals(type) && change.has("key")) {
                values.computeIfAbsent(node, n -> new HashMap<>()).put(change.get("key").asText(),
                        change.path("value"));
            } else if ("splice".equals(type)) {
                for (String children : new String[] {"add", "addNodes"}) {
                    change.path(children).forEach(child -> parents.put(child.asInt(), node));
                }
            }
        }
    }

    /** The node with a property or attribute {@code key} whose value is this text, e.g. a field's label. */
    int withValue(String key, String text) {
        return values.entrySet().stream().filter(e -> e.getValue().containsKey(key)
                        && Objects.equals(e.getValue().get(key).asText(null), text))
                .mapToInt(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node with " + key + " = " + text));
    }

    /**
     * The events named {@code *-changed} that nodes listen to, as {@code [node, event]} pairs: web components fire
     * them as they set up their properties, so a browser sends them right after rendering new components.
     */
    java.util.List<java.util.Map.Entry<Integer, String>> changeListeners() {
        java.util.List<java.util.Map.Entry<Integer, String>> listeners = new java.util.ArrayList<>();
        values.forEach((node, keys) -> keys.forEach((key, value) -> {
            if (key.endsWith("-changed")) {
                listeners.add(java.util.Map.entry(node, key));
            }
        }));
        return listeners;
    }

    /** The element of this tag that holds the text, e.g. the {@code vaadin-button} that says "Join". */
    int elementWithText(String tag, String text) {
        for (Map.Entry<Integer, Map<String, JsonNode>> node : values.entrySet()) {
            JsonNode nodeText = node.getValue().get("text");
            if (nodeText != null && text.equals(nodeText.asText())) {
                Integer parent = parents.get(node.getKey());
                if (parent != null && tag.equals(tagOf(parent))) {
                    return parent;
                }
            }
        }
        throw new IllegalStateException("no " + tag + " with the text " + text);
    }

    private String tagOf(int node) {
        JsonNode tag = values.getOrDefault(node, Map.of()).get("tag");
        return tag == null ? null : tag.asText();
    }
}
