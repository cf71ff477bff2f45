package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns any widget state record into compact text settings (URL query parameters, lesson widget blocks) and JSON,
 * and back, losslessly. One mechanism for every widget: it reads the record's components, so a new widget needs
 * no codec of its own. Supported component types: double, int, long, boolean, String, enums, double[], int[], String[], double[][].
 *
 * <p>Validation stays in the record's canonical constructor; this class only reports its message.
 */
public final class StateCodec<S extends Record> {

    /**
     * Longest value accepted for one setting where no other limit is given (lesson blocks): large enough for a
     * 16×16 matrix, small enough to refuse abuse. Links use {@code playground.limits.max-setting-length}.
     */
    public static final int MAX_VALUE_LENGTH = 8_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 1.5 is no whole number: refuse, don't truncate
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // numbers are JSON numbers, not text ("١")
            .build();

    private final Class<S> type;
    private final RecordComponent[] components;
    private final Constructor<S> constructor;

    private StateCodec(Class<S> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type, e);
        }
        for (RecordComponent component : components) {
            ValueText.requireSupported(component.getType(), type.getSimpleName() + "." + component.getName());
        }
    }

    public static <S extends Record> StateCodec<S> of(Class<S> type) {
        return new StateCodec<>(type);
    }

    /** The state as ordered settings, one per record component. */
    public Map<String, String> toSettings(S state) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            settings.put(component.getName(), ValueText.format(read(component, state)));
        }
        return settings;
    }

    /** Each setting's stated {@link Limits}, leaving out those not given, by setting (for the API's list). */
    public Map<String, Map<String, Object>> limits() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            Limits limits = component.getAnnotation(Limits.class);
            Map<String, Object> stated = new LinkedHashMap<>();
            if (limits != null) {
                putIf(stated, "min", limits.min(), Double.isFinite(limits.min()));
                putIf(stated, "max", limits.max(), Double.isFinite(limits.max()));
                putIf(stated, "minCount", limits.minCount(), limits.minCount() >= 0);
                putIf(stated, "maxCount", limits.maxCount(), limits.maxCount() >= 0);
                putIf(stated, "maxLength", limits.maxLength(), limits.maxLength() >= 0);
                putIf(stated, "note", limits.note(), !limits.note().isEmpty());
            }
            all.put(component.getName(), stated);
        }
        return all;
    }

    private static void putIf(Map<String, Object> map, String key, Object value, boolean given) {
        if (given) {
            map.put(key, value);
        }
    }

    /** Each setting's kind of value, in words (for the API's list of widgets). */
    public Map<String, String> typeNames() {
        Map<String, String> types = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            types.put(component.getName(), ValueText.typeName(component.getType()));
        }
        return types;
    }

    /**
     * Builds a state from settings; a setting that is absent keeps its value from {@code base}.
     *
     * @throws InvalidStateException naming the setting and the problem when a value does not parse, a setting is
     *     unknown, or the record rejects the result
     */
    public S fromSettings(Map<String, String> settings, S base) throws InvalidStateException {
        return fromSettings(settings, base, MAX_VALUE_LENGTH);
    }

    /** As {@link #fromSettings(Map, Record)}, with the longest value accepted for one setting. */
    public S fromSettings(Map<String, String> settings, S base, int maxValueLength) throws InvalidStateException {
        for (String name : settings.keySet()) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                throw new InvalidStateException(name, "Unknown setting '" + PersonText.quote(name, 30)
                        + "'. Known settings: "
                        + Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String text = settings.get(component.getName());
            if (text == null) {
                values[i] = read(component, base);
                continue;
            }
            if (text.length() > maxValueLength) {
                throw new InvalidStateException(component.getName(), "The value of '" + component.getName()
                        + "' is " + text.length() + " characters long; at most " + maxValueLength + " are accepted.");
            }
            try {
                values[i] = ValueText.parse(text, component.getType());
            } catch (IllegalArgumentException e) {
                throw new InvalidStateException(component.getName(),
                        component.getName() + ": " + e.getMessage());
            }
        }
        return construct(values, settings.keySet());
    }

    public String toJson(S state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    public S fromJson(String json) throws InvalidStateException {
        S state;
        try {
            state = JSON.readValue(json, type);
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : notValidJson();
            throw new InvalidStateException(null, message);
        }
        if (state == null) { // the JSON text "null" reads as no object at all
            throw new InvalidStateException(null, notValidJson());
        }
        return state;
    }

    private String notValidJson() {
        // "SoftmaxState" reads as "softmax state"
        return "This is not a valid " + type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase()
                + " in JSON.";
    }

    private S construct(Object[] values, Set<String> given) throws InvalidStateException {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                String setting = settingNamedIn(invalid.getMessage());
                // a rule about a setting that was not given (its default no longer fits) names none of the given
                throw new InvalidStateException(setting != null && given.contains(setting) ? setting : null,
                        invalid.getMessage());
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /**
     * The setting a record's message is about: {@link StateRules} messages start with the setting's name ("logits:
     * number 2 is ...", "temperature must be ..."). Null when the message is about several settings together.
     */
    private String settingNamedIn(String message) {
        return Arrays.stream(components).map(RecordComponent::getName)
                .filter(name -> message != null && (message.startsWith(name + " ") || message.startsWith(name + ":")))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private static Object read(RecordComponent component, Record state) {
        try {
            return component.getAccessor().invoke(state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
