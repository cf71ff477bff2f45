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
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link StateCodec#fromSettings} for every registered widget state, on any settings map: a valid state or an
 * {@link InvalidStateException} with a clean message; exact round trips for valid states; ASCII-only numbers; and
 * labels that are invisible, or differ only by invisible characters, are not accepted as distinct names.
 */
class StateCodecSettingsPropertyTest {

    private static final StateCodec<SoftmaxState> SOFTMAX = StateCodec.of(SoftmaxState.class);
    private static final StateCodec<AttentionState> ATTENTION = StateCodec.of(AttentionState.class);

    @Provide
    Arbitrary<Map<String, String>> softmaxSettings() {
        return Inputs.settings(SoftmaxState.class, ValidStates.softmax());
    }

    @Provide
    Arbitrary<Map<String, String>> attentionSettings() {
        return Inputs.settings(AttentionState.class, ValidStates.attention());
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
    Arbitrary<String> invisibleOnly() {
        return Inputs.invisibleOnly();
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(Inputs.INVISIBLES);
    }

    static Outcome<SoftmaxState> softmaxFrom(Map<String, String> settings) {
        return Outcome.of(InvalidStateException.class, () -> SOFTMAX.fromSettings(settings, SoftmaxState.defaults()));
    }

    static Outcome<AttentionState> attentionFrom(Map<String, String> settings) {
        return Outcome.of(InvalidStateException.class,
                () -> ATTENTION.fromSettings(settings, AttentionState.defaults()));
    }

    private static void assertRefusalNamesAGivenSetting(Outcome<?> outcome, Map<String, String> settings) {
        Statistics.label("outcome").collect(outcome.accepted() ? "accepted" : "refused");
        if (!outcome.accepted()) {
            Messages.assertPresent(outcome.message());
            ((InvalidStateException) outcome.refusal()).setting()
                    .ifPresent(name -> assertThat(settings).as("the setting the refusal names").containsKey(name));
        }
    }

    // ---- softmax: any settings map ----

    @Property(tries = 1000)
    void softmaxSettingsGiveAStateOrAMessage(@ForAll("softmaxSettings") Map<String, String> settings) {
        assertRefusalNamesAGivenSetting(softmaxFrom(settings), settings);
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 5));
    }

    @Property(tries = 1000)
    void softmaxSettingsGiveOnlyValidStates(@ForAll("softmaxSettings") Map<String, String> settings) {
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 1000)
    void softmaxSettingsMessagesNameNoJavaClasses(@ForAll("softmaxSettings") Map<String, String> settings) {
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoClassNames(outcome.message(), Inputs.typed(settings));
        }
    }

    @Property(tries = 1000)
    void softmaxSettingsMessagesShowNoUntypedNullNaNOrInfinity(
            @ForAll("softmaxSettings") Map<String, String> settings) {
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoUntypedSpecialValues(outcome.message(), Inputs.typed(settings));
        }
    }

    @Property(tries = 1000)
    void softmaxSettingsMessagesNeverSplitASurrogatePair(@ForAll("softmaxSettings") Map<String, String> settings) {
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoSplitSurrogates(outcome.message(), Inputs.typed(settings));
        }
    }

    /** A message about one setting stays readable even when the setting's name or value is thousands long. */
    @Property(tries = 1000)
    void softmaxSettingsMessagesStayShort(@ForAll("softmaxSettings") Map<String, String> settings) {
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (!outcome.accepted()) {
            assertThat(outcome.message().length()).as("length of the message '%s'",
                    Messages.escaped(outcome.message().substring(0, Math.min(120, outcome.message().length()))))
                    .isLessThanOrEqualTo(WidgetBlockReaderPropertyTest.MAX_MESSAGE_LENGTH);
        }
    }

    // ---- attention: any settings map ----

    @Property(tries = 1000)
    void attentionSettingsGiveAStateOrAMessage(@ForAll("attentionSettings") Map<String, String> settings) {
        assertRefusalNamesAGivenSetting(attentionFrom(settings), settings);
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 5));
    }

    @Property(tries = 1000)
    void attentionSettingsGiveOnlyValidStates(@ForAll("attentionSettings") Map<String, String> settings) {
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 1000)
    void attentionSettingsMessagesNameNoJavaClasses(@ForAll("attentionSettings") Map<String, String> settings) {
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoClassNames(outcome.message(), Inputs.typed(settings));
        }
    }

    @Property(tries = 1000)
    void attentionSettingsMessagesShowNoUntypedNullNaNOrInfinity(
            @ForAll("attentionSettings") Map<String, String> settings) {
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoUntypedSpecialValues(outcome.message(), Inputs.typed(settings));
        }
    }

    @Property(tries = 1000)
    void attentionSettingsMessagesNeverSplitASurrogatePair(
            @ForAll("attentionSettings") Map<String, String> settings) {
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (!outcome.accepted()) {
            Messages.assertNoSplitSurrogates(outcome.message(), Inputs.typed(settings));
        }
    }

    // ---- round trips ----

    @Property(tries = 500)
    void softmaxSettingsRoundTripExactly(@ForAll("softmax") SoftmaxState state, @ForAll("softmax") SoftmaxState base)
            throws InvalidStateException {
        assertThat(SOFTMAX.fromSettings(SOFTMAX.toSettings(state), base)).isEqualTo(state);
    }

    @Property(tries = 300)
    void attentionSettingsRoundTripExactly(@ForAll("attention") AttentionState state,
                                           @ForAll("attention") AttentionState base) throws InvalidStateException {
        assertThat(ATTENTION.fromSettings(ATTENTION.toSettings(state), base)).isEqualTo(state);
    }

    // ---- numbers are ASCII only ----

    @Property(tries = 300)
    void softmaxNumericSettingsRefuseNonAsciiDigits(@ForAll("softmax") SoftmaxState state,
                                                   @ForAll @IntRange(min = 0, max = 2) int which,
                                                   @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"logits", "temperature", "target"}[which];
        assertRefusesNonAsciiDigit(SOFTMAX.toSettings(state), name, zero, StateCodecSettingsPropertyTest::softmaxFrom);
    }

    @Property(tries = 300)
    void attentionNumericSettingsRefuseNonAsciiDigits(@ForAll("attention") AttentionState state,
                                                     @ForAll @IntRange(min = 0, max = 3) int which,
                                                     @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"q", "k", "v", "heads"}[which];
        assertRefusesNonAsciiDigit(ATTENTION.toSettings(state), name, zero,
                StateCodecSettingsPropertyTest::attentionFrom);
    }

    /** The known case, spelled out: Integer.parseInt reads '١' as 1. */
    @Example
    void anArabicIndicTargetIsRefused() {
        Map<String, String> settings = Map.of("target", "١");
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        assertThat(outcome.accepted()).as("target=١ accepted as %s", outcome).isFalse();
    }

    private static void assertRefusesNonAsciiDigit(Map<String, String> valid, String name, int zero,
                                                   java.util.function.Function<Map<String, String>, Outcome<?>> read) {
        String changed = Inputs.replaceOneDigit(valid.get(name), zero);
        Assume.that(!changed.equals(valid.get(name)));
        Map<String, String> settings = new LinkedHashMap<>(valid);
        settings.put(name, changed);
        Outcome<?> outcome = read.apply(settings);
        if (outcome.accepted()) {
            fail("%s=%s (non-ASCII digit) was accepted: %s", name, Messages.escaped(changed), outcome.value());
        }
        Messages.assertClean(outcome.message(), Inputs.typed(settings));
    }

    /** A refused value is quoted without splitting an emoji in two, in every numeric setting of both widgets. */
    @Property(tries = 300)
    void aLongRunOfEmojiInANumericSettingIsQuotedWithoutSplittingAPair(
            @ForAll @IntRange(min = 0, max = 7) int which, @ForAll @IntRange(min = 0, max = 3) int asciiBefore,
            @ForAll @IntRange(min = 1, max = 20) int emoji) {
        String name = new String[] {"logits", "temperature", "target", "q", "k", "v", "heads", "scaled"}[which];
        Map<String, String> settings = Map.of(name, "x".repeat(asciiBefore) + "\uD83D\uDE00".repeat(emoji));
        Outcome<?> outcome = which < 3 ? softmaxFrom(settings) : attentionFrom(settings);
        assertThat(outcome.accepted()).isFalse();
        Messages.assertNoSplitSurrogates(outcome.message(), Inputs.typed(settings));
    }

    // ---- invisible labels ----

    @Property(tries = 300)
    void softmaxRefusesALabelThatIsOnlyInvisibleCharacters(@ForAll("softmax") SoftmaxState state,
                                                          @ForAll("invisibleOnly") String label,
                                                          @ForAll @IntRange(min = 0, max = 11) int index) {
        Assume.that(index < state.size());
        Map<String, String> settings = SOFTMAX.toSettings(state);
        String[] labels = state.labels();
        labels[index] = label;
        settings.put("labels", formatLabels(labels));
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (outcome.accepted()) {
            fail("label %d '%s' accepted: %s", index + 1, Messages.escaped(label),
                    Messages.escaped(outcome.value().toString()));
        }
    }

    @Property(tries = 300)
    void softmaxLabelsDifferingOnlyByAnInvisibleCharacterAreNotTwoNames(@ForAll("softmax") SoftmaxState state,
                                                                       @ForAll("invisible") String invisible,
                                                                       @ForAll boolean before) {
        Map<String, String> settings = SOFTMAX.toSettings(state);
        String[] labels = state.labels();
        labels[1] = before ? invisible + labels[0] : labels[0] + invisible;
        settings.put("labels", formatLabels(labels));
        Outcome<SoftmaxState> outcome = softmaxFrom(settings);
        if (outcome.accepted()) {
            fail("'%s' and '%s' accepted as two different labels: %s", Messages.escaped(labels[0]),
                    Messages.escaped(labels[1]), Messages.escaped(outcome.value().toString()));
        }
    }

    @Property(tries = 300)
    void attentionRefusesATokenThatIsOnlyInvisibleCharacters(@ForAll("attention") AttentionState state,
                                                            @ForAll("invisibleOnly") String token,
                                                            @ForAll @IntRange(min = 0, max = 15) int index) {
        Assume.that(index < state.tokenCount());
        Map<String, String> settings = ATTENTION.toSettings(state);
        String[] tokens = state.tokens();
        tokens[index] = token;
        settings.put("tokens", formatLabels(tokens));
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (outcome.accepted()) {
            fail("token %d '%s' accepted: %s", index + 1, Messages.escaped(token),
                    Messages.escaped(outcome.value().toString()));
        }
    }

    @Property(tries = 300)
    void attentionTokensDifferingOnlyByAnInvisibleCharacterAreEqual(@ForAll("attention") AttentionState state,
                                                                   @ForAll("invisible") String invisible,
                                                                   @ForAll boolean before) {
        Map<String, String> settings = ATTENTION.toSettings(state);
        String[] tokens = state.tokens();
        tokens[1] = before ? invisible + tokens[0] : tokens[0] + invisible;
        settings.put("tokens", formatLabels(tokens));
        Outcome<AttentionState> outcome = attentionFrom(settings);
        if (outcome.accepted()) {
            String[] read = outcome.value().tokens();
            if (!read[0].equals(read[1])) {
                fail("'%s' and '%s' read as two different tokens '%s' and '%s'", Messages.escaped(tokens[0]),
                        Messages.escaped(tokens[1]), Messages.escaped(read[0]), Messages.escaped(read[1]));
            }
        }
    }

    /** Labels in their settings form, escaped as toSettings writes them. */
    static String formatLabels(String[] labels) {
        return escapeLabels(labels);
    }

    private static String escapeLabels(String[] labels) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(labels[i].replace("%", "%25").replace(",", "%2C").replace(";", "%3B"));
        }
        return out.toString();
    }
}
