package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.StateRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link StateRules}: each check passes exactly for the values it describes and otherwise refuses with an
 * IllegalArgumentException whose message is clean and, for positions, names the range that exists.
 */
class StateRulesPropertyTest {

    /** Any int, often near the interesting places: small, the ends of the range, and Integer.MIN/MAX_VALUE. */
    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(-3, 20)),
                Tuple.of(2, Arbitraries.integers()),
                Tuple.of(2, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1,
                        Integer.MAX_VALUE - 1, -1)));
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(2, Arbitraries.doubles().between(-200, 200)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 100.0, -100.0, Math.nextUp(100.0))));
    }

    @Provide
    Arbitrary<double[][]> rows() {
        Arbitrary<double[]> row = anyDouble().list().ofMaxSize(5)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).injectNull(0.05);
        Arbitrary<double[]> small = Arbitraries.doubles().between(-100, 100).list().ofMaxSize(5)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        return Arbitraries.frequencyOf(Tuple.of(1, row), Tuple.of(3, small)).list().ofMaxSize(5)
                .map(l -> l.toArray(double[][]::new)).injectNull(0.05);
    }

    @Provide
    Arbitrary<String[]> labels() {
        return Inputs.labelText().injectNull(0.03).list().ofMaxSize(6).map(l -> l.toArray(String[]::new))
                .injectNull(0.02);
    }

    @Provide
    Arbitrary<String> label() {
        return ValidStates.label();
    }

    @Provide
    Arbitrary<String> invisibleOnly() {
        return Inputs.invisibleOnly();
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(Inputs.INVISIBLES);
    }

    @Property(tries = 1000)
    void requireIndexPassesExactlyForExistingPositions(@ForAll("index") int index,
                                                       @ForAll @IntRange(min = 0, max = 16) int size) {
        Outcome<Boolean> outcome = Outcome.of(IllegalArgumentException.class, () -> {
            StateRules.requireIndex("class", index, size);
            return true;
        });
        assertThat(outcome.accepted()).as("accepted %d of %d", index, size).isEqualTo(index >= 0 && index < size);
    }

    @Property(tries = 1000)
    void requireIndexMessagesNameTheRangeAndNoNegativeOrOverflowedNumber(@ForAll("index") int index,
                                                                         @ForAll @IntRange(min = 0, max = 16) int size) {
        Assume.that(index < 0 || index >= size);
        Outcome<Boolean> outcome = Outcome.of(IllegalArgumentException.class, () -> {
            StateRules.requireIndex("class", index, size);
            return true;
        });
        Messages.assertClean(outcome.message(), "class");
        Messages.assertNamesRange(outcome.message(), size, size - 1);
    }

    @Property(tries = 500)
    void requireCountPassesExactlyWithinTheLimits(@ForAll @IntRange(min = 0, max = 40) int count,
                                                  @ForAll @IntRange(min = 0, max = 20) int min,
                                                  @ForAll @IntRange(min = 0, max = 20) int extra) {
        int max = min + extra;
        Outcome<Boolean> outcome = Outcome.of(IllegalArgumentException.class, () -> {
            StateRules.requireCount("logits", count, min, max);
            return true;
        });
        assertThat(outcome.accepted()).isEqualTo(count >= min && count <= max);
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), "logits");
            Messages.assertNamesRange(outcome.message(), min, max);
        }
    }

    @Property(tries = 1000)
    void requireWithinPassesExactlyForFiniteNumbersInRange(@ForAll("anyDouble") double value) {
        Outcome<Boolean> outcome = Outcome.of(IllegalArgumentException.class, () -> {
            StateRules.requireWithin("temperature", value, 0.05, 10);
            return true;
        });
        assertThat(outcome.accepted()).as("accepted %s", value)
                .isEqualTo(Double.isFinite(value) && value >= 0.05 && value <= 10);
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), "temperature " + value);
        }
    }

    @Property(tries = 1000)
    void matrixGivesAnEqualIndependentCopyOrAMessage(@ForAll("rows") double[][] rows,
                                                     @ForAll @IntRange(min = 0, max = 4) int expectedRows,
                                                     @ForAll @IntRange(min = 0, max = 4) int columns) {
        double[][] before = rows == null ? null : Arrays.stream(rows).map(r -> r == null ? null : r.clone())
                .toArray(double[][]::new);
        Outcome<double[][]> outcome = Outcome.of(IllegalArgumentException.class,
                () -> StateRules.matrix("q", rows, expectedRows, columns, 100));
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), "q " + Arrays.deepToString(rows));
            return;
        }
        double[][] copy = outcome.value();
        assertThat(Arrays.deepEquals(copy, before)).as("copy equals the input").isTrue();
        assertThat(copy.length).isEqualTo(expectedRows);
        for (int r = 0; r < copy.length; r++) {
            assertThat(copy[r]).as("row %d is a copy", r).isNotSameAs(rows[r]).hasSize(columns);
            for (double x : copy[r]) {
                assertThat(Double.isFinite(x) && Math.abs(x) <= 100).as("%s within ±100", x).isTrue();
            }
        }
    }

    @Property(tries = 1000)
    void labelsGivesVisibleLabelsWithinTheLimitsOrAMessage(@ForAll("labels") String[] labels,
                                                           @ForAll boolean distinct) {
        int expected = labels == null ? 2 : labels.length;
        Outcome<String[]> outcome = Outcome.of(IllegalArgumentException.class,
                () -> StateRules.labels("labels", labels, expected, distinct));
        String typed = "labels " + (labels == null ? "null" : String.join("\n", Arrays.asList(labels)));
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), typed);
            return;
        }
        String[] result = outcome.value();
        assertThat(result).hasSize(expected);
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String label : result) {
            if (label == null || Validity.withoutInvisible(label).isEmpty()) {
                problems.add("invisible label '" + (label == null ? null : Messages.escaped(label)) + "'");
            } else if (!Validity.stripInvisible(label).equals(label)) {
                problems.add("label '" + Messages.escaped(label) + "' has invisible characters at an end");
            } else if (label.codePointCount(0, label.length()) > StateRules.MAX_LABEL_LENGTH) {
                problems.add("label '" + label + "' too long");
            } else if (distinct && !seen.add(label)) {
                problems.add("label '" + label + "' twice");
            }
        }
        if (!problems.isEmpty()) {
            fail("labels %s accepted as %s: %s", Messages.escaped(Arrays.toString(labels)),
                    Messages.escaped(Arrays.toString(result)), problems);
        }
    }

    @Property(tries = 500)
    void aLabelOfOnlyInvisibleCharactersIsRefused(@ForAll("invisibleOnly") String invisible,
                                                  @ForAll("label") String other, @ForAll boolean distinct) {
        Outcome<String[]> outcome = Outcome.of(IllegalArgumentException.class,
                () -> StateRules.labels("labels", new String[] {other, invisible}, 2, distinct));
        if (outcome.accepted()) {
            fail("'%s' accepted as a label: %s", Messages.escaped(invisible),
                    Messages.escaped(Arrays.toString(outcome.value())));
        }
        Messages.assertClean(outcome.message(), other + invisible);
    }

    /** "cat" and "cat\u200B" are not two names: refused as the same name when names must differ... */
    @Property(tries = 500)
    void labelsDifferingOnlyByInvisibleCharactersAtAnEndAreNotDistinct(@ForAll("label") String label,
                                                                      @ForAll("invisible") String invisible,
                                                                      @ForAll boolean before) {
        String variant = before ? invisible + label : label + invisible;
        Outcome<String[]> outcome = Outcome.of(IllegalArgumentException.class,
                () -> StateRules.labels("labels", new String[] {label, variant}, 2, true));
        if (outcome.accepted()) {
            fail("'%s' and '%s' accepted as two different names: %s", Messages.escaped(label),
                    Messages.escaped(variant), Messages.escaped(Arrays.toString(outcome.value())));
        }
    }

    /** ... and read as the same label when names may repeat. */
    @Property(tries = 500)
    void labelsDifferingOnlyByInvisibleCharactersAtAnEndReadTheSame(@ForAll("label") String label,
                                                                   @ForAll("invisible") String invisible,
                                                                   @ForAll boolean before) {
        String variant = before ? invisible + label : label + invisible;
        Outcome<String[]> outcome = Outcome.of(IllegalArgumentException.class,
                () -> StateRules.labels("tokens", new String[] {label, variant}, 2, false));
        if (outcome.accepted() && !outcome.value()[0].equals(outcome.value()[1])) {
            fail("'%s' and '%s' read as two different labels %s", Messages.escaped(label),
                    Messages.escaped(variant), Messages.escaped(Arrays.toString(outcome.value())));
        }
    }
}
