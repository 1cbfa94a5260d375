package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton of issue 2, through the real gateway, Keycloak, Kafka and PostgreSQL: a
 * visitor self-registers, verifies their e-mail, lands in the portal (record created in the registry), staff see the
 * "Fiche client créée" entry in that client's timeline, access rules hold, and Déconnexion ends both
 * sessions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String EMAIL = "nouvelle.cliente." + SUFFIX + "@clientele.test";
    private static final String FIRST = "Élise";
    private static final String LAST =
            "Béliveau" + SUFFIX.replaceAll("[0-9]", "").toLowerCase();
    private static final String PASSWORD = "Griffes-2026!";

    private static BrowserContext client;
    private static Page clientPage;
    private static String clientId;

    @BeforeAll
    static void openClientPage() {
        client = browsers.newContext();
        clientPage = client.newPage();
    }

    @Override
    Page page() {
        return clientPage;
    }

    @Test
    @Order(1)
    void aVisitorSelfRegistersAndLandsInTheFrenchPortal() {
        clientPage.navigate(Stack.GATEWAY + "/");
        // Sent to Keycloak's French sign-in page.
        clientPage.waitForURL(Pattern.compile(".*/realms/clientele/protocol/openid-connect/auth.*"));
        assertThat(clientPage.locator("html")).hasAttribute("lang", Pattern.compile("^fr"));
        Pages.openRegistration(clientPage);
        Pages.submitRegistration(clientPage, EMAIL, FIRST, LAST);

        // The password is chosen once the address is verified (SignInPagesIT checks the details).
        assertThat(clientPage.getByTestId("page-title")).hasText("Confirmez votre adresse courriel");
        Pages.openVerificationLink(clientPage, EMAIL);
        Pages.choosePassword(clientPage, PASSWORD);
        clientPage.waitForURL(Stack.GATEWAY + "/**");
        assertThat(clientPage.getByTestId("welcome")).containsText("Bienvenue " + FIRST);
        // Name and e-mail come from the registry record created by this first visit.
        assertThat(clientPage.getByTestId("client-name")).containsText(FIRST + " " + LAST);
        assertThat(clientPage.getByTestId("client-email")).containsText(EMAIL);
        Locator sidebar = clientPage.getByTestId("sidebar");
        for (String entry : new String[] {
            "Mes messages",
            "Tableau de bord",
            "Rendez-vous confirmés",
            "Adresses",
            "Modes de paiement",
            "Détails du compte",
            "Services & Disponibilités",
            "Déconnexion"
        }) {
            assertThat(sidebar).containsText(entry);
        }

        APIResponse me = client.request().get(Stack.GATEWAY + "/api/clients/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains(EMAIL);
        clientId = me.text().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        assertThat(clientId).hasSize(36);
    }

    @Test
    @Order(2)
    void theEnglishSwitchKeepsTheSameData() {
        clientPage.getByTestId("lang-en").click();
        assertThat(clientPage.getByTestId("welcome")).containsText("Welcome " + FIRST);
        assertThat(clientPage.getByTestId("client-email")).containsText(EMAIL);
        clientPage.getByTestId("lang-fr").click();
        assertThat(clientPage.getByTestId("welcome")).containsText("Bienvenue " + FIRST);
    }

    @Test
    @Order(3)
    void staffSeeTheNewClientAndItsTimelineEntry() {
        BrowserContext staff = browsers.newContext();
        try {
            Page page = staff.newPage();
            page.navigate(Stack.GATEWAY + "/admin/");
            Pages.signIn(page, "cynthia@clientele.test", "demo1234");
            page.waitForURL(Pattern.compile(".*/admin/clients.*"));

            page.navigate(Stack.GATEWAY + "/admin/clients?q=" + LAST);
            assertThat(page.getByTestId("client-row")).hasCount(1);
            page.getByTestId("client-row").first().locator("a").first().click();
            page.waitForURL(Pattern.compile(".*/admin/clients/" + clientId));

            // The entry travels registry → outbox → Kafka → event-service: reload until it is there. Newest first, so
            // the welcome e-mail event-service then sent usually comes before it.
            Locator created = page.getByTestId("timeline-entry")
                    .filter(new Locator.FilterOptions().setHasText("Fiche client créée"));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        page.reload();
                        return created.count() > 0;
                    });
            assertThat(created).hasCount(1);
            assertThat(created).containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        } finally {
            staff.close();
        }
    }

    @Test
    @Order(4)
    void accessRulesHoldThroughTheGateway() {
        // A client cannot open the staff portal: a 403 page, not an error dump.
        Page admin = client.newPage();
        com.microsoft.playwright.Response response = admin.navigate(Stack.GATEWAY + "/admin/clients");
        assertThat(response.status()).isEqualTo(403);
        assertThat(admin.locator("body")).containsText("Accès refusé");
        assertThat(admin.content()).doesNotContain("Exception", "at org.springframework");
        admin.close();

        // Another client's record answers 404: the demo client signs in once to exist.
        BrowserContext other = browsers.newContext();
        String otherId;
        try {
            Page page = other.newPage();
            page.navigate(Stack.GATEWAY + "/");
            Pages.signIn(page, "client1@clientele.test", "demo1234");
            assertThat(page.getByTestId("welcome")).containsText("Bienvenue");
            String me = other.request().get(Stack.GATEWAY + "/api/clients/me").text();
            otherId = me.replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        } finally {
            other.close();
        }
        APIResponse foreign = client.request().get(Stack.GATEWAY + "/api/clients/" + otherId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain("client1@clientele.test");

        // No session, no token: every API answers 401, at the gateway and at the service itself.
        APIRequestContext anonymous = browsers.playwright().request().newContext();
        try {
            assertThat(anonymous.get(Stack.GATEWAY + "/api/clients/" + clientId).status())
                    .isEqualTo(401);
            assertThat(anonymous
                            .get("http://localhost:8091/api/clients/" + clientId)
                            .status())
                    .isEqualTo(401);
            assertThat(anonymous
                            .get("http://localhost:8096/api/events?clientId=" + clientId)
                            .status())
                    .isEqualTo(401);
        } finally {
            anonymous.dispose();
        }
    }

    @Test
    @Order(5)
    void deconnexionEndsTheGatewayAndKeycloakSessions() {
        clientPage.navigate(Stack.GATEWAY + "/");
        clientPage.getByTestId("logout").first().click();
        clientPage.waitForLoadState();

        // Back at the portal, Keycloak asks for credentials again: its session is gone too.
        clientPage.navigate(Stack.GATEWAY + "/");
        clientPage.waitForURL(Pattern.compile(".*/realms/clientele/protocol/openid-connect/auth.*"));
        assertThat(clientPage.locator("#username")).isVisible();
        assertThat(client.request().get(Stack.GATEWAY + "/api/clients/me").status())
                .isEqualTo(401);
    }
}
