package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.genaiplayground.Application;
import dev.genaiplayground.classroom.ClassroomEngine;
import dev.genaiplayground.classroom.RedisClassroomEngine;
import dev.genaiplayground.classroom.RedisServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes sharing one real {@code redis-server} (as behind a sticky load balancer): the teacher starts a
 * class on node A, a student joins on node B and follows the teacher's widget, the pause and the end.
 */
class TwoNodeClassroomTest {

    private static final double TIMEOUT_MS = 30_000;

    private static RedisServer redis;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startNodes() throws Exception {
        redis = RedisServer.start();
        nodeA = node();
        nodeB = node();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    /** One app node on a free port, keeping its classes in the test's Redis. */
    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--playground.classroom.engine=redis", "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port(), "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void bothNodesKeepTheirClassesInRedisAndAreHealthy() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            assertThat(node.getBean(ClassroomEngine.class)).isInstanceOf(RedisClassroomEngine.class);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url(node, "actuator/health"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"UP\"");
        }
    }

    @Test
    void aStudentOnAnotherNodeFollowsTheTeacher() {
        BrowserContext teacherBrowser = newBrowser();
        BrowserContext studentBrowser = newBrowser();
        try {
            Page teacher = teacherBrowser.newPage();
            teacher.navigate(url(nodeA, "teach?widget=softmax&logits=2,1,0.1&labels=cat,dog,bird"));
            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("Start a class")).click();
            teacher.waitForCondition(() -> teacher.url().contains("/teach/") && teacher.url().contains("key="));
            String code = teacher.locator(".class-code").innerText().replace(" ", "");

            Page student = studentBrowser.newPage();
            student.navigate(url(nodeB, "join/" + code));
            student.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                    .fill("Ada");
            student.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
            student.waitForCondition(() -> student.locator(".class-status").count() > 0
                    && student.locator(".class-status").innerText().contains("Following"));
            assertThat(logit(student, 1)).as("node B shows the class node A started").isEqualTo(1.0);
            teacher.waitForCondition(() -> teacher.locator(".class-count").innerText().startsWith("1 student"));

            teacher.locator(".softmax-widget logit-bars .track").nth(1).focus();
            teacher.keyboard().press("Shift+ArrowUp");
            student.waitForCondition(() -> logit(student, 1) == 2.0);

            teacher.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Pause")).click();
            student.waitForCondition(() -> student.locator(".class-eyes-up").isVisible());

            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("End class")).click();
            teacher.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("End class"))
                    .click();
            student.waitForCondition(() -> student.locator(".class-ended").isVisible());

            // The code stops working on every node at once.
            Page late = studentBrowser.newPage();
            late.navigate(url(nodeB, "join/" + code));
            late.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                    .fill("Bo");
            late.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
            late.waitForCondition(() -> late.locator(".page-problem").innerText().contains("No class with this code"));
        } catch (RuntimeException | AssertionError failure) {
            for (BrowserContext context : new BrowserContext[] {teacherBrowser, studentBrowser}) {
                for (Page page : context.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target",
                            "e2e-failures", "TwoNodeClassroomTest-" + context.pages().indexOf(page)
                                    + (context == teacherBrowser ? "-teacher.png" : "-student.png"))));
                }
            }
            throw failure;
        } finally {
            teacherBrowser.close();
            studentBrowser.close();
        }
    }

    private static BrowserContext newBrowser() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + "/" + path;
    }

    private static double logit(Page page, int index) {
        return Double.parseDouble(page.locator(".softmax-widget .value-table tbody tr").nth(index)
                .locator("td[data-column='0']").getAttribute("data-value"));
    }
}
