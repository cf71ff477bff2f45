package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link StateCodec#fromJson} on any JSON text: a valid state or an {@link InvalidStateException} with a clean
 * message; exact round trips for valid states; numbers given as strings with non-ASCII digits are refused.
 */
class StateCodecJsonPropertyTest {

    private static final StateCodec<SoftmaxState> SOFTMAX = StateCodec.of(SoftmaxState.class);
    private static final StateCodec<AttentionState> ATTENTION = StateCodec.of(AttentionState.class);

    @Provide
    Arbitrary<String> softmaxJson() {
        return JsonInputs.json(SoftmaxState.class, ValidStates.softmax());
    }

    @Provide
    Arbitrary<String> attentionJson() {
        return JsonInputs.json(AttentionState.class, ValidStates.attention());
    }

    @Provide
    Arbitrary<SoftmaxState> softmax() {
        return ValidStates.softmax();
    }

    @Provide
    Arbitrary<AttentionState> attention() {
        return ValidStates.attention();
    }

    @Provide
    Arbitrary<Integer> nonAsciiZero() {
        return Inputs.nonAsciiZero();
    }

    @Provide
    Arbitrary<String> hugeNumber() {
        return Arbitraries.of("1e400", "-1e400", "1e309", "1.8e308", "-2e308", "1E999", "123456789e300");
    }

    static Outcome<SoftmaxState> softmaxFrom(String json) {
        return Outcome.of(InvalidStateException.class, () -> SOFTMAX.fromJson(json));
    }

    static Outcome<AttentionState> attentionFrom(String json) {
        return Outcome.of(InvalidStateException.class, () -> ATTENTION.fromJson(json));
    }

    // ---- softmax ----

