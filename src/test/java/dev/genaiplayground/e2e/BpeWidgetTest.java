package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The BPE widget as a learner uses it: the merges slider by keyboard, stepping by mouse, typing a sentence. */
class BpeWidgetTest extends BrowserTest {

    private Locator widget() {
        return page.locator(".bpe-widget");
    }

    /** A count from the lengths table: row 0 characters, 1 bytes, 2 tokens; column 0 sentence, 1 training text. */
    private int count(int row, int column) {
        return Integer.parseInt(widget().locator(".bpe-counts tbody tr").nth(row).locator("td").nth(column)
                .getAttribute("data-value"));
    }

    @Test
    void theMergesSliderByKeyboardTradesVocabularyForTokens() {
        open("widgets/bpe");
        assertThat(count(2, 0)).isEqualTo(30); // "A single man of good fortune wants a wife." at 60 merges
        assertThat(count(1, 0)).isEqualTo(42);

        Locator slider = widget().locator(".bpe-merges input[type=range]");
        slider.focus();
        page.keyboard().press("Home");
        page.waitForCondition(() -> page.url().contains("merges=0"));
        page.waitForCondition(() -> count(2, 0) == 42);
        assertThat(count(2, 0)).as("with no merges every byte is a token").isEqualTo(count(1, 0));
        assertThat(count(2, 1)).isEqualTo(count(1, 1)).isEqualTo(832);
        assertThat(widget().locator(".bpe-meter-note").textContent()).contains("832 tokens")
                .contains("does not fit");

        page.keyboard().press("ArrowRight");
        page.waitForCondition(() -> page.url().contains("merges=1&"));
        assertThat(count(2, 1)).isEqualTo(813);
        assertThat(widget().locator(".bpe-merges label").first().textContent()).contains("257 tokens");
    }

    @Test
    void nextAndPreviousMergeStepThroughTrainingWithTheMouse() {
        open("widgets/bpe");
        Locator note = widget().locator(".bpe-step-note");
        assertThat(note.textContent()).contains("Merge 1 of 60").contains("“␣” + “t”").contains("seen 19 times");
        assertThat(widget().locator(".bpe-text-tokens .bpe-chip-new .bpe-chip-text").first().textContent())
                .isEqualTo("␣t");

        widget().locator(".bpe-next").click();
        page.waitForCondition(() -> note.textContent().contains("Merge 2 of 60"));
        assertThat(note.textContent()).contains("“e” + “␣”").contains("from 813 to 795 tokens");
        assertThat(widget().locator(".bpe-text-tokens .bpe-chip-new .bpe-chip-text").first().textContent())
                .isEqualTo("e␣");
        assertThat(page.url()).contains("step=2");

        widget().locator(".bpe-previous").click();
        page.waitForCondition(() -> note.textContent().contains("Merge 1 of 60"));
    }

    @Test
    void accentsEmojiAndCjkDecodeBackExactlyAndTokensStayText() {
        open("widgets/bpe");
        String sentence = "naïve café 東京 🙂 <b>x</b>";
        Locator field = widget().locator(".bpe-sentence input");
        field.fill(sentence);
        field.press("Enter");
        page.waitForCondition(() -> widget().locator(".bpe-decoded").textContent().contains("東京"));

        assertThat(widget().locator(".bpe-decoded").textContent()).contains("“" + sentence + "”")
                .contains("exactly the sentence");
        assertThat(count(0, 0)).isEqualTo(sentence.codePointCount(0, sentence.length()));
        assertThat(count(1, 0)).isEqualTo(sentence.getBytes(StandardCharsets.UTF_8).length);
        assertThat(String.join("", widget().locator(".bpe-sentence-tokens .bpe-chip-text").allTextContents()))
                .contains("<0xF0>").contains("<b>");
        assertThat(widget().locator(".bpe-sentence-tokens b").count()).as("no markup from the text").isZero();
    }

    @Test
    void pickingASampleAndA128kWindow() {
        open("widgets/bpe");
        widget().locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Chinese")).click();
        page.waitForCondition(() -> widget().locator(".bpe-text textarea").inputValue().startsWith("子曰"));

        widget().locator("vaadin-button", new Locator.LocatorOptions().setHasText("128K")).click();
        page.waitForCondition(() -> page.url().contains("context=131072"));
        assertThat(widget().locator(".bpe-meter-note").textContent()).contains("131,072-token window")
                .doesNotContain("does not fit");
    }
}
