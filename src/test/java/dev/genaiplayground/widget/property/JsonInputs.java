package dev.genaiplayground.widget.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiplayground.widget.StateCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary JSON text for a state record: random text, JSON of any shape, objects with the record's keys and
 * values of the right or wrong type (huge numbers, numbers as strings, "NaN", nulls, lone surrogate escapes), and
 * the JSON of a valid state with one field replaced, dropped or the text cut or spliced.
 */
public final class JsonInputs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> SCALARS = List.of(
            "null", "true", "false", "0", "-0", "1", "2", "0.5", "1e400", "-1e400", "1e-400", "1E2", "100",
            "100.0000001", "2147483648", "-2147483649", "1.5", "NaN", "Infinity", "-Infinity", "١", "\"١\"",
            "\"١.٥\"", "\"١٠\"", "\"１\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"INF\"", "\"1\"", "\"0.5\"",
            "\"1e400\"", "\"\"", "\" \"", "\"cat\"", "\"cat\\u200B\"", "\"\\u0000\"", "\"\\u00A0\"", "\"\\uFEFF\"",
            "\"\\ud83d\"", "\"😀\"", "\"null\"", "[]", "{}", "0x10", "01", "1.", ".5", "+1");

    private JsonInputs() {
    }

    /** A JSON string literal for text; with {@code asciiOnly}, every non-ASCII character as a \\u escape. */
    public static String quote(String text, boolean asciiOnly) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || asciiOnly && c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public static Arbitrary<String> scalar() {
        Arbitrary<String> numbers = Inputs.numberText();
        Arbitrary<String> strings = Combinators.combine(Inputs.text(), Arbitraries.of(true, false))
                .as(JsonInputs::quote);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(SCALARS)), Tuple.of(2, numbers),
                Tuple.of(1, Inputs.numberText().map(n -> quote(n, false))), Tuple.of(1, strings));
    }

    public static Arbitrary<String> value() {
        return Arbitraries.recursive(JsonInputs::scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]"),
                Combinators.combine(Inputs.text(), inner).as((k, v) -> "{" + quote(k, false) + ":" + v + "}")), 0, 3);
    }

    /** A JSON value shaped for a component of the given type, often with a bad element. */
    static Arbitrary<String> valueFor(Class<?> type) {
        Arbitrary<String> typed;
        if (type == double[].class) {
            typed = scalar().list().ofMaxSize(14).map(l -> "[" + String.join(",", l) + "]");
        } else if (type == String[].class) {
            typed = Combinators.combine(Inputs.labelText(), Arbitraries.of(false, false, true))
                    .as(JsonInputs::quote).list().ofMaxSize(18).map(l -> "[" + String.join(",", l) + "]");
        } else if (type == double[][].class) {
            typed = scalar().list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]")
                    .list().ofMaxSize(17).map(l -> "[" + String.join(",", l) + "]");
        } else {
            typed = scalar();
        }
        return Arbitraries.frequencyOf(Tuple.of(4, typed), Tuple.of(1, value()));
    }

    /**
     * JSON texts for a state of type S, {@code valid} supplying states to start mutations from. Built with
     * {@code combine} only, never {@code flatMap}: jqwik shrinks nested flatMaps very slowly.
     */
    public static <S extends Record> Arbitrary<String> json(Class<S> type, Arbitrary<S> valid) {
        StateCodec<S> codec = StateCodec.of(type);
        List<String> names = Inputs.componentNames(type);
        Arbitrary<List<String>> candidates = Combinators.combine(
                names.stream().map(n -> valueFor(Inputs.componentType(type, n))).toList()).as(l -> l);
        Arbitrary<String> randomText = Arbitraries.frequencyOf(Tuple.of(3, Inputs.text()), Tuple.of(1, value()));
        Arbitrary<List<Map.Entry<String, String>>> unknown = Combinators.combine(Inputs.settingName(type), value())
                .as(Map::entry).list().ofMaxSize(2);
        Arbitrary<String> shaped = Combinators.combine(
                Arbitraries.integers().between(0, (1 << names.size()) - 1), candidates, unknown)
                .as((mask, values, extra) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            m.put(names.get(i), values.get(i));
                        }
                    }
                    extra.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return object(m);
                });
        Arbitrary<String> mutated = Combinators.combine(valid.map(codec::toJson),
                        Arbitraries.integers().between(0, names.size() - 1), Arbitraries.integers().between(0, 11),
                        candidates, Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 3),
                        Inputs.piece(), Inputs.nonAsciiZero())
                .as((json, which, kind, values, at, cut, piece, zero) -> {
                    if (kind <= 2) {
                        return json; // unchanged: the valid state itself
                    }
                    if (kind <= 4) {
                        int i = at % (json.length() + 1);
                        return json.substring(0, i) + piece + json.substring(Math.min(json.length(), i + cut));
                    }
                    Map<String, String> m = fields(json);
                    String name = names.get(which);
                    if (kind <= 8) {
                        m.put(name, values.get(which));
                    } else if (kind == 9) {
                        // an invisible character at the start of the first string: ["\u200bcat", ...]
                        String escaped = quote(Inputs.INVISIBLES.get(at % Inputs.INVISIBLES.size()), true);
                        String opening = escaped.substring(0, escaped.length() - 1); // "\u200b without its end
                        m.replaceAll((k, v) -> v.startsWith("[\"") ? "[" + opening + v.substring(2) : v);
                    } else if (kind == 10) {
                        m.put(name, Inputs.replaceOneDigit(m.get(name), zero));
                    } else {
                        m.remove(name);
                    }
                    return object(m);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, randomText), Tuple.of(2, shaped), Tuple.of(4, mutated));
    }

    /** The top-level fields of a JSON object, each as its JSON text. */
    static Map<String, String> fields(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Map<String, String> fields = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().toString()));
            return fields;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String object(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> quote(e.getKey(), false) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
