package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs first (junit-platform.properties orders classes by {@link Order}): the first visits of a freshly started stack,
 * a client's dashboard and a staff member's client list. On 2 cores the very first page of each cold JVM (its first
 * database queries, templates compiled, code not yet compiled to native) can pass the gateway's 10 s limit and get
 * its "temporarily unavailable" page; a user reloads, and so does this test, until the page comes within a minute.
 * The other classes then measure behaviour, not a cold start.
 */
@Order(1)
class FirstVisitIT extends BrowserTest {

    private static BrowserContext session;
    private static Page page;

    @BeforeAll
    static void openSession() {
        session = browsers.newContext();
        page = session.newPage();
    }

    @AfterAll
    static void closeSession() {
        Pages.close(session);
    }

    @Override
    Page page() {
        return page;
    }

    @Test
    void aClientsFirstVisitReachesTheDashboard() {
        page.navigate(Stack.GATEWAY + "/");
        Pages.signIn(page, "client2@clientele.test", "demo1234");
        reloadUntilVisible("welcome", Stack.GATEWAY + "/");
        assertThat(page.getByTestId("welcome")).containsText("Bienvenue");
    }

    @Test
    void aStaffMembersFirstVisitReachesTheClientList() {
        BrowserContext staff = browsers.newContext();
        try {
            Page admin = staff.newPage();
            admin.navigate(Stack.GATEWAY + "/admin/");
            Pages.signIn(admin, "cynthia@clientele.test", "demo1234");
            admin.waitForURL(Pattern.compile(".*/admin/.*"));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(3))
                    .until(() -> {
                        if (admin.getByTestId("client-new").count() > 0) {
                            return true;
                        }
                        admin.navigate(Stack.GATEWAY + "/admin/clients");
                        return false;
                    });
        } finally {
            staff.close();
        }
    }

    private static void reloadUntilVisible(String testId, String url) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    if (page.getByTestId(testId).count() > 0) {
                        return true;
                    }
                    page.navigate(url);
                    return false;
                });
    }
}
