package dev.genaiplayground.compute;

import static dev.genaiplayground.compute.ReferenceData.assertClose;
import static dev.genaiplayground.compute.ReferenceData.matrix;
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

/**
 * Mixture-of-experts routing against NumPy ({@code compute/reference/make_moe_reference.py}): probabilities, gates,
 * the loss and the sizes within 1e-12 (relative for the sizes); choices, loads, capacity and drops exactly.
 */
class MoeTest {

    private static final double TIGHT = 1e-12;

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("moe.json").stream().map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesNumPy(String name, JsonNode c) {
        MoeResult r = Moe.route(matrix(c.get("router")), c.get("k").asInt(), c.get("capacityFactor").asDouble(),
                c.get("dModel").asLong(), c.get("dFf").asLong());
        close("probabilities", matrix(c.get("probabilities")), r.probabilities());
        assertThat(r.chosen()).isDeepEqualTo(ints2(c.get("chosen")));
        close("gates", matrix(c.get("gates")), r.gates());
        assertThat(r.load()).containsExactly(ints(c.get("load")));
        assertThat(r.capacity()).isEqualTo(c.get("capacity").asInt());
        assertThat(r.kept()).isDeepEqualTo(ints2(c.get("kept")));
        assertThat(r.processed()).containsExactly(ints(c.get("processed")));
        assertThat(r.droppedAssignments()).isEqualTo(c.get("droppedAssignments").asInt());
        assertThat(r.droppedTokens()).isEqualTo(c.get("droppedTokens").asInt());
        assertThat(r.firstChoiceFraction()).containsExactly(vector(c.get("firstChoiceFraction")), within(TIGHT));
        assertThat(r.meanProbability()).containsExactly(vector(c.get("meanProbability")), within(TIGHT));
        assertThat(r.balanceLoss()).isCloseTo(c.get("balanceLoss").asDouble(), within(TIGHT));
        for (String size : new String[] {"totalParameters", "activeParameters", "moeFlopsPerToken", "denseParameters",
                "denseFlopsPerToken"}) {
            double want = c.get(size).asDouble();
            double got = switch (size) {
                case "totalParameters" -> r.totalParameters();
                case "activeParameters" -> r.activeParameters();
                case "moeFlopsPerToken" -> r.moeFlopsPerToken();
                case "denseParameters" -> r.denseParameters();
                default -> r.denseFlopsPerToken();
            };
            assertThat(got).as(size).isEqualTo(want);
        }
        assertThat(r.activeFraction()).isCloseTo(c.get("activeFraction").asDouble(), within(TIGHT));
    }

    @Test
    void perfectBalanceCostsOneAndCollapseCostsNearlyE() {
        MoeResult balanced = Moe.route(new double[][] {{5, 0}, {0, 5}}, 1, 1, 8, 32);
        assertThat(balanced.balanceLoss()).isCloseTo(1, within(1e-12));
        MoeResult collapsed = Moe.route(new double[][] {{50, 0, 0, 0}, {50, 0, 0, 0}}, 1, 1, 8, 32);
        assertThat(collapsed.balanceLoss()).isCloseTo(4, within(1e-12));
    }

    @Test
    void gatesSumToOneAndTopOneGateIsOne() {
        MoeResult r = Moe.route(new double[][] {{1, 2, 3}, {0.5, -1, 0}}, 2, 1, 8, 32);
        for (double[] g : r.gates()) {
            assertThat(g[0] + g[1]).isCloseTo(1, within(1e-15));
        }
        assertThat(r.chosen()[0]).containsExactly(2, 1);
        assertThat(Moe.route(new double[][] {{1, 2, 3}}, 1, 1, 8, 32).gates()[0]).containsExactly(1.0);
    }

    @Test
    void mixtralLikeSizes() {
        // 8 experts of d_model 4096, d_ff 14336, top 2: each expert 117.4M weights, about 1/4 of them active
        MoeResult r = Moe.route(new double[8][8], 2, 1.25, 4096, 14336);
        assertThat(r.totalParameters()).isEqualTo(8 * 2.0 * 4096 * 14336 + 4096 * 8);
        assertThat(r.activeParameters()).isEqualTo(2 * 2.0 * 4096 * 14336 + 4096 * 8);
        assertThat(r.activeFraction()).isCloseTo(0.25, within(1e-4));
    }

    @Test
    void linearRouterMatchesNumPy() {
        JsonNode c = ReferenceData.cases("moe_linear.json").get(0);
        assertClose("logits", matrix(c.get("logits")), Moe.linearRouter(matrix(c.get("x")), matrix(c.get("w"))));
    }

    @Test
    void aWidgetSizedRouteStaysWellUnderFiftyMilliseconds() {
        java.util.Random random = new java.util.Random(3);
        double[][] router = new double[16][8];
        for (double[] row : router) {
            for (int e = 0; e < row.length; e++) {
                row[e] = random.nextGaussian() * 2;
            }
        }
        for (int i = 0; i < 50; i++) { // warm up
            Moe.route(router, 2, 1.25, 4096, 14336);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Moe.route(router, 2, 1.25, 4096, 14336);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("MoE, 16 tokens x 8 experts, top-2: p50 %.3f ms, p95 %.3f ms%n", nanos[100] / 1e6,
                nanos[190] / 1e6);
        assertThat(nanos[100] / 1e6).isLessThan(50);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Moe.route(new double[][] {{1}}, 1, 1, 8, 8)).hasMessageContaining("at least 2 experts");
        assertThatThrownBy(() -> Moe.route(new double[][] {{1, 2}}, 3, 1, 8, 8)).hasMessageContaining("k must be");
        assertThatThrownBy(() -> Moe.route(new double[][] {{1, 2}}, 1, 0, 8, 8)).hasMessageContaining("capacityFactor");
        assertThatThrownBy(() -> Moe.route(new double[][] {{1, Double.NaN}}, 1, 1, 8, 8)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Moe.route(new double[][] {{1, 2}, {1}}, 1, 1, 8, 8)).hasMessageContaining("ragged");
    }

    private static void close(String what, double[][] expected, double[][] actual) {
        assertThat(actual.length).as(what).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(what + "[" + i + "]").containsExactly(expected[i], within(TIGHT));
        }
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    private static int[][] ints2(JsonNode node) {
        int[][] out = new int[node.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ints(node.get(i));
        }
        return out;
    }
}
