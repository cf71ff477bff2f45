package dev.genaiplayground.widget.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.attention.AttentionState.Matrix;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The attention state's editors on any valid state with any argument: a valid state, or an IllegalArgumentException
 * with a clean message; a position, size or count out of range gets a message naming the range that exists, never
 * a negative or overflowed number.
 */
class AttentionEditorPropertyTest {

    @Provide
    Arbitrary<AttentionState> state() {
        return ValidStates.attention();
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(-2, 17)),
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(2, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1,
                        Integer.MAX_VALUE - 1, -1, 0)));
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(3, Arbitraries.doubles().between(-150, 150)), Tuple.of(2, ValidStates.within(100)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        Double.MAX_VALUE, Double.MIN_VALUE, Math.nextUp(100.0), -Math.nextUp(100.0))));
    }

    @Provide
    Arbitrary<String[]> tokens() {
        return Inputs.labelText().list().ofMaxSize(18).map(l -> l.toArray(String[]::new));
    }

    @Provide
    Arbitrary<double[][]> anyMatrix() {
        Arbitrary<double[]> row = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.doubles().between(-100, 100)),
                Tuple.of(1, anyDouble())).list().ofMaxSize(17)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).injectNull(0.02);
        return row.list().ofMaxSize(17).map(l -> l.toArray(double[][]::new)).injectNull(0.02);
    }

    @Provide
    Arbitrary<String> invisibleOnly() {
        return Inputs.invisibleOnly();
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(Inputs.INVISIBLES);
    }

    @Provide
    Arbitrary<String> label() {
        return ValidStates.label();
    }

    @Property(tries = 600)
    void withCellGivesAValidStateOrAMessage(@ForAll("state") AttentionState state, @ForAll Matrix which,
                                            @ForAll("index") int row, @ForAll("index") int column,
                                            @ForAll("anyDouble") double value) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> state.withCell(which, row, column, value));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
            assertThat(outcome.value().matrix(which)[row][column]).isEqualTo(value);
        } else {
            Messages.assertClean(outcome.message(), which + " " + row + " " + column + " " + value);
        }
    }

    @Property(tries = 600)
    void withCellAtAMissingPositionNamesTheRange(@ForAll("state") AttentionState state, @ForAll Matrix which,
                                                 @ForAll("index") int row, @ForAll("index") int column) {
        boolean rowMissing = row < 0 || row >= state.tokenCount();
        boolean columnMissing = column < 0 || column >= state.dimension();
        Assume.that(rowMissing || columnMissing);
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> state.withCell(which, row, column, 1));
        assertThat(outcome.accepted()).isFalse();
        Messages.assertClean(outcome.message(), which.name());
        if (rowMissing) {
            Messages.assertNamesRange(outcome.message(), state.tokenCount(), state.tokenCount() - 1);
        } else {
            Messages.assertNamesRange(outcome.message(), state.dimension(), state.dimension() - 1);
        }
    }

    @Property(tries = 600)
    void withTokensGivesAValidStateOrAMessage(@ForAll("state") AttentionState state,
                                              @ForAll("tokens") String[] tokens) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withTokens(tokens));
        if (outcome.accepted()) {
            AttentionState next = outcome.value();
            Validity.assertValid(next);
            assertThat(next.dimension()).isEqualTo(state.dimension());
            for (int r = 0; r < Math.min(next.tokenCount(), state.tokenCount()); r++) {
                assertThat(next.q()[r]).as("q row %d kept", r).isEqualTo(state.q()[r]);
            }
        } else {
            Messages.assertClean(outcome.message(), String.join("\n", tokens));
        }
    }

    @Property(tries = 300)
    void withTokensRefusesATokenOfOnlyInvisibleCharacters(@ForAll("state") AttentionState state,
                                                          @ForAll @IntRange(min = 0, max = 15) int index,
                                                          @ForAll("invisibleOnly") String token) {
        Assume.that(index < state.tokenCount());
        String[] tokens = state.tokens();
        tokens[index] = token;
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withTokens(tokens));
        if (outcome.accepted()) {
            fail("token '%s' accepted: %s", Messages.escaped(token),
                    Messages.escaped(Arrays.toString(outcome.value().tokens())));
        }
    }

    @Property(tries = 300)
    void withTokensTreatsInvisibleCharactersAtAnEndAsNothing(@ForAll("state") AttentionState state,
                                                             @ForAll("label") String token,
                                                             @ForAll("invisible") String invisible,
                                                             @ForAll boolean before) {
        String[] tokens = state.tokens();
        tokens[0] = token;
        tokens[1] = before ? invisible + token : token + invisible;
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withTokens(tokens));
        if (outcome.accepted() && !outcome.value().tokens()[0].equals(outcome.value().tokens()[1])) {
            fail("'%s' and '%s' read as two different tokens %s", Messages.escaped(tokens[0]),
                    Messages.escaped(tokens[1]), Messages.escaped(Arrays.toString(outcome.value().tokens())));
        }
    }

    @Property(tries = 600)
    void withDimensionGivesAValidStateOrAMessageNamingTheRange(@ForAll("state") AttentionState state,
                                                               @ForAll("index") int d) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withDimension(d));
        boolean inRange = d >= AttentionState.MIN_DIMENSION && d <= AttentionState.MAX_DIMENSION;
        assertThat(outcome.accepted()).as("d = %d accepted", d).isEqualTo(inRange);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
            assertThat(outcome.value().dimension()).isEqualTo(d);
        } else {
            Messages.assertClean(outcome.message(), "");
            Messages.assertNamesRange(outcome.message(), AttentionState.MAX_DIMENSION);
        }
    }

    @Property(tries = 600)
    void withHeadsGivesAValidStateOrAMessageNamingTheRange(@ForAll("state") AttentionState state,
                                                           @ForAll("index") int heads) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> state.withHeads(heads));
        boolean fits = heads >= 1 && heads <= AttentionState.MAX_HEADS && state.dimension() % heads == 0;
        assertThat(outcome.accepted()).as("%d heads for d = %d accepted", heads, state.dimension()).isEqualTo(fits);
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        } else if (heads < 1 || heads > AttentionState.MAX_HEADS) {
            Messages.assertClean(outcome.message(), "");
            Messages.assertNamesRange(outcome.message(), AttentionState.MAX_HEADS);
        } else {
            Messages.assertClean(outcome.message(), "");
        }
    }

    @Property(tries = 600)
    void withMatricesGivesAValidStateOrAMessage(@ForAll("state") AttentionState state,
                                                @ForAll("anyMatrix") double[][] q, @ForAll("anyMatrix") double[][] k,
                                                @ForAll("anyMatrix") double[][] v, @ForAll @IntRange(max = 3) int keep) {
        double[][] newQ = (keep & 1) != 0 ? state.q() : q;
        double[][] newK = (keep & 2) != 0 ? state.k() : k;
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class,
                () -> state.withMatrices(newQ, newK, v));
        if (outcome.accepted()) {
            Validity.assertValid(outcome.value());
        } else {
            Messages.assertClean(outcome.message(),
                    Arrays.deepToString(newQ) + Arrays.deepToString(newK) + Arrays.deepToString(v));
        }
    }

    /** Programmatic misuse: null arguments are refused with a message too, not a NullPointerException. */
    @Property(tries = 100)
    void nullArgumentsGiveAMessage(@ForAll("state") AttentionState state, @ForAll @IntRange(max = 4) int which) {
        Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> switch (which) {
            case 0 -> state.withTokens(null);
            case 1 -> state.withTokens(new String[] {"a", null});
            case 2 -> state.withMatrices(null, state.k(), state.v());
            case 3 -> state.withMatrices(state.q(), new double[][] {null, null}, state.v());
            default -> state.withCell(null, 0, 0, 1);
        });
        assertThat(outcome.accepted()).isFalse();
        Messages.assertClean(outcome.message(), "");
    }

    // ---- any sequence of edits ----

    /** One edit, as the view would make it; printed readably in counterexamples. */
    record Edit(String kind, Matrix which, int a, int b, double value, String[] tokens) {

        AttentionState apply(AttentionState s) {
            return switch (kind) {
                case "cell" -> s.withCell(which, a, b, value);
                case "tokens" -> s.withTokens(tokens);
                case "dimension" -> s.withDimension(a);
                case "heads" -> s.withHeads(a);
                case "scaled" -> s.withScaled(a % 2 == 0);
                default -> s.withCausal(a % 2 == 0);
            };
        }

        @Override
        public String toString() {
            return kind + "(" + which + ", " + a + ", " + b + ", " + value + ", "
                    + Messages.escaped(Arrays.toString(tokens)) + ")";
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> kind = Arbitraries.of("cell", "cell", "tokens", "dimension", "heads", "scaled", "causal");
        Arbitrary<Integer> small = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 17)),
                Tuple.of(1, index()));
        Arbitrary<Edit> edit = Combinators.combine(kind, Arbitraries.of(Matrix.class), small, small, anyDouble(),
                tokens()).as(Edit::new);
        return edit.list().ofMaxSize(20);
    }

    @Property(tries = 300)
    void everySequenceOfEditsKeepsTheStateValid(@ForAll("edits") List<Edit> edits) {
        AttentionState state = AttentionState.defaults();
        for (Edit edit : edits) {
            AttentionState from = state;
            Outcome<AttentionState> outcome = Outcome.of(IllegalArgumentException.class, () -> edit.apply(from));
            if (outcome.accepted()) {
                state = outcome.value();
                Validity.assertValid(state);
            } else {
                Messages.assertClean(outcome.message(), edit.value() + " " + String.join("\n", edit.tokens()));
            }
        }
    }
}
