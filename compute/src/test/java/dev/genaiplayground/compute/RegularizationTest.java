package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.PolynomialFitTest.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All sixteen combinations of the regularisation widget against NumPy ({@code make_polyfit_reference.py}: ridge by
 * its normal equations, plain fits by the pseudo-inverse, gradient descent on the full design matrices, the same
 * SplitMix64 draws), within a relative 1e-6.
 */
class RegularizationTest {

    static Stream<Arguments> cases() {
        return ReferenceData.cases("regularization.json").stream().map(c -> Arguments.of(
                "degree " + c.get("degree").asInt() + ", combination " + c.get("current").asInt(), c));
    }

    private static RegularizationResult compute(JsonNode c) {
        return Regularization.compute(ReferenceData.vector(c.get("x")), ReferenceData.vector(c.get("y")),
                c.get("trainCount").asInt(), c.get("current").asInt(),
                new Regularization.Settings(c.get("degree").asInt(), c.get("l2").asDouble(), c.get("epochs").asInt(),
                        c.get("copies").asInt(), c.get("jitter").asDouble(), c.get("models").asInt(),
                        c.get("seed").asLong()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCombinationMatchesNumpy(String name, JsonNode c) {
        RegularizationResult r = compute(c);
        assertRelative("training errors", ReferenceData.vector(c.get("comboTrainError")), r.comboTrainError());
        assertRelative("validation errors", ReferenceData.vector(c.get("comboValidationError")),
                r.comboValidationError());
        assertRelative("learning rate", c.get("learningRate").asDouble(), r.learningRate());
        assertRelative("training curve", ReferenceData.vector(c.get("epochTrainError")), r.epochTrainError());
        assertRelative("validation curve", ReferenceData.vector(c.get("epochValidationError")),
                r.epochValidationError());
        assertThat(r.stopEpoch()).isEqualTo(c.get("stopEpoch").asInt());
        int current = c.get("current").asInt();
        assertThat(r.trainError()).isEqualTo(r.comboTrainError()[current]);
        assertThat(r.validationError()).isEqualTo(r.comboValidationError()[current]);
    }

    @Test
    void earlyStoppingKeepsTheEpochWithTheLowestValidationError() {
        RegularizationResult r = compute(ReferenceData.cases("regularization.json").get(0));
        double[] curve = r.epochValidationError();
        for (double value : curve) {
            assertThat(curve[r.stopEpoch()]).isLessThanOrEqualTo(value * (1 + 1e-9));
        }
        // with early stopping on, its validation error is the curve's lowest
        assertThat(r.comboValidationError()[Regularization.EARLY_STOPPING]).isEqualTo(curve[r.stopEpoch()]);
    }

    @Test
    void augmentationShowsItsCopiesOnlyWhenOn() {
        JsonNode c = ReferenceData.cases("regularization.json").get(2); // combination 6: augmentation on
        RegularizationResult r = compute(c);
        int train = c.get("trainCount").asInt();
        assertThat(r.augmentedX()).hasSize(train * c.get("copies").asInt());
        assertThat(java.util.Arrays.stream(r.augmentedX()).allMatch(x -> x >= 0 && x <= 1)).isTrue();
        assertThat(r.augmentedY()).hasSameSizeAs(r.augmentedX());
        assertThat(compute(ReferenceData.cases("regularization.json").get(0)).augmentedX()).isEmpty();
    }

    @Test
    void theSameSettingsGiveTheSameNumbers() {
        JsonNode c = ReferenceData.cases("regularization.json").get(1);
        assertThat(compute(c).comboValidationError()).containsExactly(compute(c).comboValidationError());
    }

    @Test
    void badInputGetsAMessage() {
        double[] x = {0.1, 0.5, 0.9, 0.3};
        double[] y = {1, 2, 3, 4};
        Regularization.Settings ok = new Regularization.Settings(3, 0.1, 10, 1, 0.05, 2, 1);
        assertThatThrownBy(() -> Regularization.compute(x, y, 2, 16, ok))
                .hasMessage("There is no combination 16; they are 0 to 15.");
        assertThatThrownBy(() -> Regularization.compute(x, y, 2, 0,
                new Regularization.Settings(3, -1, 10, 1, 0.05, 2, 1)))
                .hasMessage("l2 = -1.0 is negative; a penalty strength must be 0 or more");
        assertThatThrownBy(() -> Regularization.compute(x, y, 2, 2,
                new Regularization.Settings(3, 0.1, 0, 1, 0.05, 2, 1)))
                .hasMessage("epochs = 0 is out of range; use 1 to 2000");
    }
}
