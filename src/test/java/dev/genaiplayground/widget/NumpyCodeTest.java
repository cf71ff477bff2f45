package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "Show the code" shows the truth: for every registered widget and several random states, the NumPy program the
 * widget shows is run with python3, and what it prints equals the widget's result within 1e-9
 * (relative to the value, for values above 1).
 */
class NumpyCodeTest {

    private static final int STATES_PER_WIDGET = 6;
    private static final double TOLERANCE = 1e-9;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(); // json.dumps writes -Infinity

    @BeforeAll
    static void pythonWithNumpyIsThere() throws Exception {
        String out = run("import numpy; print(numpy.__version__)");
        assertThat(out).as("python3 with NumPy is needed (apt-get install python3-numpy)").isNotBlank();
    }

    @TestFactory
    Stream<DynamicTest> everyWidgetsCodePrintsItsResult() {
        Random random = new Random(20261130);
        return RegisteredWidgets.all().stream().flatMap(widget -> Stream.iterate(0, i -> i + 1)
                .limit(STATES_PER_WIDGET)
                .map(i -> DynamicTest.dynamicTest(widget.id() + " #" + i, () -> check(widget, random))));
    }

    private static <S extends Record, R extends Record> void check(WidgetDefinition<S, R> widget, Random random)
            throws Exception {
        S state = RegisteredWidgets.randomState(widget, random);
        R result = widget.compute(state);
        JsonNode printed = JSON.readTree(run(widget.numpyCode(state)));
        for (RecordComponent field : result.getClass().getRecordComponents()) {
            assertThat(printed.has(field.getName())).as("the code prints " + field.getName()).isTrue();
            compare(field.getName(), field.getAccessor().invoke(result), printed.get(field.getName()));
        }
    }

    /**
     * Numbers (within 1e-9, relative to the size of large ones; ±∞ exactly), booleans, text, enums by name, null,
     * arrays and lists element by element, and nested records field by field.
     */
    private static void compare(String where, Object expected, JsonNode actual) throws ReflectiveOperationException {
        assertThat(actual).as(where + " is printed").isNotNull();
        if (expected == null) {
            assertThat(actual.isNull()).as(where + " is null").isTrue();
        } else if (expected instanceof Number number) {
            double want = number.doubleValue();
            double got = actual.asDouble();
            if (Double.isInfinite(want)) {
                assertThat(got).as(where).isEqualTo(want);
            } else {
                // relative for numbers above 1: a test error of 1e5 agrees to 1e-9 of itself, not to 1e-9 absolute
                assertThat(Math.abs(got - want)).as(where + ": NumPy " + got + ", widget " + want)
                        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(want)));
            }
        } else if (expected instanceof Boolean flag) {
            assertThat(actual.isBoolean() && actual.booleanValue() == flag).as(where + ": " + actual).isTrue();
        } else if (expected instanceof CharSequence || expected instanceof Enum<?>) {
            String want = expected instanceof Enum<?> constant ? constant.name() : expected.toString();
            assertThat(actual.asText()).as(where).isEqualTo(want);
        } else if (expected.getClass().isArray()) {
            assertThat(actual.size()).as(where + " length").isEqualTo(Array.getLength(expected));
            for (int i = 0; i < Array.getLength(expected); i++) {
                compare(where + "[" + i + "]", Array.get(expected, i), actual.get(i));
            }
        } else if (expected instanceof List<?> list) {
            assertThat(actual.size()).as(where + " length").isEqualTo(list.size());
            for (int i = 0; i < list.size(); i++) {
                compare(where + "[" + i + "]", list.get(i), actual.get(i));
            }
        } else if (expected instanceof Record record) {
            for (RecordComponent field : record.getClass().getRecordComponents()) {
                compare(where + "." + field.getName(), field.getAccessor().invoke(record), actual.get(field.getName()));
            }
        } else {
            fail(where + ": a result field of a type this test does not compare: " + expected);
        }
    }

    private static String run(String program) throws IOException, InterruptedException {
        Process python;
        // Output goes to a file: a result larger than the pipe's buffer (64 KB) would otherwise block python3
        // while this test waits for it to exit.
        java.nio.file.Path output = java.nio.file.Files.createTempFile("numpy-code", ".out");
        try {
            python = new ProcessBuilder("python3", "-c", program).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
        } catch (IOException missing) {
            throw new AssertionError("python3 is needed to check the widgets' NumPy code (apt-get install "
                    + "python3 python3-numpy)", missing);
        }
        if (!python.waitFor(60, TimeUnit.SECONDS)) {
            python.destroyForcibly();
            throw new AssertionError("python3 did not finish within 60 s:\n" + program);
        }
        String out = java.nio.file.Files.readString(output, StandardCharsets.UTF_8);
        java.nio.file.Files.delete(output);
        if (python.exitValue() != 0) {
            throw new AssertionError("python3 failed (is NumPy installed? apt-get install python3-numpy):\n" + out
                    + "\nprogram:\n" + program);
        }
        return out;
    }
}
