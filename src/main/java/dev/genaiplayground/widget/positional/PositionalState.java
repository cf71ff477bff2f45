package dev.genaiplayground.widget.positional;

import dev.genaiplayground.compute.PositionalEncoding.Scheme;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;
import java.util.Arrays;

/**
 * The positional-encoding widget's state: the table's size (positions × dims), the scheme (sinusoidal, learned or
 * a relative bias), the dimensions drawn as curves, the seed of the random values, and the order demo's sentence.
 */
public record PositionalState(
        @Limits(min = PositionalState.MIN_POSITIONS, max = PositionalState.MAX_POSITIONS) int positions,
        @Limits(min = PositionalState.MIN_DIMS, max = PositionalState.MAX_DIMS, note = "even") int dims,
        @Limits(note = "sinusoidal, learned or relative") Scheme encoding,
        @Limits(min = 0, minCount = 1, maxCount = PositionalState.MAX_CURVES,
                note = "dimensions counted from 0, each below dims") int[] curves,
        @Limits(min = 0, max = PositionalState.MAX_SEED) int seed,
        @Limits(minCount = 2, maxCount = PositionalState.MAX_WORDS, maxLength = StateRules.MAX_LABEL_LENGTH,
                note = "words separated by spaces, at most positions of them; compared with the same words reversed")
        String sentence) {

    public static final int MIN_POSITIONS = 2;
    public static final int MAX_POSITIONS = 48;
    public static final int MIN_DIMS = 2;
    public static final int MAX_DIMS = 48;
    public static final int MAX_CURVES = 4;
    public static final int MAX_SEED = 999_999;
    public static final int MAX_WORDS = 8;

    public PositionalState {
        if (positions < MIN_POSITIONS || positions > MAX_POSITIONS) {
            throw new IllegalArgumentException("positions must be " + MIN_POSITIONS + " to " + MAX_POSITIONS
                    + ", not " + positions + ".");
        }
        if (dims < MIN_DIMS || dims > MAX_DIMS || dims % 2 != 0) {
            throw new IllegalArgumentException("dims must be an even number from " + MIN_DIMS + " to " + MAX_DIMS
                    + " (sine and cosine come in pairs), not " + dims + ".");
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding is missing; use sinusoidal, learned or relative.");
        }
        if (curves == null) {
            throw new IllegalArgumentException("curves is missing.");
        }
        StateRules.requireCount("curves", curves.length, 1, MAX_CURVES);
        curves = curves.clone();
        for (int i = 0; i < curves.length; i++) {
            if (curves[i] < 0 || curves[i] >= dims) {
                throw new IllegalArgumentException("curves: dimension " + curves[i] + " does not exist; with dims = "
                        + dims + " they are numbered 0 to " + (dims - 1) + ".");
            }
            for (int j = 0; j < i; j++) {
                if (curves[j] == curves[i]) {
                    throw new IllegalArgumentException("curves: dimension " + curves[i] + " is there twice.");
                }
            }
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be 0 to " + MAX_SEED + ", not " + seed + ".");
        }
        String[] words = StateRules.words("sentence", sentence, MAX_WORDS, StateRules.MAX_LABEL_LENGTH);
        if (words.length < 2) {
            throw new IllegalArgumentException("sentence needs at least 2 words, so that their order can change.");
        }
        if (words.length > positions) {
            throw new IllegalArgumentException("sentence has " + words.length + " words but there are only "
                    + positions + " positions; raise positions or use fewer words.");
        }
        sentence = String.join(" ", words);
    }

    /** A 32 × 32 sinusoidal table, the curves of its fastest pair (valid for every dims), and "dog bites man". */
    public static PositionalState defaults() {
        return new PositionalState(32, 32, Scheme.SINUSOIDAL, new int[] {0, 1}, 0, "dog bites man");
    }

    @Override
    public int[] curves() {
        return curves.clone();
    }

    public String[] words() {
        return sentence.split(" ");
    }

    public PositionalState withPositions(int count) {
        return new PositionalState(count, dims, encoding, curves, seed, sentence);
    }

    /** A new size; curves beyond it are dropped (dimension 0 stays when none is left). */
    public PositionalState withDims(int count) {
        int[] kept = Arrays.stream(curves).filter(c -> c < count).toArray();
        return new PositionalState(positions, count, encoding, kept.length == 0 ? new int[] {0} : kept, seed,
                sentence);
    }

    public PositionalState withEncoding(Scheme scheme) {
        return new PositionalState(positions, dims, scheme, curves, seed, sentence);
    }

    public PositionalState withCurves(int[] chosen) {
        return new PositionalState(positions, dims, encoding, chosen, seed, sentence);
    }

    public PositionalState withSeed(int newSeed) {
        return new PositionalState(positions, dims, encoding, curves, newSeed, sentence);
    }

    public PositionalState withSentence(String text) {
        return new PositionalState(positions, dims, encoding, curves, seed, text);
    }

    @Override
    public boolean equals(Object other) {
        return StateRecords.equal(this, other);
    }

    @Override
    public int hashCode() {
        return StateRecords.hash(this);
    }

    @Override
    public String toString() {
        return StateRecords.text(this);
    }
}
