package dev.genaiplayground.widget;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Every registered widget, found by id. Widgets register themselves as Spring components. */
@Service
public class WidgetRegistry {

    private final Map<String, WidgetDefinition<?, ?>> byId = new LinkedHashMap<>();

    public WidgetRegistry(List<WidgetDefinition<?, ?>> definitions) {
        for (WidgetDefinition<?, ?> definition : definitions) {
            if (!definition.id().matches("[a-z][a-z0-9-]*")) {
                throw new IllegalStateException("widget id '" + definition.id() + "' must be lower-case letters, "
                        + "digits and dashes");
            }
            if (byId.put(definition.id(), definition) != null) {
                throw new IllegalStateException("two widgets share the id '" + definition.id() + "'");
            }
        }
    }

    public Optional<WidgetDefinition<?, ?>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<WidgetDefinition<?, ?>> all() {
        return List.copyOf(byId.values());
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }
}
