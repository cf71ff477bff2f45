package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Perplexity against NumPy reference values ({@code perplexity.json}; 1e-6 absolute, perplexity 1e-9 relative). */
class PerplexityTest {

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("perplexity.json").stream()
                .map(c -> Arguments.of(c.get("probs").size() + " tokens, p[0] = " + c.get("probs").get(0).asDouble(),
                        c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        PerplexityResult r = Perplexity.evaluate(vector(c.get("probs")));
        assertClose("surprisal", vector(c.get("surprisal")), r.surprisal());
        assertClose("surprisalBits", vector(c.get("surprisalBits")), r.surprisalBits());
        assertClose("crossEntropy", c.get("crossEntropy").asDouble(), r.crossEntropy());
        assertClose("crossEntropyBits", c.get("crossEntropyBits").asDouble(), r.crossEntropyBits());
        double perplexity = c.get("perplexity").asDouble();
        assertThat(r.perplexity()).isCloseTo(perplexity, within(perplexity * 1e-9));
        assertClose("geometricMean", c.get("geometricMean").asDouble(), r.geometricMean());
        assertThat(r.mostSurprising()).isEqualTo(c.get("mostSurprising").asInt());
    }

    @Test
    void aFairGuessAmongFourHasPerplexityFour() {
        PerplexityResult r = Perplexity.evaluate(new double[] {0.25, 0.25, 0.25, 0.25});
        assertThat(r.perplexity()).isCloseTo(4, within(1e-12));
        assertThat(r.crossEntropyBits()).isCloseTo(2, within(1e-12));
    }

    @Test
    void certaintyHasPerplexityOneAndNoNegativeZero() {
        PerplexityResult r = Perplexity.evaluate(new double[] {1, 1});
        assertThat(r.perplexity()).isEqualTo(1);
        assertThat(Double.doubleToRawLongBits(r.crossEntropy())).isZero();
        assertThat(Double.doubleToRawLongBits(r.surprisal()[0])).isZero();
    }

    @Test
    void theSmallestProbabilityStaysFinite() {
        PerplexityResult r = Perplexity.evaluate(new double[] {Perplexity.MIN_PROBABILITY});
        assertThat(r.perplexity()).isCloseTo(1e300, within(1e288));
    }

    @Test
    void zeroIsInfiniteSurpriseAndGetsAMessage() {
        assertThatThrownBy(() -> Perplexity.evaluate(new double[] {0.5, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probs[1] is 0").hasMessageContaining("infinite");
    }

    @Test
    void notAProbabilityGetsAMessage() {
        assertThatThrownBy(() -> Perplexity.evaluate(new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a probability");
        assertThatThrownBy(() -> Perplexity.evaluate(new double[] {-0.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a probability");
        assertThatThrownBy(() -> Perplexity.evaluate(new double[] {1e-310}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
        assertThatThrownBy(() -> Perplexity.evaluate(new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Perplexity.evaluate(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