    @Property(tries = 1000)
    void softmaxJsonGivesAStateOrAMessage(@ForAll("softmaxJson") String json) {
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        Statistics.label("outcome").collect(outcome.accepted() ? "accepted" : "refused");
        if (!outcome.accepted()) {
            Messages.assertPresent(outcome.message());
        }
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 5));
    }

    @Property(tries = 1000)
    void softmaxJsonGivesOnlyValidStates(@ForAll("softmaxJson") String json) {
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 1000)
    void softmaxJsonMessagesNameNoJavaClasses(@ForAll("softmaxJson") String json) {
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoClassNames(outcome.message(), json);
        }
    }

    @Property(tries = 1000)
    void softmaxJsonMessagesShowNoUntypedNullNaNOrInfinity(@ForAll("softmaxJson") String json) {
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoUntypedSpecialValues(outcome.message(), json);
        }
    }

    @Property(tries = 1000)
    void softmaxJsonMessagesNeverSplitASurrogatePair(@ForAll("softmaxJson") String json) {
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoSplitSurrogates(outcome.message(), json);
        }
    }

    // ---- attention ----

    @Property(tries = 500)
    void attentionJsonGivesAStateOrAMessage(@ForAll("attentionJson") String json) {
        Outcome<AttentionState> outcome = attentionFrom(json);
        Statistics.label("outcome").collect(outcome.accepted() ? "accepted" : "refused");
        if (!outcome.accepted()) {
            Messages.assertPresent(outcome.message());
        }
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 5));
    }

    @Property(tries = 500)
    void attentionJsonGivesOnlyValidStates(@ForAll("attentionJson") String json) {
        Outcome<AttentionState> outcome = attentionFrom(json);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 500)
    void attentionJsonMessagesNameNoJavaClasses(@ForAll("attentionJson") String json) {
        Outcome<AttentionState> outcome = attentionFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoClassNames(outcome.message(), json);
        }
    }

    @Property(tries = 500)
    void attentionJsonMessagesShowNoUntypedNullNaNOrInfinity(@ForAll("attentionJson") String json) {
        Outcome<AttentionState> outcome = attentionFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoUntypedSpecialValues(outcome.message(), json);
        }
    }

    @Property(tries = 500)
    void attentionJsonMessagesNeverSplitASurrogatePair(@ForAll("attentionJson") String json) {
        Outcome<AttentionState> outcome = attentionFrom(json);
        if (!outcome.accepted()) {
            Messages.assertNoSplitSurrogates(outcome.message(), json);
        }
    }

    // ---- round trips ----

    @Property(tries = 500)
    void softmaxJsonRoundTripsExactly(@ForAll("softmax") SoftmaxState state) throws InvalidStateException {
        assertThat(SOFTMAX.fromJson(SOFTMAX.toJson(state))).isEqualTo(state);
    }

    @Property(tries = 300)
    void attentionJsonRoundTripsExactly(@ForAll("attention") AttentionState state) throws InvalidStateException {
        assertThat(ATTENTION.fromJson(ATTENTION.toJson(state))).isEqualTo(state);
    }

    // ---- specific number forms ----

    /**
     * A number too large for a double is refused with a message that shows what was typed, not "Infinity" (Jackson
     * reads 1e400 as Infinity before the record sees it).
     */
    @Property(tries = 100)
    void softmaxJsonHugeNumbersAreRefusedWithoutShowingInfinity(@ForAll("softmax") SoftmaxState state,
                                                               @ForAll("hugeNumber") String huge,
                                                               @ForAll boolean inLogits) {
        Map<String, String> fields = JsonInputs.fields(SOFTMAX.toJson(state));
        if (inLogits) {
            fields.put("logits", fields.get("logits").replaceFirst("^\\[[^,\\]]*", "[" + huge));
        } else {
            fields.put("temperature", huge);
        }
        String json = JsonInputs.object(fields);
        Outcome<SoftmaxState> outcome = softmaxFrom(json);
        assertThat(outcome.accepted()).as("%s accepted", json).isFalse();
        Messages.assertNoUntypedSpecialValues(outcome.message(), json);
    }

    /** Numbers written as JSON strings must not be read from non-ASCII digits either ("target": "١"). */
    @Property(tries = 300)
    void softmaxJsonNumbersInStringsRefuseNonAsciiDigits(@ForAll("softmax") SoftmaxState state,
                                                        @ForAll @IntRange(min = 0, max = 2) int which,
                                                        @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"logits", "temperature", "target"}[which];
        assertRefusesNonAsciiDigitString(SOFTMAX.toJson(state), name, zero, StateCodecJsonPropertyTest::softmaxFrom);
    }

    @Property(tries = 300)
    void attentionJsonNumbersInStringsRefuseNonAsciiDigits(@ForAll("attention") AttentionState state,
                                                          @ForAll @IntRange(min = 0, max = 3) int which,
                                                          @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"q", "k", "v", "heads"}[which];
        assertRefusesNonAsciiDigitString(ATTENTION.toJson(state), name, zero,
                StateCodecJsonPropertyTest::attentionFrom);
    }

    /**
     * Puts the field's first number in quotes with its first digit non-ASCII ("target": "١", "logits": ["٢.5", ...]);
     * Jackson coerces numeric strings, so this must still be refused.
     */
    private static void assertRefusesNonAsciiDigitString(String validJson, String name, int zero,
                                                         java.util.function.Function<String, Outcome<?>> read) {
        Map<String, String> fields = new LinkedHashMap<>(JsonInputs.fields(validJson));
        String value = fields.get(name);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(value);
        Assume.that(number.find());
        String changed = value.substring(0, number.start())
                + JsonInputs.quote(Inputs.replaceOneDigit(number.group(), zero), false)
                + value.substring(number.end());
        fields.put(name, changed);
        String json = JsonInputs.object(fields);
        Outcome<?> outcome = read.apply(json);
        if (outcome.accepted()) {
            fail("\"%s\": %s (non-ASCII digit) was accepted: %s", name, Messages.escaped(changed),
                    Messages.escaped(String.valueOf(outcome.value())));
        }
    }
}
