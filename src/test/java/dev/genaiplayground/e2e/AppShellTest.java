package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The frame around the lessons: home, navigation, gallery, theme, not-found pages and a phone-sized screen. */
class AppShellTest extends BrowserTest {

    @Test
    void theHomePageSaysWhatThisIsAndWhereToStart() {
        open("");
        assertThat(page.locator("h1").textContent()).contains("transformers");
        page.locator(".call-to-action").click();
        waitForVaadin();
        assertThat(page.url()).contains("/lessons/");
    }

    @Test
    void theGalleryListsEveryWidget() {
        open("widgets");
        assertThat(page.locator(".card-title").allTextContents())
                .contains("Softmax and cross-entropy", "Attention");
        page.locator("a.card[href='widgets/attention']").click();
        waitForVaadin();
        assertThat(page.locator(".attention-widget").isVisible()).isTrue();
    }

    @Test
    void theThemeChoiceIsRememberedAcrossReloads() {
        open("");
        String initial = page.locator("html").getAttribute("theme");
        page.locator(".theme-toggle").click();
        String toggled = page.locator("html").getAttribute("theme");
        assertThat(toggled).isNotEqualTo(initial);

        page.reload();
        waitForVaadin();
        assertThat(page.locator("html").getAttribute("theme")).isEqualTo(toggled);
    }

    @Test
    void anUnknownLessonGetsAFriendlyNotFoundPage() {
        open("lessons/no-such-lesson");
        assertThat(page.locator("main").textContent()).contains("There is no lesson called “no-such-lesson”");
        assertThat(page.locator("main a").first().isVisible()).isTrue();
    }

    @Test
    void anUnknownWidgetGetsAFriendlyNotFoundPage() {
        open("widgets/no-such-widget?x=1");
        assertThat(page.locator("main").textContent()).contains("There is no widget called “no-such-widget”");
    }

    @Test
    void aMalformedWidgetBlockShowsItsLineAndTheRestOfTheLessonStillRenders() {
        // src/test/resources/content/lessons/broken-lesson.md exists only on the test classpath.
        open("lessons/broken-lesson");
        assertThat(page.locator(".lesson-problem").first().textContent()).contains("Line 11").contains("temperature");
        assertThat(page.locator(".softmax-widget").count()).isEqualTo(1);
        assertThat(page.locator(".lesson > lesson-content").last().textContent()).contains("after the broken block");
    }

    @Test
    void onAPhoneTheMenuOpensAndLeadsToALesson() {
        page.setViewportSize(390, 844);
        open("");
        page.getByLabel("Show or hide the lesson menu").click();
        withText("vaadin-side-nav-item", "Attention").first().click();
        waitForVaadin();
        assertThat(page.url()).endsWith("/lessons/attention");
        long overflow = ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    @Test
    void endAfterAClickInTheMenuScrollsTheLessonNotTheDocument() {
        open("lessons/attention");
        withText("vaadin-side-nav-item", "Attention").first().click();
        page.keyboard().press("End");
        page.keyboard().press("PageDown");
        page.waitForTimeout(300);

        assertThat(((Number) page.evaluate("() => document.scrollingElement.scrollTop")).intValue())
                .as("the document itself does not scroll (before, it scrolled past the app and showed a blank page)")
                .isZero();
        assertThat(page.locator(".lesson h1").boundingBox().y).as("the lesson is still where it was").isBetween(0.0,
                900.0);
    }
}
