package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.WidgetBlockReader;
import dev.genaiplayground.widget.WidgetBlockReader.BlockException;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.attention.AttentionWidget;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import dev.genaiplayground.widget.softmax.SoftmaxWidget;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link WidgetBlockReader#read} on any lesson widget block body: a valid state, or a {@link BlockException} at a
 * line the body has, with a clean message. Valid states written as blocks read back exactly.
 */
class WidgetBlockReaderPropertyTest {

    /** Longer than any message about one line needs; a message quoting a 9,000-character line is not clear. */
    static final int MAX_MESSAGE_LENGTH = 300;

    private static final SoftmaxWidget SOFTMAX = new SoftmaxWidget();
    private static final AttentionWidget ATTENTION = new AttentionWidget();

    @Provide
    Arbitrary<String> softmaxBody() {
        return body(SoftmaxState.class, ValidStates.softmax());
    }

    @Provide
    Arbitrary<String> attentionBody() {
        return body(AttentionState.class, ValidStates.attention());
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
    Arbitrary<String> lineBreak() {
        return Arbitraries.of("\n", "\r\n", "\r", "\u2028", "\u0085", "\u000B", "\f");
    }

    /** Invisible-only text without line breaks (those end the line instead). */
    @Provide
    Arbitrary<String> invisibleInALine() {
        return Inputs.invisibleOnly().filter(s -> s.split("\\R", -1).length == 1);
    }

    /** Bodies: settings maps (random or a valid state's, one value broken) as lines, mixed with other lines. */
    static <S extends Record> Arbitrary<String> body(Class<S> type, Arbitrary<S> valid) {
        Arbitrary<String> settingLines = Inputs.settings(type, valid).map(settings -> {
            StringBuilder s = new StringBuilder();
            settings.forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
            return s.toString();
        });
        Arbitrary<String> otherLine = Arbitraries.frequencyOf(
                Tuple.of(2, Inputs.text().map(t -> "# " + t)),
                Tuple.of(2, Arbitraries.of("", " ", "\t", "#", ":", " : 1", "target 1", "temperature:", "a:b:c",
                        "\u00A0: 1", "\u200Btemperature: 1", "temperature : 1", "TARGET: 1")),
                Tuple.of(1, Inputs.text()),
                Tuple.of(2, Combinators.combine(Inputs.settingName(type), Inputs.text())
                        .as((k, v) -> k + ":" + v)));
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\n", "\r\n", "\r", "\u2028", "\u0085");
        Arbitrary<String> mixed = Combinators.combine(otherLine, lineBreak).as(String::concat).list().ofMaxSize(6)
                .map(l -> String.join("", l));
        Arbitrary<String> harmless = Combinators.combine(Arbitraries.of("", "# a comment", "   ", "#", "\t"),
                lineBreak).as(String::concat).list().ofMaxSize(3).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(mixed, settingLines, mixed).as((a, b, c) -> a + b + c)),
                Tuple.of(3, Combinators.combine(harmless, settingLines, harmless).as((a, b, c) -> a + b + c)),
                Tuple.of(2, mixed), Tuple.of(1, Inputs.text()));
    }

    static <S extends Record> Outcome<S> read(WidgetDefinition<S, ?> widget, String body) {
        return Outcome.of(BlockException.class, () -> WidgetBlockReader.read(widget, body));
    }

    static void assertLineIsInTheBody(Outcome<?> outcome, String body) {
        Statistics.label("outcome").collect(outcome.accepted() ? "accepted" : "refused");
        if (!outcome.accepted()) {
            Messages.assertPresent(outcome.message());
            int lines = body.split("\\R", -1).length;
            assertThat(((BlockException) outcome.refusal()).line()).as("line of '%s' in a body of %d lines",
                    outcome.message(), lines).isBetween(1, lines);
        }
    }

    static String block(Map<String, String> settings, String lineBreak) {
        StringBuilder s = new StringBuilder("# written by the property test").append(lineBreak);
        settings.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append(lineBreak));
        return s.toString();
    }

    // ---- softmax ----

    @Property(tries = 1000)
    void softmaxBlocksGiveAStateOrAMessageAtALineOfTheBody(@ForAll("softmaxBody") String body) {
        assertLineIsInTheBody(read(SOFTMAX, body), body);
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 3));
    }

    @Property(tries = 1000)
    void softmaxBlocksGiveOnlyValidStates(@ForAll("softmaxBody") String body) {
        Outcome<SoftmaxState> outcome = read(SOFTMAX, body);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 1000)
    void softmaxBlockMessagesAreClean(@ForAll("softmaxBody") String body) {
        Outcome<SoftmaxState> outcome = read(SOFTMAX, body);
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), body);
        }
    }

    @Property(tries = 1000)
    void softmaxBlockMessagesStayShort(@ForAll("softmaxBody") String body) {
        Outcome<SoftmaxState> outcome = read(SOFTMAX, body);
        if (!outcome.accepted()) {
            assertThat(outcome.message().length()).as("length of the message '%s'",
                    Messages.escaped(outcome.message().substring(0, Math.min(120, outcome.message().length()))))
                    .isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
        }
    }

    // ---- attention ----

    @Property(tries = 500)
    void attentionBlocksGiveAStateOrAMessageAtALineOfTheBody(@ForAll("attentionBody") String body) {
        assertLineIsInTheBody(read(ATTENTION, body), body);
        Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 3));
    }

    @Property(tries = 500)
    void attentionBlocksGiveOnlyValidStates(@ForAll("attentionBody") String body) {
        Outcome<AttentionState> outcome = read(ATTENTION, body);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        }
    }

    @Property(tries = 500)
    void attentionBlockMessagesAreClean(@ForAll("attentionBody") String body) {
        Outcome<AttentionState> outcome = read(ATTENTION, body);
        if (!outcome.accepted()) {
            Messages.assertClean(outcome.message(), body);
        }
    }

    // ---- round trips and ASCII numbers ----

    @Property(tries = 300)
    void softmaxStatesWrittenAsBlocksReadBackExactly(@ForAll("softmax") SoftmaxState state,
                                                    @ForAll("lineBreak") String lineBreak) throws BlockException {
        String body = block(SOFTMAX.codec().toSettings(state), lineBreak);
        assertThat(WidgetBlockReader.read(SOFTMAX, body)).isEqualTo(state);
    }

    @Property(tries = 200)
    void attentionStatesWrittenAsBlocksReadBackExactly(@ForAll("attention") AttentionState state,
                                                      @ForAll("lineBreak") String lineBreak) throws BlockException {
        String body = block(ATTENTION.codec().toSettings(state), lineBreak);
        assertThat(WidgetBlockReader.read(ATTENTION, body)).isEqualTo(state);
    }

    @Property(tries = 300)
    void softmaxBlocksRefuseNonAsciiDigits(@ForAll("softmax") SoftmaxState state,
                                          @ForAll @IntRange(min = 0, max = 2) int which,
                                          @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"logits", "temperature", "target"}[which];
        Map<String, String> settings = SOFTMAX.codec().toSettings(state);
        String changed = Inputs.replaceOneDigit(settings.get(name), zero);
        Assume.that(!changed.equals(settings.get(name)));
        settings.put(name, changed);
        String body = block(settings, "\n");
        Outcome<SoftmaxState> outcome = read(SOFTMAX, body);
        if (outcome.accepted()) {
            fail("'%s: %s' (non-ASCII digit) was accepted: %s", name, Messages.escaped(changed), outcome.value());
        }
    }

    @Property(tries = 300)
    void attentionBlocksRefuseNonAsciiDigits(@ForAll("attention") AttentionState state,
                                            @ForAll @IntRange(min = 0, max = 3) int which,
                                            @ForAll("nonAsciiZero") int zero) {
        String name = new String[] {"q", "k", "v", "heads"}[which];
        Map<String, String> settings = ATTENTION.codec().toSettings(state);
        String changed = Inputs.replaceOneDigit(settings.get(name), zero);
        Assume.that(!changed.equals(settings.get(name)));
        settings.put(name, changed);
        String body = block(settings, "\n");
        Outcome<AttentionState> outcome = read(ATTENTION, body);
        if (outcome.accepted()) {
            fail("'%s: %s' (non-ASCII digit) was accepted", name, Messages.escaped(changed));
        }
    }

    /** A refused value is quoted without splitting an emoji in two, in every numeric setting of both widgets. */
    @Property(tries = 300)
    void aLongRunOfEmojiInANumericLineIsQuotedWithoutSplittingAPair(
            @ForAll @IntRange(min = 0, max = 7) int which, @ForAll @IntRange(min = 0, max = 3) int asciiBefore,
            @ForAll @IntRange(min = 1, max = 20) int emoji) {
        String name = new String[] {"logits", "temperature", "target", "q", "k", "v", "heads", "scaled"}[which];
        String body = name + ": " + "x".repeat(asciiBefore) + "\uD83D\uDE00".repeat(emoji);
        Outcome<?> outcome = which < 3 ? read(SOFTMAX, body) : read(ATTENTION, body);
        assertThat(outcome.accepted()).isFalse();
        Messages.assertNoSplitSurrogates(outcome.message(), body);
    }

    /** A lesson line "labels: ..." whose one label is invisible is refused, whatever the invisible characters. */
    @Property(tries = 300)
    void softmaxBlocksRefuseAnInvisibleLabel(@ForAll("softmax") SoftmaxState state,
                                            @ForAll @IntRange(min = 0, max = 11) int index,
                                            @ForAll("invisibleInALine") String label) {
        Assume.that(index < state.size());
        Map<String, String> settings = SOFTMAX.codec().toSettings(state);
        String[] labels = state.labels();
        labels[index] = label;
        settings.put("labels", StateCodecSettingsPropertyTest.formatLabels(labels));
        String body = block(settings, "\n");
        Outcome<SoftmaxState> outcome = read(SOFTMAX, body);
        if (outcome.accepted()) {
            fail("label %d '%s' accepted: %s", index + 1, Messages.escaped(label),
                    Messages.escaped(outcome.value().toString()));
        }
    }
}
