package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A teacher and two students (one on a phone), each in their own browser context, through a whole class: joining,
 * following, exploring freely and coming back, a question with an answer shown to the class, a saved moment to
 * step back to, a pause, and the end.
 */
class ClassroomTest extends BrowserTest {

    private static final int LOGIT = 0;

    @Test
    void aTeacherLeadsTwoStudentsThroughAClass() {
        Page teacher = page;
        // From a widget page, in the state the teacher made there.
        open("widgets/softmax?logits=2,1,0.1&labels=cat,dog,bird");
        teacher.locator("a.widget-teach-link").click();
        teacher.waitForCondition(() -> teacher.url().contains("/teach?widget=softmax"));
        waitForVaadin();
        teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("Start a class")).click();
        teacher.waitForCondition(() -> teacher.url().contains("/teach/") && teacher.url().contains("key="));
        waitForVaadin();
        String code = teacher.locator(".class-code").innerText().replace(" ", "");
        assertThat(code).matches("[A-Z0-9]{6}");
        teacher.waitForCondition(() -> teacher.locator(".class-qr").getAttribute("src") != null);

        Browser browser = context.browser();
        BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        try {
            Page ada = join(laptop, "join/" + code, null, "Ada");
            Page bo = join(phone, "join", code, "Bo");
            teacher.waitForCondition(() -> teacher.locator(".class-count").innerText().startsWith("2 students"));

            // Follow: the teacher raises dog's logit; both students see it, and cannot change it themselves.
            teacher.locator(".softmax-widget logit-bars .track").nth(1).focus();
            teacher.keyboard().press("Shift+ArrowUp");
            for (Page student : new Page[] {ada, bo}) {
                student.waitForCondition(() -> logit(student, 1) == 2.0);
            }
            ada.locator(".softmax-widget logit-bars .track").nth(0).focus();
            ada.keyboard().press("Shift+ArrowUp");
            ada.waitForTimeout(500);
            // A forged edit from Ada's browser (the event the bars send, dispatched by a script) changes nothing.
            ada.evaluate("document.querySelector('.softmax-widget logit-bars').dispatchEvent(new CustomEvent("
                    + "'value-commit', {detail: {index: 0, value: 9}, bubbles: true, composed: true}))");
            ada.waitForTimeout(500);
            assertThat(logit(ada, 0)).as("a follower cannot change the class's widget").isEqualTo(2.0);
            assertThat(logit(teacher, 0)).isEqualTo(2.0);
            assertThat(logit(bo, 0)).isEqualTo(2.0);

            // Free: Ada explores on her own, the teacher sees it, and she comes back to the teacher's state.
            teacher.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Explore freely")).click();
            ada.waitForCondition(() -> ada.locator(".class-status").innerText().contains("Free time"));
            ada.locator(".softmax-widget logit-bars .track").nth(0).focus();
            ada.keyboard().press("Shift+ArrowUp");
            ada.waitForCondition(() -> logit(ada, 0) == 3.0);
            teacher.waitForCondition(() -> teacher.locator(".class-roster").innerText()
                    .contains("Ada · exploring on their own"));
            assertThat(logit(bo, 0)).as("Ada's change is hers alone").isEqualTo(2.0);
            ada.locator("vaadin-button", new Page.LocatorOptions().setHasText("Back to the teacher")).click();
            ada.waitForCondition(() -> logit(ada, 0) == 2.0);

            // Ada's server session is lost (cookies gone, as after a server restart): she rejoins with the key her
            // browser kept, under the same name, in step with the teacher.
            laptop.clearCookies();
            ada.reload();
            ada.waitForCondition(() -> ada.locator(".class-status").count() > 0
                    && ada.locator(".class-status").innerText().startsWith("Ada · "));
            ada.waitForCondition(() -> logit(ada, 1) == 2.0);
            teacher.waitForCondition(() -> teacher.locator(".class-count").innerText().startsWith("2 students"));

            // A question from the softmax lesson: Ada answers it with her own copy, the teacher sees it live
            // and shows her answer to the class.
            teacher.locator("vaadin-select", new Page.LocatorOptions().setHasText("No question")).click();
            teacher.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("“bird”")).click();
            ada.waitForCondition(() -> ada.locator(".goal-panel .goal-question").count() > 0);
            teacher.waitForCondition(() -> teacher.locator(".class-answered").innerText().equals("0 of 2 answered"));
            ada.locator(".softmax-widget logit-bars .track").nth(2).focus();
            for (int i = 0; i < 4; i++) {
                ada.keyboard().press("Shift+ArrowUp");
            }
            ada.waitForCondition(() -> "true".equals(ada.locator(".goal-panel").getAttribute("data-reached")));
            ada.waitForCondition(() -> Math.abs(logit(ada, 2) - 4.1) < 1e-9);
            // The question is answered from 3.1 on; her latest answer (4.1) replaces the first one.
            teacher.waitForCondition(() -> teacher.locator(".class-answered").innerText().equals("1 of 2 answered")
                    && teacher.locator(".class-answer").first().innerText().contains("4.1"));
            teacher.locator(".class-answer vaadin-button").first().click();
            bo.waitForCondition(() -> Math.abs(logit(bo, 2) - 4.1) < 1e-9);

