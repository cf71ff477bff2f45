package dev.genaiplayground.widget.masks;

import dev.genaiplayground.widget.PersonText;
import java.util.regex.Pattern;

/** A sentence a person typed, split into words on white space (any kind), each word checked like a label. */
final class Sentence {

    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    private Sentence() {
    }

    /**
     * The words of {@code text}: NFC-normalised, split on white space; refused with a message that starts with
     * {@code name} when there are none, too many, or one is too long or holds a character nobody can see.
     */
    static String[] words(String name, String text, int maxWords, int maxLength) {
        if (text == null) {
            throw new IllegalArgumentException(name + " is missing.");
        }
        String tidy = PersonText.tidy(text);
        String[] words = tidy.isEmpty() ? new String[0] : SPACES.split(tidy);
        if (words.length == 0) {
            throw new IllegalArgumentException(name + " has no words; type at least one.");
        }
        if (words.length > maxWords) {
            throw new IllegalArgumentException(name + " has " + words.length + " words; use at most " + maxWords
                    + ".");
        }
        for (int i = 0; i < words.length; i++) {
            String invisible = PersonText.firstInvisible(words[i]);
            if (invisible != null) {
                throw new IllegalArgumentException(name + ": word " + (i + 1) + " contains a character that cannot "
                        + "be seen (" + invisible + "); remove it.");
            }
            if (PersonText.length(words[i]) > maxLength) {
                throw new IllegalArgumentException(name + ": word " + (i + 1) + " (“"
                        + PersonText.quote(words[i], 12) + "”) is longer than " + maxLength + " characters.");
            }
        }
        return words;
    }
}
