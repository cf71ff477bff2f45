package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The state half of the contract, for every registered widget and 200 random states each: the state survives its
 * settings, its link and its JSON unchanged, its largest state fits the link limits, and its result is the same
 * whether computed directly or through the shared cache.
 */
class WidgetStateContractTest {

    private static final int STATES = 200;
    private final ResultCache results = new ResultCache(1000, new SimpleMeterRegistry());

    @TestFactory
    Stream<DynamicTest> everyWidgetKeepsTheStateContract() {
        return RegisteredWidgets.all().stream().flatMap(widget -> Stream.of(
                DynamicTest.dynamicTest(widget.id() + ": round trips", () -> roundTrips(widget)),
                DynamicTest.dynamicTest(widget.id() + ": cached results", () -> cachedResults(widget))));
    }

    private <S extends Record> void roundTrips(WidgetDefinition<S, ?> widget) throws Exception {
        Random random = new Random(widget.id().hashCode());
        StateCodec<S> codec = widget.codec();
        for (int i = 0; i < STATES; i++) {
            S state = RegisteredWidgets.randomState(widget, random);
            assertThat(codec.fromSettings(codec.toSettings(state), widget.defaultState())).isEqualTo(state);
            assertThat(codec.fromJson(codec.toJson(state))).isEqualTo(state);
            String link = StateLinks.pageFor(widget, state);
            assertThat(LinkSettings.state(widget, parseQuery(link), StateCodec.MAX_VALUE_LENGTH)).isEqualTo(state);
        }
    }

    private <S extends Record, R extends Record> void cachedResults(WidgetDefinition<S, R> widget)
            throws Exception {
        Random random = new Random(widget.id().hashCode() + 1);
        for (int i = 0; i < 20; i++) {
            S state = RegisteredWidgets.randomState(widget, random);
            R direct = widget.compute(state);
            R cached = results.resultOf(widget, state);
            assertThat(cached).usingRecursiveComparison().isEqualTo(direct);
            S equal = widget.codec().fromJson(widget.codec().toJson(state)); // equal, not the same object
            assertThat(results.resultOf(widget, equal)).as("an equal state is a cache hit").isSameAs(cached);
        }
    }

    /** The query of a link as a browser's server reads it: split on '&' and '=', then percent-decoded. */
    private static Map<String, List<String>> parseQuery(String link) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    List.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
        }
        return parameters;
    }
}
