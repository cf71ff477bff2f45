package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels and tokens: what counts as empty, as the same name, as invisible, and how messages quote them. */
class PersonTextTest {

    @ParameterizedTest(name = "[{index}] U+{0}")
    @ValueSource(strings = {"0000", "200B", "FEFF", "202E", "00A0", "2028", "3000"})
    void aLabelOfOnlyAnInvisibleOrSpaceCharacterIsRefused(String hex) {
        String label = new String(Character.toChars(Integer.parseInt(hex, 16)));

        assertThatThrownBy(() -> StateRules.labels("labels", new String[] {"a", label}, 2, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("labels: name 2 ");
    }

    @Test
    void aNameWithAHiddenCharacterIsRefusedSoThatItCannotPassForAnother() {
        assertThatThrownBy(() -> StateRules.labels("labels", new String[] {"cat", "cat\u200B"}, 2, true))
                .hasMessage("labels: name 2 contains a character that cannot be seen (U+200B); remove it.");
        assertThatThrownBy(() -> StateRules.labels("labels", new String[] {"c\u202Eat", "dog"}, 2, true))
                .hasMessage("labels: name 1 contains a character that cannot be seen (U+202E); remove it.");
    }

    @Test
    void spacesOfEveryKindAreTrimmedAndBothWaysOfWritingAnAccentAreOneName() {
        assertThat(StateRules.labels("labels", new String[] {"\u00A0cat\u3000", "dog"}, 2, true))
                .containsExactly("cat", "dog");
        assertThatThrownBy(() -> StateRules.labels("labels", new String[] {"caf\u00E9", "cafe\u0301"}, 2, true))
                .hasMessage("labels: 'café' is there twice; give each a different name.");
    }

    @Test
    void emojiSequencesWithJoinersAndOtherScriptsAreWelcome() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(StateRules.labels("labels", new String[] {family, "ქართული", "中文", "عربي"}, 4, true))
                .containsExactly(family, "ქართული", "中文", "عربي");
    }

    @Test
    void lengthCountsWhatAPersonSeesSoTwentyFourEmojiFit() {
        String emoji = "\uD83D\uDE00".repeat(StateRules.MAX_LABEL_LENGTH);
        assertThat(StateRules.labels("labels", new String[] {emoji, "b"}, 2, true)).contains(emoji);
        assertThatThrownBy(() -> StateRules.labels("labels", new String[] {emoji + "x", "b"}, 2, true))
                .hasMessage("labels: name 1 is longer than 24 characters.");
    }

    @Test
    void quotingNeverCutsAnEmojiInHalfNorRepeatsAnInvisibleCharacter() {
        String quoted = PersonText.quote("\uD83D\uDE00".repeat(30), 20);
        assertThat(quoted).isEqualTo("\uD83D\uDE00".repeat(19) + "…");
        assertThat(quoted.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
        assertThat(PersonText.quote("a\u0000b\u200Bc", 20)).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void anIndexPastTheEndIsNamedWithoutOverflow() {
        assertThatThrownBy(() -> StateRules.requireIndex("class", Integer.MAX_VALUE, 3))
                .hasMessage("There is no class number 2147483648; they are numbered 1 to 3.");
    }
}
