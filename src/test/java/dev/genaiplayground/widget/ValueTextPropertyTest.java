package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.property.Inputs;
import dev.genaiplayground.widget.property.Messages;
import dev.genaiplayground.widget.property.Outcome;
import dev.genaiplayground.widget.property.ValidStates;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ValueText#parse} for every supported type on any text: a value of that type (numbers finite) or an
 * IllegalArgumentException with a clean message; numbers are ASCII only; format then parse gives back the value.
 */
class ValueTextPropertyTest {

    private static final List<Class<?>> TYPES = List.of(
            double.class, int.class, boolean.class, String.class, double[].class, String[].class, double[][].class);

    private static final List<Class<?>> NUMERIC = List.of(double.class, int.class, double[].class, double[][].class);

    /**
     * A supported type and a text for it: shaped like that type's values (three times in four), or anything at all.
     * Built with combine, not flatMap, so that counterexamples shrink quickly.
     */
    @Provide
    Arbitrary<Tuple2<Class<?>, String>> typedText() {
        Arbitrary<List<String>> shaped = Combinators.combine(TYPES.stream().map(Inputs::valueFor).toList())
                .as(l -> l);
        return Combinators.combine(Arbitraries.integers().between(0, TYPES.size() - 1), shaped, Inputs.text(),
                        Arbitraries.integers().between(0, 3))
                .as((i, texts, anyText, mode) -> Tuple.of(TYPES.get(i), mode == 0 ? anyText : texts.get(i)));
    }

    @Provide
    Arbitrary<Integer> nonAsciiZero() {
        return Inputs.nonAsciiZero();
    }

    /** A value of a numeric type, formatted as toSettings formats it. */
    @Provide
    Arbitrary<Tuple2<Class<?>, String>> numericValueText() {
        Arbitrary<Double> number = Arbitraries.frequencyOf(Tuple.of(1, anyFiniteDouble()),
                Tuple.of(2, ValidStates.within(100)));
        Arbitrary<double[]> list = number.list().ofMinSize(1).ofMaxSize(6)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        return Arbitraries.oneOf(
                number.map(d -> Tuple.of(double.class, ValueText.format(d))),
                Arbitraries.integers().map(i -> Tuple.of(int.class, ValueText.format(i))),
                list.map(l -> Tuple.of(double[].class, ValueText.format(l))),
                list.list().ofMinSize(1).ofMaxSize(4).map(rows -> Tuple.of(double[][].class,
                        ValueText.format(rows.toArray(double[][]::new)))));
    }

