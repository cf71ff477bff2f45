package dev.genaiplayground.widget.bpe;

import dev.genaiplayground.compute.Bpe;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.PersonText;
import dev.genaiplayground.widget.StateRecords;
import java.nio.charset.StandardCharsets;

/**
 * The BPE widget's whole state: the training text, how many merges to learn (the vocabulary is 256 bytes plus one
 * token per merge), a test sentence to encode, the merge on show when stepping through training, and the context
 * window (in tokens) that the meter measures the training text against. Text is kept exactly as typed (not
 * normalised): a decomposed "é" is other bytes than a composed one, and BPE sees the difference.
 */
public record BpeState(
        @Limits(maxLength = Bpe.MAX_TEXT_BYTES, note = "at most " + Bpe.MAX_TEXT_BYTES + " bytes in UTF-8; line "
                + "breaks allowed") String text,
        @Limits(min = 0, max = Bpe.MAX_MERGES, note = "vocabulary size = 256 + merges") int merges,
        @Limits(maxLength = Bpe.MAX_SENTENCE_BYTES, note = "one line, at most " + Bpe.MAX_SENTENCE_BYTES
                + " bytes in UTF-8") String sentence,
        @Limits(min = 0, note = "the merge on show, 0 to merges") int step,
        @Limits(min = 1, max = Bpe.MAX_CONTEXT, note = "tokens") int context) {

    public static final int MAX_MERGES = Bpe.MAX_MERGES;
    public static final int MAX_CONTEXT = Bpe.MAX_CONTEXT;

    public BpeState {
        checkText("text", text, Bpe.MAX_TEXT_BYTES, true);
        if (merges < 0 || merges > MAX_MERGES) {
            throw new IllegalArgumentException("merges must be 0 to " + MAX_MERGES + ", not " + merges + ".");
        }
        checkText("sentence", sentence, Bpe.MAX_SENTENCE_BYTES, false);
        if (step < 0 || step > merges) {
            throw new IllegalArgumentException("step is the merge on show: 0 to merges (" + merges + "), not " + step
                    + ".");
        }
        if (context < 1 || context > MAX_CONTEXT) {
            throw new IllegalArgumentException("context must be 1 to " + MAX_CONTEXT + " tokens, not " + context
                    + ".");
        }
    }

    /** Pride and Prejudice, 60 merges, a sentence in its words, the first merge on show, a 512-token window. */
    public static BpeState defaults() {
        return new BpeState(BpeSamples.text("austen"), 60, "A single man of good fortune wants a wife.", 1, 512);
    }

    public BpeState withText(String value) {
        return new BpeState(value, merges, sentence, step, context);
    }

    /** A new number of merges; the merge on show stays, or becomes the last one if it no longer exists. */
    public BpeState withMerges(int value) {
        return new BpeState(text, value, sentence, value >= 0 ? Math.min(step, value) : step, context);
    }

    public BpeState withSentence(String value) {
        return new BpeState(text, merges, value, step, context);
    }

    public BpeState withStep(int value) {
        return new BpeState(text, merges, sentence, value, context);
    }

    public BpeState withContext(int value) {
        return new BpeState(text, merges, sentence, step, value);
    }

    private static void checkText(String name, String text, int maxBytes, boolean lineBreaks) {
        if (text == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; type some text.");
        }
        String[] lines = text.split("\n", -1);
        if (!lineBreaks && lines.length > 1) {
            throw new IllegalArgumentException(name + " must be one line.");
        }
        for (String line : lines) {
            String invisible = PersonText.firstInvisible(line);
            if (invisible != null) {
                throw new IllegalArgumentException(name + " contains a character that cannot be seen (" + invisible
                        + "); remove it.");
            }
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new IllegalArgumentException(name + " is " + bytes + " bytes in UTF-8; at most " + maxBytes
                    + " are allowed (an English letter is 1 byte, an accented letter 2, a CJK character 3, an "
                    + "emoji 4).");
        }
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
