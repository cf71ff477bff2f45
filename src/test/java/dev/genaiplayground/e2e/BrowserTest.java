package dev.genaiplayground.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
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

    private static final List<Path> SYSTEM_CHROMIUM = List.of(Paths.get("/usr/bin/chromium"),
            Paths.get("/usr/bin/chromium-browser"), Paths.get("/usr/bin/google-chrome"));
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
        Path system = SYSTEM_CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"));
        if (system != null) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            launch.setExecutablePath(system);
        }
        playwright = Playwright.create(create);
        browser = playwright.chromium().launch(launch);
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