    @Provide
    Arbitrary<Double> anyFiniteDouble() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Provide
    Arbitrary<double[]> finiteList() {
        return anyFiniteDouble().list().ofMaxSize(8).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Provide
    Arbitrary<double[][]> finiteMatrix() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 5),
                anyFiniteDouble().list().ofSize(25)).as((rows, columns, values) -> {
                    double[][] m = new double[rows][columns];
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < columns; c++) {
                            m[r][c] = values.get(r * 5 + c);
                        }
                    }
                    return m;
                });
    }

    /** Labels as the records keep them: stripped and not blank. */
    @Provide
    Arbitrary<String[]> labels() {
        Arbitrary<String> item = Arbitraries.oneOf(ValidStates.label(), Inputs.text(), Inputs.codePointText(10))
                .map(String::strip).filter(s -> !s.isEmpty());
        return item.list().ofMaxSize(8).map(l -> l.toArray(String[]::new));
    }

    static Outcome<Object> parse(String text, Class<?> type) {
        return Outcome.of(IllegalArgumentException.class, () -> ValueText.parse(text, type));
    }

    @Property(tries = 1000)
    void parseGivesAValueOfTheTypeOrAMessage(@ForAll("typedText") Tuple2<Class<?>, String> input) {
        Class<?> type = input.get1();
        Outcome<Object> outcome = parse(input.get2(), type);
        if (!outcome.accepted()) {
            Messages.assertPresent(outcome.message());
            return;
        }
        Object value = outcome.value();
        assertThat(value).isNotNull();
        if (type == double.class) {
            assertThat((Double) value).isFinite();
        } else if (type == int.class) {
            assertThat(value).isInstanceOf(Integer.class);
        } else if (type == boolean.class) {
            assertThat(value).isInstanceOf(Boolean.class);
        } else if (type == double[].class) {
            assertThat(Arrays.stream((double[]) value).allMatch(Double::isFinite)).as("all finite").isTrue();
        } else if (type == double[][].class) {
            assertThat(Arrays.stream((double[][]) value).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite))
                    .as("all finite").isTrue();
        } else {
            assertThat(value).isInstanceOf(type);
        }
    }

    @Property(tries = 1000)
    void parseMessagesNameNoJavaClassesAndShowNoUntypedNullNaNOrInfinity(
            @ForAll("typedText") Tuple2<Class<?>, String> input) {
        Outcome<Object> outcome = parse(input.get2(), input.get1());
        if (!outcome.accepted()) {
            Messages.assertNoClassNames(outcome.message(), input.get2());
            Messages.assertNoUntypedSpecialValues(outcome.message(), input.get2());
        }
    }

    @Property(tries = 1000)
    void parseMessagesNeverSplitASurrogatePair(@ForAll("typedText") Tuple2<Class<?>, String> input) {
        Outcome<Object> outcome = parse(input.get2(), input.get1());
        if (!outcome.accepted()) {
            Messages.assertNoSplitSurrogates(outcome.message(), input.get2());
        }
    }

    /**
     * The focused case: a run of emoji after a few ASCII characters, long enough to be shortened when quoted, for
     * every type whose parser quotes what it refuses.
     */
    @Property(tries = 200)
    void aLongRunOfEmojiIsQuotedWithoutSplittingAPair(@ForAll @IntRange(min = 0, max = 3) int asciiBefore,
                                                       @ForAll @IntRange(min = 1, max = 20) int emoji,
                                                       @ForAll("quotingType") Class<?> type) {
        String text = "x".repeat(asciiBefore) + "\uD83D\uDE00".repeat(emoji);
        Outcome<Object> outcome = parse(text, type);
        assertThat(outcome.accepted()).isFalse();
        Messages.assertNoSplitSurrogates(outcome.message(), text);
    }

    @Provide
    Arbitrary<Class<?>> quotingType() {
        return Arbitraries.of(double.class, int.class, boolean.class, double[].class, double[][].class);
    }

    /** Any numeric value's text with one digit swapped for the same digit in another script is refused. */
    @Property(tries = 1000)
    void numbersAreAsciiOnly(@ForAll("numericValueText") Tuple2<Class<?>, String> input,
                             @ForAll("nonAsciiZero") int zero) {
        String changed = Inputs.replaceOneDigit(input.get2(), zero);
        Assume.that(!changed.equals(input.get2()));
        Outcome<Object> outcome = parse(changed, input.get1());
        if (outcome.accepted()) {
            fail("'%s' was accepted as a %s: %s", Messages.escaped(changed), input.get1().getSimpleName(),
                    ValueText.format(outcome.value()));
        }
        Messages.assertPresent(outcome.message());
    }

    @Example
    void anArabicIndicWholeNumberIsRefused() {
        Outcome<Object> outcome = parse("١", int.class);
        assertThat(outcome.accepted()).as("'١' accepted as %s", outcome).isFalse();
    }

    @Property(tries = 1000)
    void anyFiniteDoubleRoundTripsExactly(@ForAll("anyFiniteDouble") double value) {
        Object back = ValueText.parse(ValueText.format(value), double.class);
        assertThat(Double.doubleToRawLongBits((Double) back)).as("bits of %s read back as %s", value, back)
                .isEqualTo(Double.doubleToRawLongBits(value));
    }

    @Property(tries = 1000)
    void anyIntRoundTripsExactly(@ForAll int value) {
        assertThat(ValueText.parse(ValueText.format(value), int.class)).isEqualTo(value);
    }

    @Property(tries = 500)
    void anyFiniteListRoundTripsExactly(@ForAll("finiteList") double[] values) {
        double[] back = (double[]) ValueText.parse(ValueText.format(values), double[].class);
        assertThat(Arrays.equals(back, values)).as("%s read back as %s", Arrays.toString(values),
                Arrays.toString(back)).isTrue();
    }

    @Property(tries = 500)
    void anyFiniteMatrixRoundTripsExactly(@ForAll("finiteMatrix") double[][] values) {
        double[][] back = (double[][]) ValueText.parse(ValueText.format(values), double[][].class);
        assertThat(Arrays.deepEquals(back, values)).as("%s read back as %s", Arrays.deepToString(values),
                Arrays.deepToString(back)).isTrue();
    }

    @Property(tries = 1000)
    void anyLabelsRoundTripExactly(@ForAll("labels") String[] labels) {
        assertThat((String[]) ValueText.parse(ValueText.format(labels), String[].class)).containsExactly(labels);
    }

    @Property(tries = 100)
    void booleansRoundTrip(@ForAll boolean value) {
        assertThat(ValueText.parse(ValueText.format(value), boolean.class)).isEqualTo(value);
    }
}
