package dev.genaiplayground.widget;

/** Names as long as a link can make them, for {@link WidgetDefinition#largestState()}. */
public final class LongestText {

    private LongestText() {
    }

    /**
     * A label of {@link StateRules#MAX_LABEL_LENGTH} emoji, distinct for each {@code index}: every emoji is four
     * UTF-8 bytes, twelve characters once percent-encoded in a link, the most any character takes.
     */
    public static String label(int index) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < StateRules.MAX_LABEL_LENGTH; i++) {
            label.appendCodePoint(0x1F600 + (index + i) % 64);
        }
        return label.toString();
    }
}
