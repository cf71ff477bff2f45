package dev.genaiplayground.widget.bleurouge;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.PersonText;
import dev.genaiplayground.widget.StateRecords;

/**
 * The BLEU and ROUGE widget's state: the candidate sentence to score, one to {@value #MAX_REFERENCES} reference
 * sentences, and which matches to highlight. Texts are tidied as every typed name is ({@link PersonText#tidy}: NFC,
 * no white space at either end), must not be empty, hold no character nobody can see (line breaks included) and
 * are at most {@value #MAX_TEXT_LENGTH} characters (code points) long.
 */
public record BleuRougeState(
        @Limits(maxLength = BleuRougeState.MAX_TEXT_LENGTH, note = "the sentence to score; not empty") String candidate,
        @Limits(minCount = BleuRougeState.MIN_REFERENCES, maxCount = BleuRougeState.MAX_REFERENCES,
                maxLength = BleuRougeState.MAX_TEXT_LENGTH, note = "sentences to compare with; none empty")
        String[] references,
        @Limits(note = "which matches are marked in the sentences") Highlight highlight) {

    public static final int MAX_TEXT_LENGTH = 280;
    public static final int MIN_REFERENCES = 1;
    public static final int MAX_REFERENCES = 4;

    /** Which matches the sentences show. */
    public enum Highlight {
        /** Matched words (1-grams). */
        UNIGRAMS(1),
        BIGRAMS(2),
        TRIGRAMS(3),
        FOURGRAMS(4),
        /** The longest common subsequence with each reference (ROUGE-L). */
        LCS(0);

        private final int order;

        Highlight(int order) {
            this.order = order;
        }

        /** The n of the n-grams marked, or 0 for the longest common subsequence. */
        public int order() {
            return order;
        }
    }

    public BleuRougeState {
        candidate = text("candidate", "candidate", candidate);
        if (references == null) {
            throw new IllegalArgumentException("references is missing.");
        }
        if (references.length < MIN_REFERENCES || references.length > MAX_REFERENCES) {
            throw new IllegalArgumentException("references: give " + MIN_REFERENCES + " to " + MAX_REFERENCES
                    + " reference sentences, not " + references.length + ".");
        }
        String[] tidied = new String[references.length];
        for (int i = 0; i < references.length; i++) {
            tidied[i] = text("references", "reference " + (i + 1), references[i]);
        }
        references = tidied;
        if (highlight == null) {
            throw new IllegalArgumentException("highlight is missing.");
        }
    }

    /** The lesson's worked example: BLEU 0.489 (smoothed 0.592), ROUGE-1, ROUGE-L F1 6/7, ROUGE-2 F1 2/3. */
    public static BleuRougeState defaults() {
        return new BleuRougeState("The cat sat on the mat.",
                new String[] {"The cat is on the mat.", "There is a cat on the mat."}, Highlight.BIGRAMS);
    }

    @Override
    public String[] references() {
        return references.clone();
    }

    public BleuRougeState withCandidate(String text) {
        return new BleuRougeState(text, references, highlight);
    }

    public BleuRougeState withReferences(String[] texts) {
        return new BleuRougeState(candidate, texts, highlight);
    }

    public BleuRougeState withHighlight(Highlight value) {
        return new BleuRougeState(candidate, references, value);
    }

    /**
     * Checks and tidies one text. Messages start with the setting's name, so that a link or the API can say which
     * setting is wrong: "candidate is empty: ...", "references: reference 2 is empty; ...".
     */
    private static String text(String setting, String what, String text) {
        String subject = setting.equals("candidate") ? "candidate" : "references: " + what;
        if (text == null) {
            throw new IllegalArgumentException(subject + " is missing.");
        }
        String tidy = PersonText.tidy(text);
        if (tidy.isEmpty()) {
            throw new IllegalArgumentException(subject + (setting.equals("candidate")
                    ? " is empty: type a sentence to score." : " is empty; type a sentence or remove it."));
        }
        String invisible = PersonText.firstInvisible(tidy);
        if (invisible != null) {
            boolean lineBreak = invisible.equals("U+000A") || invisible.equals("U+000D");
            throw new IllegalArgumentException(subject + " contains a character that cannot be seen (" + invisible
                    + (lineBreak ? ", a line break" : "") + "); remove it.");
        }
        int length = PersonText.length(tidy);
        if (length > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(subject + " is " + length + " characters long; at most "
                    + MAX_TEXT_LENGTH + " are allowed.");
        }
        return tidy;
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
