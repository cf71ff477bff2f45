package dev.genaiplayground.widget.property;

import dev.genaiplayground.widget.StateCodec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile inputs: arbitrary Unicode (lone surrogates included), invisible characters, emoji, non-ASCII digits,
 * numbers too large, too small or not numbers at all ("NaN", "Infinity", hex), separators and escapes, overlong
 * values, unknown setting names, and valid settings with one value broken.
 */
public final class Inputs {

    /** Characters a person cannot see: the ones named in the brief first. */
    public static final List<String> INVISIBLES = List.of(
            "\u0000", "\u200B", "\uFEFF", "\u202E", "\u00A0", "\u2060", "\u200D", "\u200C", "\u2007", "\u202F",
            "\u180E", "\u0001", "\u001F", "\u007F", "\u0085", "\u3000", "\t", "\u2028");

    /** The digit zero of scripts other than ASCII; digit n is zero + n (the last is a surrogate pair). */
    private static final List<String> NON_ASCII_ZEROS = List.of(
            "\u0660", "\u06F0", "\u0966", "\uFF10", "\u09E6", "\u0E50", "\u1810", "\uD835\uDFCE");

    private static final List<String> NUMBER_PIECES = List.of(
            "0", "1", "9", "42", "-", "+", ".", "e", "E", "-0", "1e400", "-1e400", "1e-400", "4.9E-324",
            "1.7976931348623157E308", "100", "100.0000001", "-100", "0.05", "0.0499999", "10", "10.000001",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "NaN", "-NaN",
            "Infinity", "-Infinity", "INF", "0x1p3", "0x10", "1_000", "1d", "1f", "1L", "١", "٢", "١٠", "１", "٣.٥",
            "½", "²", "Ⅻ", "𝟘", "1e", ".e1", "..", "00001", "1.", ".5");

    private static final List<String> OTHER_PIECES = List.of(
            ",", ";", "%", "%2C", "%3B", "%25", "%2", ":", "#", "=", "&", " ", "  ", "\n", "\r\n", "\r", "\u2028",
            "cat", "dog", "class 3", "null", "true", "false", "TRUE", "yes", "😀", "👨‍👩‍👧", "🏳️‍🌈", "e\u0301", "日本",
            "\uD83D", "\uDE00", "labels", "logits", "q", "heads", "{", "}", "[", "]", "\"");

    private Inputs() {
    }

