package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid state survives each of its text forms exactly: settings (lesson blocks), the URL query string built
 * from them, and JSON. Hundreds of seeded random states per widget, biased towards awkward numbers and labels.
 */
class StateRoundTripTest {

    private static final int SAMPLES = 500;
    private static final long SEED = 20261129L;

    /** One way from a state to text and back. A method reference, since the method is generic. */
    @FunctionalInterface
    interface RoundTrip {
        <S extends Record> S apply(StateCodec<S> codec, S state, S base) throws InvalidStateException;
    }

    /** A widget's codec, a base state for absent settings, and its random state generator. */
    record Widget<S extends Record>(String name, StateCodec<S> codec, S base, Function<RandomStates, S> random) {

        void assertRoundTrips(RoundTrip trip) throws InvalidStateException {
            RandomStates states = new RandomStates(SEED);
            for (int i = 0; i < SAMPLES; i++) {
                S state = random.apply(states);
                assertThat(trip.apply(codec, state, base)).as("sample %d", i).isEqualTo(state);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Widget<?>> widgets() {
        return Stream.of(
                new Widget<>("softmax", StateCodec.of(SoftmaxState.class), SoftmaxState.defaults(),
                        RandomStates::softmax),
                new Widget<>("attention", StateCodec.of(AttentionState.class), AttentionState.defaults(),
                        RandomStates::attention));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widgets")
    void settingsRoundTripIsExact(Widget<?> widget) throws InvalidStateException {
        widget.assertRoundTrips(StateRoundTripTest::viaSettings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widgets")
    void urlQueryStringRoundTripIsExact(Widget<?> widget) throws InvalidStateException {
        widget.assertRoundTrips(StateRoundTripTest::viaQueryString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widgets")
    void jsonRoundTripIsExact(Widget<?> widget) throws InvalidStateException {
        widget.assertRoundTrips(StateRoundTripTest::viaJson);
    }

    @Test
    void negativeZeroTinyNumbersAndEscapedLabelsSurviveTheUrl() throws InvalidStateException {
        SoftmaxState state = new SoftmaxState(new double[] {-0.0, Double.MIN_VALUE, 0.1 + 0.2},
                new String[] {"a,b", "%2C", "50% ; é😀"}, 0.05, 2);

        SoftmaxState back = viaQueryString(StateCodec.of(SoftmaxState.class), state, SoftmaxState.defaults());

        assertThat(back).isEqualTo(state);
        assertThat(1 / back.logits()[0]).as("the sign of zero").isNegative();
        assertThat(back.labels()).containsExactly("a,b", "%2C", "50% ; é😀");
    }

    /** Guards the guard: the generator really produces the cases these tests are about. */
    @Test
    void randomStatesIncludeTheAwkwardCases() {
        RandomStates states = new RandomStates(SEED);
        List<SoftmaxState> softmax = Stream.generate(states::softmax).limit(SAMPLES).toList();
        List<AttentionState> attention = Stream.generate(states::attention).limit(SAMPLES).toList();

        List<String> labels = softmax.stream().flatMap(s -> Arrays.stream(s.labels())).toList();
        assertThat(labels).anyMatch(l -> l.contains(",")).anyMatch(l -> l.contains(";"))
                .anyMatch(l -> l.contains("%2C")).anyMatch(l -> l.contains(" ")).anyMatch(l -> l.contains("😀"));
        assertThat(softmax).anyMatch(s -> Arrays.stream(s.logits()).anyMatch(x -> Double.compare(x, -0.0) == 0))
                .anyMatch(s -> Arrays.stream(s.logits()).anyMatch(x -> x != 0 && Math.abs(x) < 1e-300))
                .anyMatch(s -> s.size() == SoftmaxState.MAX_CLASSES);
        assertThat(attention).anyMatch(s -> s.heads() == 4).anyMatch(s -> s.heads() == 3)
                .anyMatch(s -> s.dimension() == AttentionState.MAX_DIMENSION)
                .anyMatch(s -> Arrays.stream(s.tokens()).distinct().count() < s.tokenCount());
    }

    private static <S extends Record> S viaSettings(StateCodec<S> codec, S state, S base)
            throws InvalidStateException {
        return codec.fromSettings(codec.toSettings(state), base);
    }

    private static <S extends Record> S viaQueryString(StateCodec<S> codec, S state, S base)
            throws InvalidStateException {
        String query = QueryParameters.simple(codec.toSettings(state)).getQueryString();
        Map<String, String> settings = new LinkedHashMap<>();
        QueryParameters.fromString(query).getParameters().forEach((name, values) -> {
            assertThat(values).as("values of %s in %s", name, query).hasSize(1);
            settings.put(name, values.get(0));
        });
        return codec.fromSettings(settings, base);
    }

    private static <S extends Record> S viaJson(StateCodec<S> codec, S state, S base) throws InvalidStateException {
        return codec.fromJson(codec.toJson(state));
    }
}