            // A saved moment: Bo steps back to it after the teacher has moved on.
            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save this moment")).click();
            bo.waitForCondition(() -> bo.locator(".class-timeline vaadin-button").count() == 1);
            teacher.locator(".softmax-widget logit-bars .track").nth(2).focus();
            teacher.keyboard().press("Shift+ArrowDown");
            bo.waitForCondition(() -> Math.abs(logit(bo, 2) - 3.1) < 1e-9);
            bo.locator(".class-timeline vaadin-button", new Page.LocatorOptions().setHasText("Moment 1")).click();
            bo.waitForCondition(() -> Math.abs(logit(bo, 2) - 4.1) < 1e-9);

            // Pause: eyes up on every student device.
            teacher.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Pause")).click();
            for (Page student : new Page[] {ada, bo}) {
                student.waitForCondition(() -> student.locator(".class-eyes-up").isVisible());
            }

            // End: every student is told, and the code stops working at once.
            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("End class")).click();
            teacher.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("End class"))
                    .click();
            for (Page student : new Page[] {ada, bo}) {
                student.waitForCondition(() -> student.locator(".class-ended").isVisible());
            }
            Page late = phone.newPage();
            late.navigate("http://localhost:" + port + "/join/" + code);
            late.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                    .fill("Cy");
            late.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
            late.waitForCondition(() -> late.locator(".page-problem").innerText().contains("No class with this code"));
        } finally {
            laptop.close();
            phone.close();
        }
    }

    private Page join(BrowserContext browser, String path, String code, String name) {
        Page student = browser.newPage();
        student.navigate("http://localhost:" + port + "/" + path);
        waitForVaadin(student);
        if (code != null) {
            student.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Class code")).locator("input")
                    .fill(code);
        }
        Locator nameInput = student.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name"))
                .locator("input");
        nameInput.fill(name);
        student.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
        try {
            student.waitForCondition(() -> student.url().contains("/class/")
                    && student.locator(".class-status").count() > 0
                    && student.locator(".class-status").innerText().contains("Following"));
        } catch (RuntimeException notJoined) {
            student.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target",
                    "e2e-failures", "ClassroomTest-" + name + ".png")));
            throw new AssertionError(name + " did not join; the page says: "
                    + student.locator("main").innerText(), notJoined);
        }
        return student;
    }

    private static double logit(Page page, int index) {
        return Double.parseDouble(page.locator(".softmax-widget .value-table tbody tr").nth(index)
                .locator("td[data-column='" + LOGIT + "']").getAttribute("data-value"));
    }
}
