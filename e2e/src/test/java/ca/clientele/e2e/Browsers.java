package ca.clientele.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright; never downloads a browser. */
final class Browsers implements AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    Browsers() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    /** A fresh browser profile (no cookies), French-Canadian like most of our clients. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CA"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    Playwright playwright() {
        return playwright;
    }

    private static Path chromium() {
        for (String candidate : List.of(
                System.getenv().getOrDefault("CHROMIUM_PATH", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium not found: install Debian's chromium package or set CHROMIUM_PATH");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
