package ca.clientele.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the browser tests of the running stack share: one headless Chromium, Keycloak's admin view
 * of the accounts, a picture of the page at the end of every step in target/screenshots, and an
 * accessibility audit (WCAG 2.1 AA) of the page every step ends on.
 */
@ExtendWith(Stack.class)
abstract class BrowserTest {

    static Browsers browsers;
    static KeycloakAdmin keycloak;

    @BeforeAll
    static void openBrowser() {
        browsers = new Browsers();
        keycloak = new KeycloakAdmin(browsers.playwright());
    }

    /** The page whose state each step ends on. */
    abstract Page page();

    @AfterEach
    void screenshot(TestInfo test) {
        page().screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(
                        "target",
                        "screenshots",
                        getClass().getSimpleName() + "-"
                                + test.getTestMethod().orElseThrow().getName() + ".png"))
                .setFullPage(true));
        Accessibility.assertAccessible(page());
    }

    @AfterAll
    static void closeBrowser() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (browsers != null) {
            browsers.close();
        }
    }
}
