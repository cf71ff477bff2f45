package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The softmax widget as a learner uses it: dragging, keys, deep links and a bad link. */
class SoftmaxWidgetTest extends BrowserTest {

    private static final int LOGIT = 0;
    private static final int PROBABILITY = 1;

    @Test
    void draggingABarUpChangesTheProbabilitiesWhichStillSumToOne() {
        open("lessons/softmax-cross-entropy");
        Locator widget = page.locator(".softmax-widget");
        widget.scrollIntoViewIfNeeded();
        double[] before = column(widget, PROBABILITY);
        assertThat(before).containsExactly(new double[] {0.659001, 0.242433, 0.098566}, within(1e-6));
        Locator check = page.locator(".goal-panel");
        assertThat(check.getAttribute("data-reached")).isEqualTo("false");

        Locator bird = widget.locator("logit-bars .track").nth(2);
        bird.scrollIntoViewIfNeeded();
        BoundingBox box = bird.boundingBox();
        double x = box.x + box.width / 2;
        page.mouse().move(x, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(x, box.y + box.height * 0.1, new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();

        page.waitForCondition(() -> column(widget, PROBABILITY)[2] > 0.5);
        double[] after = column(widget, PROBABILITY);
        assertThat(column(widget, LOGIT)[2]).isGreaterThan(3);
        assertThat(after[0]).isLessThan(before[0]);
        assertThat(Arrays.stream(after).sum()).isCloseTo(1, within(1e-9));
        // The lesson's self-check (bird above 0.5) notices, and says so in words.
        page.waitForCondition(() -> "true".equals(check.getAttribute("data-reached")));
        assertThat(check.locator(".goal-status").innerText()).startsWith("✓ Done");
    }

    @Test
    void arrowKeysOnAFocusedBarChangeItsLogit() {
        open("widgets/softmax");
        Locator widget = page.locator(".softmax-widget");
        widget.locator("logit-bars .track").nth(1).focus();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Shift+ArrowUp");

        page.waitForCondition(() -> Math.abs(column(widget, LOGIT)[1] - 2.2) < 1e-9);
        assertThat(Arrays.stream(column(widget, PROBABILITY)).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void reloadingTheDeepLinkRestoresTheSameState() {
        open("widgets/softmax");
        Locator widget = page.locator(".softmax-widget");
        widget.locator("logit-bars .track").nth(0).focus();
        for (int i = 0; i < 5; i++) {
            page.keyboard().press("ArrowDown");
        }
        page.waitForCondition(() -> page.url().contains("logits=1.5,1,0.1"));
        double[] probabilities = column(widget, PROBABILITY);

        page.reload();
        waitForVaadin();

        assertThat(page.url()).contains("logits=1.5,1,0.1");
        assertThat(column(page.locator(".softmax-widget"), LOGIT)).containsExactly(1.5, 1, 0.1);
        assertThat(column(page.locator(".softmax-widget"), PROBABILITY)).containsExactly(probabilities);
    }

    @Test
    void theLessonLinksToTheWidgetsOwnPageWithWhatTheLearnerMade() {
        open("lessons/softmax-cross-entropy");
        Locator widget = page.locator(".softmax-widget");
        widget.locator("logit-bars .track").nth(1).focus();
        page.keyboard().press("PageUp");
        page.waitForCondition(() -> page.locator(".widget-own-page-link").getAttribute("href").contains("logits=2,2,0.1"));

        page.locator(".widget-own-page-link").click();
        waitForVaadin();

        assertThat(page.url()).contains("/widgets/softmax?logits=2,2,0.1");
        assertThat(column(page.locator(".softmax-widget"), LOGIT)).containsExactly(2, 2, 0.1);
    }

    @Test
    void renamingAClassRelabelsTheChartAndTheLink() {
        open("widgets/softmax");
        Locator label = page.locator(".softmax-widget logit-bars input.label").nth(2);
        label.fill("fish");
        label.press("Enter");

        page.waitForCondition(() -> page.url().contains("labels=cat,dog,fish"));
        page.waitForCondition(() -> String.valueOf(page.evaluate(
                "() => document.querySelector('.softmax-widget apex-chart').options.xaxis.categories"))
                .contains("fish"));
        assertThat(page.locator(".softmax-widget .value-table tbody th").allTextContents())
                .containsExactly("cat", "dog", "fish");
    }

    @Test
    void aSharedLinkOpensExactlyItsState() {
        open("widgets/softmax?logits=1,2,3,4&labels=a,b,c,d&temperature=2&target=3");
        Locator widget = page.locator(".softmax-widget");
        // softmax([1, 2, 3, 4] / 2), computed independently with NumPy
        assertThat(column(widget, PROBABILITY)).containsExactly(
                new double[] {0.10153632, 0.16740504, 0.27600434, 0.45505430}, within(1e-6));
        assertThat(widget.locator(".softmax-loss").textContent()).contains("target “d”");
    }

    @Test
    void aBadLinkExplainsTheProblemAndShowsTheDefault() {
        Response response = page.navigate("http://localhost:" + port + "/widgets/softmax?logits=1,NaN&target=0");
        waitForVaadin();
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator(".page-problem").textContent()).contains("'NaN' is not a number");
        assertThat(column(page.locator(".softmax-widget"), LOGIT)).containsExactly(2, 1, 0.1);
    }

    @Test
    void typingADecimalCommaOrHexInALogitGetsAMessageAndChangesNothing() {
        open("widgets/softmax");
        Locator widget = page.locator(".softmax-widget");
        Locator field = widget.locator("logit-bars input:not(.label)").nth(1);
        field.fill("1,5");
        field.press("Enter");
        waitForVaadin();
        assertThat(widget.locator(".widget-problem").textContent())
                .isEqualTo("The logit of “dog”: '1,5' is not a number; write decimals with a point: 1.5.");
        field.fill("0x10");
        field.press("Enter");
        waitForVaadin();
        assertThat(widget.locator(".widget-problem").textContent()).contains("'0x10' is not a number.");
        assertThat(column(widget, LOGIT)).containsExactly(2, 1, 0.1);

        field.fill("−1.5");
        field.press("Enter");
        page.waitForCondition(() -> column(widget, LOGIT)[1] == -1.5);
    }

    /** One numeric column of the widget's table, exactly as computed (from data-value). */
    private static double[] column(Locator widget, int column) {
        return widget.locator(".value-table tbody td[data-column='" + column + "']").all().stream()
                .mapToDouble(cell -> Double.parseDouble(cell.getAttribute("data-value"))).toArray();
    }
}
