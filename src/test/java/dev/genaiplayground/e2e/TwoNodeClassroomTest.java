package dev.genaiplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.genaiplayground.classroom.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app nodes, each in its own JVM, sharing one real {@code redis-server} (as behind a sticky load balancer): the
 * teacher starts a class on node A, a student joins on node B and follows the teacher's widget, the pause and the
 * end.
 */
class TwoNodeClassroomTest {

    private static final double TIMEOUT_MS = 30_000;

    private static RedisServer redis;
    private static AppNode nodeA;
    private static AppNode nodeB;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startNodes() throws Exception {
        redis = RedisServer.start();
        nodeA = node("node-a");
        nodeB = node("node-b");
        nodeA.awaitHealthy(); // the two start side by side
        nodeB.awaitHealthy();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    /** One app node keeping its classes in the test's Redis, its health showing what it checks. */
    private static AppNode node(String name) throws Exception {
        return AppNode.start(name, "--playground.classroom.engine=redis", "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port(), "--management.endpoint.health.show-components=always");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void bothNodesCheckTheirRedisInTheirHealth() throws Exception {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            HttpResponse<String> health = node.health();
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"UP\"").contains("\"redis\":{\"status\":\"UP\"");
        }
    }

    @Test
    void aStudentOnAnotherNodeFollowsTheTeacher() {
        BrowserContext teacherBrowser = newBrowser();
        BrowserContext studentBrowser = newBrowser();
        try {
            Page teacher = teacherBrowser.newPage();
            teacher.navigate(nodeA.url("teach?widget=softmax&logits=2,1,0.1&labels=cat,dog,bird"));
            BrowserTest.waitForVaadin(teacher);
            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("Start a class")).click();
            teacher.waitForCondition(() -> teacher.url().contains("/teach/") && teacher.url().contains("key="));
            String code = teacher.locator(".class-code").innerText().replace(" ", "");
            assertThat(classesInRedis()).as("node A keeps its class in Redis").contains("playground:class:" + code);

            Page student = join(studentBrowser, nodeB, code, "Ada");
            student.waitForCondition(() -> student.locator(".class-status").count() > 0
                    && student.locator(".class-status").innerText().contains("Following"));
            assertThat(logit(student, 1)).as("node B shows the class node A started").isEqualTo(1.0);
            teacher.waitForCondition(() -> teacher.locator(".class-count").innerText().startsWith("1 student"));

            teacher.locator(".softmax-widget logit-bars .track").nth(1).focus();
            teacher.keyboard().press("Shift+ArrowUp");
            student.waitForCondition(() -> logit(student, 1) == 2.0);

            teacher.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Pause")).click();
            student.waitForCondition(() -> student.locator(".class-eyes-up").isVisible());
            assertThat(student.locator(".class-eyes-up").innerText()).contains("Eyes up");

            teacher.locator("vaadin-button", new Page.LocatorOptions().setHasText("End class")).click();
            teacher.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("End class"))
                    .click();
            student.waitForCondition(() -> student.locator(".class-ended").isVisible());
            assertThat(student.locator(".class-ended").innerText()).contains("The class has ended");

            // The code stops working on every node at once.
            Page late = join(studentBrowser, nodeB, code, "Bo");
            late.waitForCondition(() -> late.locator(".page-problem").innerText().contains("No class with this code"));
            assertThat(classesInRedis()).doesNotContain("playground:class:" + code);
        } catch (RuntimeException | AssertionError failure) {
            screenshots(teacherBrowser, "teacher");
            screenshots(studentBrowser, "student");
            throw failure;
        } finally {
            teacherBrowser.close();
            studentBrowser.close();
        }
    }

    /** Opens the class's join link on {@code node}, types the name and presses Join. */
    private static Page join(BrowserContext browser, AppNode node, String code, String name) {
        Page student = browser.newPage();
        student.navigate(node.url("join/" + code));
        BrowserTest.waitForVaadin(student);
        student.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                .fill(name);
        student.locator("vaadin-button", new Page.LocatorOptions().setHasText("Join")).click();
        return student;
    }

    private static BrowserContext newBrowser() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    /** Leaves a screenshot of each of the browser's pages in {@code target/e2e-failures/}. */
    private static void screenshots(BrowserContext browser, String who) {
        List<Page> pages = browser.pages();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target",
                    "e2e-failures", "TwoNodeClassroomTest-" + who + "-" + i + ".png")));
        }
    }

    private static List<String> classesInRedis() {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.port());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys("playground:class:*");
        } finally {
            client.shutdown();
        }
    }

    private static double logit(Page page, int index) {
        return Double.parseDouble(page.locator(".softmax-widget .value-table tbody tr").nth(index)
                .locator("td[data-column='0']").getAttribute("data-value"));
    }
}
