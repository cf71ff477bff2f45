package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reference cases computed independently with NumPy by {@code compute/reference/make_reference.py}, and the
 * comparison every reference test uses: absolute tolerance {@link #TOLERANCE} in double precision.
 */
final class ReferenceData {

    /** Absolute tolerance against the NumPy reference values. */
    static final double TOLERANCE = 1e-6;

    // Masked attention scores are stored as -Infinity, which strict JSON does not allow.
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private ReferenceData() {
    }

    static List<JsonNode> cases(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
            assertThat(in).as("reference file %s on the test classpath", file).isNotNull();
            List<JsonNode> cases = new ArrayList<>();
            JSON.readTree(in).forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] vector(JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    static double[][] matrix(JsonNode node) {
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = vector(node.get(i));
        }
        return rows;
    }

    static double[][][] tensor(JsonNode node) {
        double[][][] matrices = new double[node.size()][][];
        for (int i = 0; i < matrices.length; i++) {
            matrices[i] = matrix(node.get(i));
        }
        return matrices;
    }

    /** Equal within {@link #TOLERANCE}; infinities must match exactly. */
    static void assertClose(String what, double expected, double actual) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(TOLERANCE));
        }
    }

    static void assertClose(String what, double[] expected, double[] actual) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], actual[i]);
        }
    }

    static void assertClose(String what, double[][] expected, double[][] actual) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], actual[i]);
        }
    }

    static void assertClose(String what, double[][][] expected, double[][][] actual) {
        assertThat(actual.length).as(what + " heads").isEqualTo(expected.length);
        for (int h = 0; h < expected.length; h++) {
            assertClose(what + " head " + h, expected[h], actual[h]);
        }
    }
}
