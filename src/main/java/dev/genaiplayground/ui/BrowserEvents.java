package dev.genaiplayground.ui;

import com.vaadin.flow.dom.DomEvent;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the data of an event our web components send. The browser is not trusted: a forged or stale event (an
 * index past the end, a fraction, a string where a number belongs, a value that is not finite) reads as empty and
 * is dropped with a debug line, so it never reaches a widget as a crash or a confusing message.
 */
public final class BrowserEvents {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserEvents.class);

    private BrowserEvents() {
    }

    /** {@code event.detail.<key>} as a position in {@code [0, size)}. */
    public static OptionalInt index(DomEvent event, String key, int size) {
        OptionalDouble number = number(event, key);
        if (number.isEmpty()) {
            return OptionalInt.empty();
        }
        double value = number.getAsDouble();
        if (value != Math.rint(value) || value < 0 || value >= size) {
            LOG.debug("Dropped a '{}' event with {} = {} (size {})", event.getType(), key, value, size);
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    /** {@code event.detail.<key>} as a finite number. */
    public static OptionalDouble number(DomEvent event, String key) {
        JsonValue value = detail(event, key);
        if (value == null || value.getType() != JsonType.NUMBER || !Double.isFinite(value.asNumber())) {
            LOG.debug("Dropped a '{}' event without a finite number in {}", event.getType(), key);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.asNumber());
    }

    /** {@code event.detail.<key>} as text, or null when it is not a string. */
    public static String text(DomEvent event, String key) {
        JsonValue value = detail(event, key);
        if (value == null || value.getType() != JsonType.STRING) {
            LOG.debug("Dropped a '{}' event without text in {}", event.getType(), key);
            return null;
        }
        return value.asString();
    }

    /** The expression to ask the browser for, with {@code addEventData}. */
    public static String detailOf(String key) {
        return "event.detail." + key;
    }

    private static JsonValue detail(DomEvent event, String key) {
        JsonObject data = event.getEventData();
        return data.hasKey(detailOf(key)) ? data.get(detailOf(key)) : null;
    }
}
