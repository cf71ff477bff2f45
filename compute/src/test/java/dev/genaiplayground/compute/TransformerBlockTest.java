package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transformer block against an independent NumPy implementation with the same weights
 * ({@code compute/reference/transformer_block.py}): absolute tolerance 1e-9 in double on every statistic, every
 * attention weight and a sample of the output itself; the seeded generator bit for bit.
 */
class TransformerBlockTest {

    private static final double TOLERANCE = 1e-9;
    private static final JsonNode REFERENCE = load();

    private static JsonNode load() {
        try (InputStream in = TransformerBlockTest.class.getResourceAsStream("/reference/transformer_block.json")) {
            assertThat(in).as("transformer_block.json on the test classpath").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : REFERENCE.get("cases")) {
            cases.add(Arguments.of(String.format("seed %d, %d block(s), residual %s, layer norm %s, causal %s",
                    c.get("seed").asInt(), c.get("blocks").asInt(), c.get("residual").asBoolean(),
                    c.get("layerNorm").asBoolean(), c.get("causal").asBoolean()), c));
        }
        return cases.stream();
    }

    @Test
    void theGeneratorMatchesNumPyBitForBit() {
        JsonNode g = REFERENCE.get("generator");
        for (int i = 0; i < g.get("values").size(); i++) {
            assertThat(SeededStream.value(g.get("seed").asLong(), g.get("start").asLong() + i))
                    .isEqualTo(g.get("values").get(i).asDouble());
        }
        for (int i = 0; i < g.get("values2").size(); i++) {
            assertThat(SeededStream.value(g.get("seed2").asLong(), g.get("start2").asLong() + i))
                    .isEqualTo(g.get("values2").get(i).asDouble());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumPy(String name, JsonNode c) {
        int seed = c.get("seed").asInt();
        int blocks = c.get("blocks").asInt();
        boolean residual = c.get("residual").asBoolean();
        boolean layerNorm = c.get("layerNorm").asBoolean();
        boolean causal = c.get("causal").asBoolean();
        TransformerBlockResult result = TransformerBlock.compute(seed, blocks, residual, layerNorm, causal,
                c.get("block").asInt(), c.get("item").asInt(), c.get("head").asInt());

        for (int s = 0; s < TransformerBlock.STAGES; s++) {
            int[] shape = result.stageShapes()[s];
            assertThat(shape.length).isEqualTo(c.get("stageShapes").get(s).size());
            for (int i = 0; i < shape.length; i++) {
                assertThat(shape[i]).isEqualTo(c.get("stageShapes").get(s).get(i).asInt());
            }
        }
        close("stageStats", c.get("stageStats"), result.stageStats());
        close("blockStats", c.get("blockStats"), result.blockStats());
        close("tokenSpread", c.get("tokenSpread"), result.tokenSpread());
        close("attention", c.get("attention"), result.attention());

        double[] output = TransformerBlock.output(seed, blocks, residual, layerNorm, causal);
        int d = TransformerBlock.D_MODEL;
        int lastToken = (TransformerBlock.BATCH * TransformerBlock.SEQUENCE - 1) * d;
        for (int f = 0; f < d; f++) {
            assertThat(output[f]).as("output item 1 token 1 feature %d", f)
                    .isCloseTo(c.get("outputFirstToken").get(f).asDouble(), within(TOLERANCE));
            assertThat(output[lastToken + f]).as("output item 2 token 16 feature %d", f)
                    .isCloseTo(c.get("outputLastToken").get(f).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void theFirstBlockOfAStackIsTheSingleBlock() {
        TransformerBlockResult one = TransformerBlock.compute(3, 1, true, true, false, 1, 1, 1);
        TransformerBlockResult twelve = TransformerBlock.compute(3, 12, true, true, false, 1, 1, 1);
        assertThat(twelve.stageStats()).isDeepEqualTo(one.stageStats());
        assertThat(twelve.blockStats()[0]).containsExactly(one.blockStats()[0]);
        assertThat(twelve.blockStats()).hasNumberOfRows(12);
    }

    @Test
    void attentionRowsSumToOneAndTheCausalMaskHidesTheFuture() {
        TransformerBlockResult result = TransformerBlock.compute(11, 2, true, true, true, 2, 2, 5);
        double[][] a = result.attention();
        assertThat(a).hasDimensions(16, 16);
        for (int i = 0; i < 16; i++) {
            double sum = 0;
            for (int j = 0; j < 16; j++) {
                sum += a[i][j];
                if (j > i) {
                    assertThat(a[i][j]).isEqualTo(0.0);
                }
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
        assertThat(a[0][0]).isEqualTo(1.0);
    }

    @Test
    void layerNormGivesEachTokenMeanZeroAndUnitSpread() {
        TransformerBlockResult result = TransformerBlock.compute(5, 1, true, true, false, 1, 1, 1);
        double[] ln1 = result.stageStats()[1];
        assertThat(ln1[0]).isCloseTo(0, within(1e-12));
        assertThat(ln1[1]).isCloseTo(1, within(1e-4)); // √(var / (var + ε))
        TransformerBlockResult off = TransformerBlock.compute(5, 1, true, false, false, 1, 1, 1);
        assertThat(off.stageStats()[1]).containsExactly(off.stageStats()[0]);
    }

    @Test
    void withoutLayerNormTheResidualStreamGrowsAndWithoutResidualsTokensCollapse() {
        double grown = TransformerBlock.compute(1, 12, true, false, false, 1, 1, 1).blockStats()[11][1];
        double steady = TransformerBlock.compute(1, 12, true, true, false, 1, 1, 1).blockStats()[11][1];
        TransformerBlockResult noResidual = TransformerBlock.compute(1, 12, false, true, false, 1, 1, 1);
        assertThat(grown).isGreaterThan(5 * steady);
        assertThat(noResidual.tokenSpread()[11]).isLessThan(1e-6);
        assertThat(TransformerBlock.compute(1, 12, false, false, false, 1, 1, 1).blockStats()[11][1])
                .isLessThan(1e-2);
    }

    @Test
    void everyResultStaysFiniteAtTheExtremes() {
        for (int seed : new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}) {
            for (boolean residual : new boolean[] {true, false}) {
                for (boolean norm : new boolean[] {true, false}) {
                    TransformerBlockResult r = TransformerBlock.compute(seed, 12, residual, norm, true, 12, 2, 8);
                    for (double[] row : r.blockStats()) {
                        for (double v : row) {
                            assertThat(Double.isFinite(v)).isTrue();
                        }
                    }
                    for (double[] row : r.stageStats()) {
                        for (double v : row) {
                            assertThat(Double.isFinite(v)).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void refusesSettingsOutOfRangeWithAMessage() {
        assertThatThrownBy(() -> TransformerBlock.compute(1, 13, true, true, false, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("blocks = 13 is out of range; use 1 to 12");
        assertThatThrownBy(() -> TransformerBlock.compute(1, 2, true, true, false, 3, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("block = 3 is out of range; use 1 to 2");
        assertThatThrownBy(() -> TransformerBlock.compute(1, 2, true, true, false, 1, 3, 1))
                .hasMessage("item = 3 is out of range; use 1 to 2");
        assertThatThrownBy(() -> TransformerBlock.compute(1, 2, true, true, false, 1, 1, 0))
                .hasMessage("head = 0 is out of range; use 1 to 8");
    }

    private static void close(String what, JsonNode expected, double[] actual) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as(what + "[" + i + "]").isCloseTo(expected.get(i).asDouble(), within(TOLERANCE));
        }
    }

    private static void close(String what, JsonNode expected, double[][] actual) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.size());
        for (int i = 0; i < actual.length; i++) {
            close(what + "[" + i + "]", expected.get(i), actual[i]);
        }
    }
}
