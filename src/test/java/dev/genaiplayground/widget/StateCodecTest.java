package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad settings and bad JSON are refused with an {@link InvalidStateException} whose message says what is wrong,
 * using the real widget records; absent settings keep the base state's values.
 */
class StateCodecTest {

    private final StateCodec<SoftmaxState> softmax = StateCodec.of(SoftmaxState.class);
    private final StateCodec<AttentionState> attention = StateCodec.of(AttentionState.class);

    // --- numbers --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "NaN       => 'NaN' is not a number.",
        "Infinity  => 'Infinity' is not a number.",
        "-Infinity => '-Infinity' is not a number.",
        "1e999     => '1e999' is too large.",
        "abc       => 'abc' is not a number.",
        "0x10      => '0x10' is not a number.",
        "''        => '' is not a number."})
    void refusesNumbersAPersonDoesNotMeanInALogitList(String text, String problem) {
        InvalidStateException e = softmaxRejects("logits", "1, " + text + ", 3");

        assertThat(e).hasMessage("logits: number 2: " + problem);
        assertThat(e.setting()).contains("logits");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"NaN", "Infinity", "1e999", "abc", "0x10"})
    void refusesNumbersAPersonDoesNotMeanAsTheTemperature(String text) {
        InvalidStateException e = softmaxRejects("temperature", text);

        assertThat(e.getMessage()).startsWith("temperature: '" + text + "' is ");
        assertThat(e.setting()).contains("temperature");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"١", "１", "१", "𝟙"})
    void refusesDigitsOfOtherScriptsInEveryKindOfNumber(String digit) {
        assertThat(softmaxRejects("target", digit)).hasMessage("target: '" + digit + "' is not a whole number.");
        assertThat(softmaxRejects("logits", "1," + digit + ",3"))
                .hasMessage("logits: number 2: '" + digit + "' is not a number.");
        assertThat(softmaxRejects("temperature", digit)).hasMessage("temperature: '" + digit + "' is not a number.");
    }

    @Test
    void aWholeNumberTooLargeForItsSettingIsCalledTooLarge() {
        assertThat(softmaxRejects("target", "99999999999")).hasMessage("target: '99999999999' is too large.");
    }

    @Test
    void refusesAFractionAsTheTarget() {
        assertThat(softmaxRejects("target", "1.5")).hasMessage("target: '1.5' is not a whole number.");
    }

    @Test
    void namesTheRowAndItemOfABadMatrixNumber() {
        InvalidStateException e = attentionRejects("q", "1,0,0,0;0,1,x,0;0,0,1,0;0,0,0,1");

        assertThat(e).hasMessage("q: row 2, number 3: 'x' is not a number.");
        assertThat(e.setting()).contains("q");
    }

    // --- setting names and lengths --------------------------------------------------------------------------

    @Test
    void refusesAnUnknownSettingAndListsTheKnownOnes() {
        InvalidStateException e = softmaxRejects("temprature", "2");

        assertThat(e).hasMessage("Unknown setting 'temprature'. Known settings: logits, labels, temperature, target.");
        assertThat(e.setting()).contains("temprature");
    }

    @Test
    void refusesAValueLongerThanTheLimit() {
        InvalidStateException e = softmaxRejects("logits", padded("1, 2, 3", StateCodec.MAX_VALUE_LENGTH + 1));

        assertThat(e).hasMessage("The value of 'logits' is " + (StateCodec.MAX_VALUE_LENGTH + 1)
                + " characters long; at most " + StateCodec.MAX_VALUE_LENGTH + " are accepted.");
        assertThat(e.setting()).contains("logits");
    }

    @Test
    void acceptsAValueExactlyAtTheLengthLimit() throws InvalidStateException {
        SoftmaxState state = softmax.fromSettings(
                Map.of("logits", padded("1, 2, 3", StateCodec.MAX_VALUE_LENGTH)), SoftmaxState.defaults());

        assertThat(state.logits()).containsExactly(1, 2, 3);
    }

    // --- the records' own rules, reported through the codec -------------------------------------------------

    @Test
    void refusesARaggedMatrix() {
        InvalidStateException e = attentionRejects("q", "3,0,0,0;0,3,0,0;0,0,3;0,0,0,3");

        assertThat(e).hasMessage("q: row 3 has 3 numbers; every row needs 4.");
        assertThat(e.setting()).as("the record's message names the setting").contains("q");
    }

    @Test
    void refusesAMatrixWithTheWrongNumberOfRows() {
        assertThat(attentionRejects("k", "1,0,0,0;0,1,0,0;0,0,1,0"))
                .hasMessage("k needs one row per token: 4 rows, not 3.");
    }

    @Test
    void refusesAsManyLabelsAsThereAreNotLogits() {
        assertThat(softmaxRejects("labels", "cat, dog")).hasMessage("labels: give 3 names, one for each, not 2.");
    }

    @Test
    void refusesAnEmptyLabel() {
        assertThat(softmaxRejects("labels", "cat, , bird")).hasMessage("labels: name 2 is empty; give it a name.");
    }

    @Test
    void refusesDuplicateSoftmaxLabelsEvenWhenSpacedDifferently() {
        assertThat(softmaxRejects("labels", "cat, dog,  cat "))
                .hasMessage("labels: 'cat' is there twice; give each a different name.");
    }

    @ParameterizedTest(name = "temperature {0}")
    @ValueSource(strings = {"0", "11"})
    void refusesATemperatureOutsideItsRange(String temperature) {
        assertThat(softmaxRejects("temperature", temperature))
                .hasMessage("temperature must be between 0.05 and 10, not " + temperature + ".");
    }

    @ParameterizedTest(name = "target {0}")
    @ValueSource(ints = {-1, 3})
    void refusesATargetOutsideTheClasses(int target) {
        assertThat(softmaxRejects("target", String.valueOf(target)))
                .hasMessage("target must name one of the 3 classes: a number from 0 to 2, not " + target + ".");
    }

    @Test
    void refusesThirteenClasses() {
        String thirteen = IntStream.range(0, 13).mapToObj(String::valueOf).collect(Collectors.joining(","));

        assertThat(softmaxRejects("logits", thirteen)).hasMessage("logits: give 2 to 12 of them, not 13.");
    }

    @Test
    void refusesHeadsThatDoNotDivideTheDimension() {
        assertThat(attentionRejects("heads", "3"))
                .hasMessage("d = 4 cannot be split evenly into 3 heads; pick a number of heads that divides d.");
    }

    // --- absent settings --------------------------------------------------------------------------------------

    @Test
    void absentSettingsKeepTheBaseStateValues() throws InvalidStateException {
        SoftmaxState base = new SoftmaxState(new double[] {5, -5}, new String[] {"yes", "no"}, 0.5, 1);

        SoftmaxState state = softmax.fromSettings(Map.of("temperature", "2"), base);

        assertThat(state).isEqualTo(base.withTemperature(2));
        assertThat(softmax.fromSettings(Map.of(), base)).isEqualTo(base);
    }

    // --- JSON -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "{", "not json", "[]", "42", "\"text\"", "null",
        "{\"logits\": [1, 2]}",
        "{\"logits\": \"1,2\", \"labels\": [\"a\", \"b\"], \"temperature\": 1, \"target\": 0}",
        "{\"logits\": [1, 2], \"labels\": [\"a\", \"b\"], \"temperature\": 1, \"target\": 1.5}",
        "{\"logits\": [1, 2], \"labels\": [\"a\", \"b\"], \"temperature\": 1, \"target\": 0, \"extra\": 1}"})
    void refusesJsonThatIsNotASoftmaxState(String json) {
        InvalidStateException e = assertThrows(InvalidStateException.class, () -> softmax.fromJson(json));

        assertThat(e).hasMessage("This is not a valid softmax state in JSON.");
    }

    @Test
    void refusesJsonWithMissingFieldsForEveryWidget() {
        assertThrows(InvalidStateException.class, () -> attention.fromJson("{\"tokens\": [\"a\", \"b\"]}"));
        assertThrows(InvalidStateException.class,
                () -> softmax.fromJson("{\"logits\": [1, 2], \"labels\": [\"a\", \"b\"], \"temperature\": 1}"));
    }

    @Test
    void reportsTheRecordsMessageForWellFormedButInvalidJson() {
        assertThat(assertThrows(InvalidStateException.class, () -> softmax.fromJson(
                "{\"logits\": [1, 2], \"labels\": [\"a\", \"b\"], \"temperature\": 0, \"target\": 0}")))
                .hasMessage("temperature must be between 0.05 and 10, not 0.");
        assertThat(assertThrows(InvalidStateException.class, () -> softmax.fromJson(
                "{\"logits\": null, \"labels\": [\"a\", \"b\"], \"temperature\": 1, \"target\": 0}")))
                .hasMessage("logits is missing.");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private InvalidStateException softmaxRejects(String name, String value) {
        return assertThrows(InvalidStateException.class,
                () -> softmax.fromSettings(Map.of(name, value), SoftmaxState.defaults()));
    }

    private InvalidStateException attentionRejects(String name, String value) {
        return assertThrows(InvalidStateException.class,
                () -> attention.fromSettings(Map.of(name, value), AttentionState.defaults()));
    }

    /** The text followed by spaces up to the given length. */
    private static String padded(String text, int length) {
        return text + " ".repeat(length - text.length());
    }
}
