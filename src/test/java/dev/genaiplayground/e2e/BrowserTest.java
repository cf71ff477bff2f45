package dev.genaiplayground.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for end-to-end tests: the whole app on a random port, driven by a real headless Chromium. Uses the system's
 * Chromium (Debian's {@code chromium}) when there is one, so nothing is downloaded; elsewhere Playwright's own.
 * A failing test leaves a screenshot in {@code target/e2e-failures/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    /** The first render in Vaadin's development mode can take several seconds on a small machine. */
    private static final double TIMEOUT_MS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = this::saveScreenshot;

    @BeforeAll
    static void launchBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Opens a path of the app and waits until Vaadin has rendered it. */
    void open(String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** The elements matching {@code selector} that contain {@code text}. */
    Locator withText(String selector, String text) {
        return page.locator(selector, new Page.LocatorOptions().setHasText(text));
    }

    void waitForVaadin() {
        waitForVaadin(page);
    }

    /**
     * Waits until Vaadin's client on {@code page} is up and idle: what is typed before it listens never reaches the
     * server.
     */
    static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private void saveScreenshot(ExtensionContext test, Throwable failure) throws Throwable {
        if (page != null) {
            Path file = Paths.get("target", "e2e-failures",
                    test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName() + ".png");
            try {
                Files.createDirectories(file.getParent());
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }
}
