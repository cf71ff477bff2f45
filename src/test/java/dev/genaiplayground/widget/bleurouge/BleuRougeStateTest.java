package dev.genaiplayground.widget.bleurouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.bleurouge.BleuRougeState.Highlight;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The BLEU and ROUGE state: tidied texts, limits with messages that name the setting, and its text form. */
class BleuRougeStateTest {

    private final BleuRougeState base = BleuRougeState.defaults();
    private final StateCodec<BleuRougeState> codec = StateCodec.of(BleuRougeState.class);

    @Test
    void textsAreTidiedAndCopied() {
        String[] refs = {"  e\u0301t\u00e9  "};
        BleuRougeState state = base.withReferences(refs).withCandidate("\u00a0hi ");
        refs[0] = "changed";
        assertThat(state.references()).containsExactly("\u00e9t\u00e9");
        assertThat(state.candidate()).isEqualTo("hi");
        state.references()[0] = "changed again";
        assertThat(state.references()).containsExactly("\u00e9t\u00e9");
    }

    @Test
    void anEmptyCandidateIsRefusedWithAMessage() {
        assertThatThrownBy(() -> base.withCandidate("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidate is empty: type a sentence to score.");
    }

    @Test
    void limitsOnLengthAndCount() {
        assertThatThrownBy(() -> base.withCandidate("x".repeat(BleuRougeState.MAX_TEXT_LENGTH + 1)))
                .hasMessage("candidate is 281 characters long; at most 280 are allowed.");
        assertThat(base.withCandidate("😀".repeat(BleuRougeState.MAX_TEXT_LENGTH)).candidate())
                .as("an emoji is one character").hasSize(2 * BleuRougeState.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> base.withReferences(new String[] {"a", "b", "c", "d", "e"}))
                .hasMessage("references: give 1 to 4 reference sentences, not 5.");
        assertThatThrownBy(() -> base.withReferences(new String[0]))
                .hasMessage("references: give 1 to 4 reference sentences, not 0.");
        assertThatThrownBy(() -> base.withReferences(new String[] {"a", " "}))
                .hasMessage("references: reference 2 is empty; type a sentence or remove it.");
    }

    @Test
    void invisibleCharactersAndLineBreaksAreRefused() {
        assertThatThrownBy(() -> base.withCandidate("a\u200bb"))
                .hasMessage("candidate contains a character that cannot be seen (U+200B); remove it.");
        assertThatThrownBy(() -> base.withReferences(new String[] {"one\ntwo"}))
                .hasMessage("references: reference 1 contains a character that cannot be seen (U+000A, a line "
                        + "break); remove it.");
    }

    @Test
    void aLinkNamesTheSettingThatIsWrong() {
        assertThatThrownBy(() -> codec.fromSettings(Map.of("candidate", " "), base))
                .isInstanceOf(InvalidStateException.class)
                .satisfies(e -> assertThat(((InvalidStateException) e).setting()).contains("candidate"));
        assertThatThrownBy(() -> codec.fromSettings(Map.of("references", "a,,b"), base))
                .satisfies(e -> assertThat(((InvalidStateException) e).setting()).contains("references"));
    }

    @Test
    void commasAndSemicolonsInReferencesSurviveTheTextForm() throws Exception {
        BleuRougeState state = base.withReferences(new String[] {"Hello, world; 100% sure", "a,b"})
                .withHighlight(Highlight.LCS);
        Map<String, String> settings = codec.toSettings(state);
        assertThat(settings).containsEntry("highlight", "lcs");
        assertThat(codec.fromSettings(settings, base)).isEqualTo(state);
    }
}
