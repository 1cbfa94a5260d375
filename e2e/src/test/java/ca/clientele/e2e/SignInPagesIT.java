package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Keycloak's pages in the Clientèle theme (deploy/keycloak/themes/clientele), through the real gateway,
 * Keycloak and SMTP: a visitor registers in French, cannot use the account before following the
 * verification mail, then chooses a password against the stated rules and reaches the portal; the
 * password page enforces the history; sign-in in English; nothing is loaded from elsewhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInPagesIT extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String EMAIL = "rosalie." + SUFFIX + "@clientele.test";
    private static final String FIRST = "Rosalie";
    private static final String LAST = "Gagnon-Thériault";
    private static final String PASSWORD = "Moustaches-2026!";
    private static final String NEW_PASSWORD = "Ronronne-Fort-2027!";

    private static BrowserContext context;
    private static Page page;
    /** Every host the pages asked for something: the theme loads nothing from a CDN. */
    private static final List<String> hosts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openPage() {
        context = browsers.newContext();
        page = context.newPage();
        page.onRequest(request -> {
            if (request.url().startsWith("http")) {
                hosts.add(URI.create(request.url()).getHost());
            }
        });
    }

    @Override
    Page page() {
        return page;
    }

    @Test
    @Order(1)
    void theSignInPageIsClienteleInFrench() {
        page.navigate(Stack.GATEWAY + "/");
        page.waitForURL(Pages.KEYCLOAK_LOGIN);
        assertClienteleTheme(page);
        assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^fr"));
        assertThat(page.getByTestId("page-title")).hasText("Connexion à votre compte");
        assertThat(page.getByTestId("lang-fr")).hasAttribute("aria-current", "true");
        assertThat(page.locator("#kc-registration")).containsText("Créer un compte");
    }

    @Test
    @Order(2)
    void registrationAsksToVerifyTheAddressFirst() {
        Pages.openRegistration(page);
        assertClienteleTheme(page);
        assertThat(page.getByTestId("page-title")).hasText("Créer votre compte");
        // Keycloak 26 with e-mail verification: no password until the address is proven, so an address
        // someone else registered cannot be signed in with.
        assertThat(page.locator("#password")).hasCount(0);

        Pages.submitRegistration(page, EMAIL, FIRST, LAST);
        assertClienteleTheme(page);
        assertThat(page.getByTestId("page-title")).hasText("Confirmez votre adresse courriel");
        assertThat(page.locator("body")).containsText(EMAIL);
        assertThat(account().get("emailVerified").getAsBoolean()).isFalse();
        assertThat(keycloak.credentialTypes(account().get("id").getAsString())).doesNotContain("password");
    }

    @Test
    @Order(3)
    void theAccountCannotBeUsedBeforeItsAddressIsVerified() {
        BrowserContext elsewhere = browsers.newContext();
        try {
            Page other = elsewhere.newPage();
            other.navigate(Stack.GATEWAY + "/");
            Pages.signIn(other, EMAIL, PASSWORD);
            assertThat(other.locator("#input-error-username"))
                    .containsText("Adresse courriel ou mot de passe invalide");
            assertThat(other).hasURL(Pattern.compile("^http://localhost:8180/.*"));
            assertThat(elsewhere
                            .request()
                            .get(Stack.GATEWAY + "/api/clients/me")
                            .status())
                    .isEqualTo(401);
        } finally {
            elsewhere.close();
        }
    }

    @Test
    @Order(4)
    void theVerificationLinkLeadsToThePasswordRulesThenThePortal() {
        Pages.openVerificationLink(page, EMAIL);
        assertClienteleTheme(page);
        assertThat(page.getByTestId("page-title")).hasText("Choisir votre mot de passe");
        Locator rules = page.getByTestId("password-rules");
        assertThat(rules).containsText("compter au moins 8 caractères");
        assertThat(rules).containsText("être différent de votre adresse courriel");
        assertThat(rules).containsText("être différent de vos 3 derniers mots de passe");
        // The e-mail is the username: one rule says it.
        assertThat(rules.locator("[data-rule=notUsername]")).hasCount(0);

        Pages.choosePassword(page, "griffe");
        assertThat(page.locator(".kc-feedback-text")).containsText("Mot de passe trop court : au moins 8");
        assertClienteleTheme(page);

        // Either rule (username or e-mail) refuses it, in the theme's words.
        Pages.choosePassword(page, EMAIL);
        assertThat(page.locator(".kc-feedback-text")).containsText("Le mot de passe ne peut pas être votre");

        Pages.choosePassword(page, PASSWORD);
        page.waitForURL(Stack.GATEWAY + "/**");
        assertThat(page.getByTestId("welcome")).containsText("Bienvenue " + FIRST);
        assertThat(account().get("emailVerified").getAsBoolean()).isTrue();
        assertThat(keycloak.credentialTypes(account().get("id").getAsString())).contains("password");
    }

    @Test
    @Order(5)
    void thePasswordPageEnforcesTheHistory() {
        page.navigate(Stack.GATEWAY + "/oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD");
        assertClienteleTheme(page);
        assertThat(page.getByTestId("password-rules")).containsText("être différent de vos 3 derniers mots de passe");

        Pages.choosePassword(page, PASSWORD);
        assertThat(page.locator(".kc-feedback-text")).containsText("différent de vos 3 derniers mots de passe");

        Pages.choosePassword(page, NEW_PASSWORD);
        page.waitForURL(Stack.GATEWAY + "/**");
        assertThat(page.getByTestId("welcome")).containsText("Bienvenue " + FIRST);
    }

    @Test
    @Order(6)
    void signInInEnglishThroughTheThemedPage() {
        BrowserContext english = browsers.newContext();
        try {
            Page other = english.newPage();
            other.navigate(Stack.GATEWAY + "/");
            other.waitForURL(Pages.KEYCLOAK_LOGIN);
            other.getByTestId("lang-en").click();
            assertThat(other.locator("html")).hasAttribute("lang", Pattern.compile("^en"));
            assertClienteleTheme(other);
            assertThat(other.getByTestId("page-title")).hasText("Sign in to your account");
            assertThat(other.getByTestId("lang-en")).hasAttribute("aria-current", "true");

            Pages.submitCredentials(other, EMAIL, "not-the-password");
            assertThat(other.locator("#input-error-username, .kc-feedback-text").first())
                    .containsText("Invalid email address or password");

            Pages.submitCredentials(other, EMAIL, NEW_PASSWORD);
            other.waitForURL(Stack.GATEWAY + "/**");
            assertThat(other.getByTestId("welcome")).isVisible();
        } finally {
            english.close();
        }
    }

    @Test
    @Order(7)
    void thePagesLoadedNothingFromElsewhere() {
        assertThat(hosts).isNotEmpty().allMatch("localhost"::equals);
    }

    /** The visitor's Keycloak account, as Keycloak's admin API shows it. */
    private static JsonObject account() {
        return keycloak.userByEmail(EMAIL).orElseThrow();
    }

    /** The Clientèle theme, not Keycloak's stock one: the portals' top bar and brand. */
    private static void assertClienteleTheme(Page page) {
        assertThat(page.locator("body")).hasAttribute("data-theme", "clientele");
        assertThat(page.getByTestId("clientele-brand")).hasText("Clientèle");
        assertThat(page.locator("link[rel=stylesheet][href*='clientele-login.css']"))
                .hasCount(1);
    }
}
