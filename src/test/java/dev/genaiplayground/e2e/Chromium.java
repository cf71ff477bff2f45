package dev.genaiplayground.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The headless Chromium every browser test drives: the system's (Debian's {@code chromium}) when there is one, so
 * nothing is downloaded, elsewhere Playwright's own; it looks up no host but localhost.
 */
public final class Chromium {

    private static final List<Path> SYSTEM_CHROMIUM = List.of(Paths.get("/usr/bin/chromium"),
            Paths.get("/usr/bin/chromium-browser"), Paths.get("/usr/bin/google-chrome"));

    private Chromium() {
    }

    /** Starts Playwright, for {@link #launch}; close it when done. */
    public static Playwright playwright() {
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        if (system() != null) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        return Playwright.create(create);
    }

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"));
        Path system = system();
        if (system != null) {
            launch.setExecutablePath(system);
        }
        return playwright.chromium().launch(launch);
    }

    private static Path system() {
        return SYSTEM_CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