    /** One of the hostile pieces text is glued from. */
    public static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(NUMBER_PIECES)),
                Tuple.of(2, Arbitraries.of(OTHER_PIECES)), Tuple.of(1, Arbitraries.of(INVISIBLES)));
    }

    /** Arbitrary text: glued pieces, any UTF-16 (lone surrogates too), any code points, or something overlong. */
    public static Arbitrary<String> text() {
        Arbitrary<String> glued = piece().list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> anyCodePoints = codePointText(30);
        Arbitrary<String> overlong = Combinators.combine(piece().filter(p -> !p.isEmpty()),
                Arbitraries.integers().between(1, 9000)).as((p, n) -> p.repeat(Math.max(1, n / p.length())));
        Arbitrary<String> emojiRun = Combinators.combine(Arbitraries.strings().ascii().ofMaxLength(3),
                Arbitraries.integers().between(0x1F600, 0x1F64F).list().ofMinSize(8).ofMaxSize(16))
                .as((prefix, emoji) -> {
                    StringBuilder s = new StringBuilder(prefix);
                    emoji.forEach(s::appendCodePoint);
                    return s.toString();
                });
        return Arbitraries.frequencyOf(Tuple.of(8, glued), Tuple.of(2, anyChars), Tuple.of(2, anyCodePoints),
                Tuple.of(2, emojiRun), Tuple.of(1, overlong));
    }

    /** Well-formed Unicode text (no lone surrogates) of up to maxCodePoints code points, often emoji. */
    public static Arbitrary<String> codePointText(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 0x10FFFF)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)),
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                Tuple.of(2, Arbitraries.integers().between(0x20, 0x7E)));
        return codePoint.list().ofMaxSize(maxCodePoints).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    /** An invisible-only string of 1 to 4 characters. */
    public static Arbitrary<String> invisibleOnly() {
        return Arbitraries.of(INVISIBLES).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    /** The code point of the digit zero in a script other than ASCII (possibly outside the BMP). */
    public static Arbitrary<Integer> nonAsciiZero() {
        return Arbitraries.of(NON_ASCII_ZEROS).map(zero -> zero.codePointAt(0));
    }

    /** One non-ASCII decimal digit, 0 to 9 in some script (possibly a surrogate pair). */
    public static Arbitrary<String> nonAsciiDigit() {
        return Combinators.combine(nonAsciiZero(), Arbitraries.integers().between(0, 9))
                .as((zero, n) -> Character.toString(zero + n));
    }

    /** Texts as people type numbers, ASCII only, valid or not, plus hostile ones. */
    public static Arbitrary<String> numberText() {
        Arbitrary<String> decimal = Arbitraries.doubles().between(-200, 200).ofScale(4).map(d -> {
            String s = Double.toString(d);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        });
        Arbitrary<String> whole = Arbitraries.integers().between(-20, 20).map(String::valueOf);
        Arbitrary<String> anyInt = Arbitraries.integers().map(String::valueOf);
        Arbitrary<String> anyDouble = Arbitraries.longs().map(b -> Double.toString(Double.longBitsToDouble(b)));
        Arbitrary<String> glued = Arbitraries.of(NUMBER_PIECES).list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("", l));
        return Arbitraries.frequencyOf(Tuple.of(3, decimal), Tuple.of(3, whole), Tuple.of(1, anyInt),
                Tuple.of(1, anyDouble), Tuple.of(2, glued), Tuple.of(1, text()));
    }

    public static Arbitrary<String> labelText() {
        return Arbitraries.frequencyOf(Tuple.of(4, ValidStates.label()), Tuple.of(2, piece()),
                Tuple.of(1, invisibleOnly()), Tuple.of(1, codePointText(30)),
                Tuple.of(1, Combinators.combine(ValidStates.label(), Arbitraries.of(INVISIBLES))
                        .as((l, i) -> l.strip() + i)));
    }

    /** A value in the text form of one setting of the given type, often well-formed, often not. */
    public static Arbitrary<String> valueFor(Class<?> type) {
        Arbitrary<String> hostile = text();
        Arbitrary<String> typed;
        if (type == double.class || type == int.class) {
            typed = numberText();
        } else if (type == boolean.class) {
            typed = Arbitraries.of("true", "false", "TRUE", " false ", "yes", "1", "on", "", "tru", "true\u200B");
        } else if (type == double[].class) {
            typed = list(numberText(), 14, ",");
        } else if (type == String[].class) {
            typed = list(labelText(), 18, ",");
        } else if (type == double[][].class) {
            Arbitrary<String> item = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("0", "1", "-1", "0.5", "100")),
                    Tuple.of(1, numberText()));
            typed = list(list(item, 6, ","), 17, ";");
        } else {
            typed = hostile;
        }
        return Arbitraries.frequencyOf(Tuple.of(4, typed), Tuple.of(1, hostile));
    }

    private static Arbitrary<String> list(Arbitrary<String> items, int max, String separator) {
        Arbitrary<String> sep = Arbitraries.of(separator, separator, separator + " ", " " + separator);
        return Combinators.combine(items.list().ofMaxSize(max), sep).as((l, s) -> String.join(s, l));
    }

    /** Setting names: the record's own, unknown ones, and near misses. */
    public static Arbitrary<String> settingName(Class<? extends Record> type) {
        List<String> names = componentNames(type);
        List<String> nearMisses = new ArrayList<>();
        for (String name : names) {
            nearMisses.add(name.toUpperCase());
            nearMisses.add(name + "\u200B");
            nearMisses.add(" " + name);
            nearMisses.add(name + "s");
        }
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(names)), Tuple.of(1, Arbitraries.of(nearMisses)),
                Tuple.of(1, text()));
    }

    public static List<String> componentNames(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    static Class<?> componentType(Class<? extends Record> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getType();
            }
        }
        return String.class;
    }

    /**
     * Settings maps: entirely random ones (some of the record's names, unknown names, values of the right shape or
     * not), and the settings of a valid state with one value replaced, broken by an inserted piece or a non-ASCII
     * digit, or dropped (these get past the parsers and reach the record's own checks).
     *
     * <p>Built with {@code combine} only, never {@code flatMap}: jqwik shrinks nested flatMaps very slowly.
     */
    public static <S extends Record> Arbitrary<Map<String, String>> settings(Class<S> type, Arbitrary<S> valid) {
        StateCodec<S> codec = StateCodec.of(type);
        List<String> names = componentNames(type);
        Arbitrary<List<String>> candidates = Combinators.combine(
                names.stream().map(n -> valueFor(componentType(type, n))).toList()).as(l -> l);
        Arbitrary<List<Map.Entry<String, String>>> unknown = Combinators.combine(settingName(type), text())
                .as(Map::entry).list().ofMaxSize(2);
        Arbitrary<Map<String, String>> random = Combinators.combine(
                Arbitraries.integers().between(0, (1 << names.size()) - 1), candidates, unknown)
                .as((mask, values, extra) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            m.put(names.get(i), values.get(i));
                        }
                    }
                    extra.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        Arbitrary<Map<String, String>> mutated = Combinators.combine(valid.map(codec::toSettings),
                        Arbitraries.integers().between(0, names.size() - 1), Arbitraries.integers().between(0, 9),
                        candidates, Arbitraries.integers().between(0, 10_000), piece(), nonAsciiZero())
                .as((settings, which, kind, values, at, piece, zero) -> {
                    Map<String, String> m = new LinkedHashMap<>(settings);
                    String name = names.get(which);
                    String old = m.get(name);
                    if (kind <= 2) {
                        return m; // unchanged: the valid state itself
                    } else if (kind <= 5) {
                        m.put(name, values.get(which));
                    } else if (kind == 6) {
                        int i = at % (old.length() + 1);
                        m.put(name, old.substring(0, i) + piece + old.substring(i));
                    } else if (kind == 7) {
                        // an invisible character at the start or end of an item: "\u200bcat,dog"
                        List<Integer> edges = boundaries(old);
                        int i = edges.get(at % edges.size());
                        m.put(name, old.substring(0, i) + INVISIBLES.get(at % INVISIBLES.size()) + old.substring(i));
                    } else if (kind == 8) {
                        m.put(name, replaceOneDigit(old, zero));
                    } else {
                        m.remove(name);
                    }
                    return m;
                });
        return Arbitraries.frequencyOf(Tuple.of(2, random), Tuple.of(3, mutated));
    }

    /** Where an item of a list or matrix text starts or ends: 0, the end, and both sides of each ',' and ';'. */
    static List<Integer> boundaries(String text) {
        List<Integer> at = new ArrayList<>(List.of(0, text.length()));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == ';') {
                at.add(i);
                at.add(i + 1);
            }
        }
        return at;
    }

    /**
     * The text with its first ASCII digit replaced by the digit of the same value in the script whose zero is
     * {@code zero} ("10" with Arabic-Indic digits: "١0"); unchanged when it has no ASCII digit.
     */
    public static String replaceOneDigit(String text, int zero) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return text.substring(0, i) + Character.toString(zero + (c - '0')) + text.substring(i + 1);
            }
        }
        return text;
    }

    /** Everything a settings map says, for {@link Messages}' "did the person type this" checks. */
    public static String typed(Map<String, String> settings) {
        StringBuilder s = new StringBuilder();
        settings.forEach((k, v) -> s.append(k).append('\n').append(v).append('\n'));
        return s.toString();
    }
}
