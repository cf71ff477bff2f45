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

/**
 * ClassificationMetrics against NumPy reference values (make_metrics_scaling_reference.py: masks and broadcasting,
 * not a sorted sweep): counts exactly, every rate within 1e-6 absolute, undefined precision as null.
 */
class ClassificationMetricsTest {

    private static final double[] SCORES = {0.92, 0.81, 0.74, 0.62, 0.55, 0.45, 0.40, 0.33, 0.31, 0.28,
            0.22, 0.18, 0.15, 0.12, 0.10, 0.08, 0.06, 0.05, 0.03, 0.02};
    private static final int[] LABELS = {1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void theLessonsWorkedExample() {
        ClassificationMetricsResult r = ClassificationMetrics.evaluate(SCORES, LABELS, 0.5);
        assertThat(new int[] {r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives()})
                .containsExactly(3, 2, 1, 14);
        assertThat(r.accuracy()).isEqualTo(0.85);
        assertThat(r.precision()).isEqualTo(0.6);
        assertThat(r.recall()).isEqualTo(0.75);
        assertThat(r.f1()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(r.majorityAccuracy()).isEqualTo(0.8);
        assertThat(r.precisionNote()).isEmpty();
    }

    @Test
    void nothingPredictedPositiveLeavesPrecisionUndefinedAndSaysSo() {
        ClassificationMetricsResult r = ClassificationMetrics.evaluate(SCORES, LABELS, 0.95);
        assertThat(r.precision()).isNull();
        assertThat(r.precisionDefined()).isFalse();
        assertThat(r.precisionNote()).contains("0 / 0 is undefined");
        assertThat(r.accuracy()).isEqualTo(0.8); // as good as always saying "negative", and useless
        assertThat(r.recall()).isZero();
        assertThat(r.f1()).isZero();
    }

    static Stream<Arguments> referenceCases() {
        return ReferenceData.cases("classification_metrics.json").stream()
                .map(c -> Arguments.of(c.get("scores").size() + " examples, threshold " + c.get("threshold"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesReference(String name, JsonNode c) {
        int[] labels = new int[c.get("labels").size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = c.get("labels").get(i).asInt();
        }
        ClassificationMetricsResult r = ClassificationMetrics.evaluate(vector(c.get("scores")), labels,
                c.get("threshold").asDouble());
        assertThat(r.truePositives()).isEqualTo(c.get("truePositives").asInt());
        assertThat(r.falsePositives()).isEqualTo(c.get("falsePositives").asInt());
        assertThat(r.falseNegatives()).isEqualTo(c.get("falseNegatives").asInt());
        assertThat(r.trueNegatives()).isEqualTo(c.get("trueNegatives").asInt());
        assertClose("accuracy", c.get("accuracy").asDouble(), r.accuracy());
        if (c.get("precision").isNull()) {
            assertThat(r.precision()).isNull();
            assertThat(r.precisionNote()).isNotEmpty();
        } else {
            assertClose("precision", c.get("precision").asDouble(), r.precision());
            assertThat(r.precisionNote()).isEmpty();
        }
        assertClose("recall", c.get("recall").asDouble(), r.recall());
        assertClose("f1", c.get("f1").asDouble(), r.f1());
        assertClose("majority", c.get("majorityAccuracy").asDouble(), r.majorityAccuracy());
        assertClose("thresholds", vector(c.get("curveThresholds")), r.curveThresholds());
        assertClose("curve recall", vector(c.get("curveRecall")), r.curveRecall());
        assertClose("curve precision", vector(c.get("curvePrecision")), r.curvePrecision());
        assertClose("average precision", c.get("averagePrecision").asDouble(), r.averagePrecision());
    }

    @Test
    void refusesLabelsThatAreNotZeroOrOneOrOnlyOneClass() {
        assertThatThrownBy(() -> ClassificationMetrics.evaluate(new double[] {0.1, 0.2}, new int[] {1, 2}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2 is 2");
        assertThatThrownBy(() -> ClassificationMetrics.evaluate(new double[] {0.1, 0.2}, new int[] {1, 1}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one positive");
        assertThatThrownBy(() -> ClassificationMetrics.evaluate(new double[] {0.1, Double.NaN}, new int[] {1, 0}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ClassificationMetrics.evaluate(new double[] {0.1}, new int[] {1, 0}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one label per score");
    }
}
