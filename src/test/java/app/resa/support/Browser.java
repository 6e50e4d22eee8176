package app.resa.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here. Without a
 * Chromium the browser tests are skipped with a message, except in CI where that is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        var executable = CANDIDATES.stream().filter(Files::isExecutable).findFirst();
        if (executable.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no Chromium found in " + CANDIDATES
                        + ": .ci/run must install Debian's chromium");
            }
            Assumptions.abort("Browser tests skipped: no Chromium found in " + CANDIDATES
                    + " (install Debian's chromium package)");
        }
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Browser(playwright, browser);
    }

    public BrowserContext newContext(String baseUrl) {
        return browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("en-GB")
                .setViewportSize(1280, 900));
    }

    public static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
