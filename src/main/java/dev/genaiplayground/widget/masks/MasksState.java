package dev.genaiplayground.widget.masks;

import dev.genaiplayground.compute.AttentionMasks.Architecture;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;

/**
 * The attention-masks widget's state: the architecture, the sentence its encoder (or, decoder-only, its decoder)
 * reads, the target sentence an encoder–decoder's decoder writes, and the seed of the word embeddings. Sentences
 * are kept as their words joined by single spaces.
 */
public record MasksState(
        @Limits(note = "encoder (bidirectional), decoder (causal) or encoder-decoder (both, plus cross-attention)")
        Architecture architecture,
        @Limits(minCount = 1, maxCount = MasksState.MAX_WORDS, maxLength = StateRules.MAX_LABEL_LENGTH,
                note = "words separated by spaces") String sentence,
        @Limits(minCount = 1, maxCount = MasksState.MAX_WORDS, maxLength = StateRules.MAX_LABEL_LENGTH,
                note = "the decoder's words, used by encoder-decoder") String target,
        @Limits(min = 0, max = MasksState.MAX_SEED) int seed) {

    public static final int MAX_WORDS = 12;
    public static final int MAX_SEED = 999_999;

    public MasksState {
        if (architecture == null) {
            throw new IllegalArgumentException("architecture is missing; use encoder, decoder or encoder-decoder.");
        }
        sentence = String.join(" ", StateRules.words("sentence", sentence, MAX_WORDS, StateRules.MAX_LABEL_LENGTH));
        target = String.join(" ", StateRules.words("target", target, MAX_WORDS, StateRules.MAX_LABEL_LENGTH));
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be 0 to " + MAX_SEED + ", not " + seed + ".");
        }
    }

    /** A GPT-style decoder reading "the dog bites the man"; the target is a French translation. */
    public static MasksState defaults() {
        return new MasksState(Architecture.DECODER, "the dog bites the man", "le chien mord l’homme", 0);
    }

    public String[] sentenceWords() {
        return sentence.split(" ");
    }

    public String[] targetWords() {
        return target.split(" ");
    }

    public MasksState withArchitecture(Architecture newArchitecture) {
        return new MasksState(newArchitecture, sentence, target, seed);
    }

    public MasksState withSentence(String text) {
        return new MasksState(architecture, text, target, seed);
    }

    public MasksState withTarget(String text) {
        return new MasksState(architecture, sentence, text, seed);
    }

    public MasksState withSeed(int newSeed) {
        return new MasksState(architecture, sentence, target, newSeed);
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
