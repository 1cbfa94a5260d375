package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 3 from the staff side, through the real gateway, registry, Keycloak and SMTP: a client who
 * phoned is created with a Keycloak account without a password, invited by e-mail, sets a password
 * from the link; banning disables the Keycloak account (sign-in refused) and reactivating restores it. Issue 12:
 * the welcome e-mail leaves, and the client's timeline shows the record's creation and that e-mail, each opening in
 * the Évènements application.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffClientIT extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String EMAIL = "appel." + SUFFIX + "@clientele.test";
    private static final String PASSWORD = "Griffes-Appel-2026!";

    private static BrowserContext staffContext;
    private static Page staff;
    private static String clientId;

    @BeforeAll
    static void staffSignsIn() {
        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/");
        Pages.signIn(staff, "admin@clientele.test", "demo1234");
        staff.waitForURL(Pattern.compile(".*/admin/clients.*"));
    }

    @Override
    Page page() {
        return staff;
    }

    @Test
    @Order(1)
    void staffCreateAClientWhoPhoned() {
        staff.getByTestId("client-new").click();
        staff.getByTestId("new-client-firstName").fill("Gérard");
        staff.getByTestId("new-client-lastName").fill("Appel-Lévesque");
        staff.getByTestId("new-client-email").fill(EMAIL);
        staff.getByTestId("new-client-mobilePhone").fill("(450) 555-0188");
        staff.getByTestId("new-client-save").click();

        assertThat(staff.getByTestId("created-notice")).isVisible();
        assertThat(staff.getByTestId("client-email")).containsText(EMAIL);
        Matcher id = Pattern.compile("/admin/clients/([0-9a-f-]{36})").matcher(staff.url());
        assertThat(id.find()).isTrue();
        clientId = id.group(1);

        // The record's id IS the Keycloak account's id; the account has no password yet.
        assertThat(keycloak.user(clientId)).isPresent();
        assertThat(keycloak.enabled(clientId)).isTrue();
        assertThat(keycloak.credentialTypes(clientId)).doesNotContain("password");

        // The list finds the client by phone number, written another way.
        staff.navigate(Stack.GATEWAY + "/admin/clients?q=450-555-0188");
        assertThat(staff.getByTestId("client-row")).hasCount(1);
        assertThat(staff.getByTestId("client-row")).containsText("Appel-Lévesque");
    }

    @Test
    @Order(2)
    void theTimelineShowsTheRecordAndTheWelcomeEmailAndEachOpensInTheEventsApplication() {
        // event-service sent the welcome e-mail through SMTP, in French (the record's language) ...
        String welcome = Mailbox.awaitMailTo(EMAIL, "Subject: Bienvenue dans votre compte client");
        assertThat(welcome).doesNotContain("action-token");

        // ... and the client page's timeline (section 3) shows the record's creation and that e-mail.
        Locator entries = staff.getByTestId("timeline-entry");
        Locator sent = entries.filter(new Locator.FilterOptions().setHasText("Courriel envoyé"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId);
                    assertThat(sent.count()).isPositive();
                });
        assertThat(entries.filter(new Locator.FilterOptions().setHasText("Fiche client créée par le personnel")))
                .hasCount(1);
        assertThat(sent.first()).containsText("Courriel envoyé : Bienvenue dans votre compte client");
        Accessibility.assertAccessible(staff);

        // An entry opens in the Évènements application: its fields, and for an administrator the raw CloudEvent.
        sent.first().locator("a").click();
        assertThat(staff.getByTestId("event-summary"))
                .containsText("Courriel envoyé : Bienvenue dans votre compte client");
        assertThat(staff.getByTestId("event-type")).hasText("ca.clientele.notification.notification-sent");
        assertThat(staff.getByTestId("event-raw")).containsText("\"template\"");
        assertThat(staff.getByTestId("event-raw")).not().containsText(EMAIL);
        Accessibility.assertAccessible(staff);

        // The application lists every event of that client, the two above among them.
        staff.getByTestId("menu-events").click();
        staff.getByTestId("events-client").fill(clientId);
        staff.getByTestId("events-apply").click();
        Locator rows = staff.getByTestId("event-row");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Fiche client créée par le personnel")))
                .hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Courriel envoyé")))
                .not()
                .hasCount(0);
        Accessibility.assertAccessible(staff);
    }

    @Test
    @Order(3)
    void theInvitationLetsTheClientSetAPasswordAndSignIn() {
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId);
        staff.getByTestId("invitation-send").click();
        assertThat(staff.getByTestId("invitation").getByTestId("saved-message")).containsText(EMAIL);

        String link = Mailbox.actionLink(Mailbox.awaitActionMailTo(EMAIL));
        BrowserContext invited = browsers.newContext();
        try {
            Page page = invited.newPage();
            page.navigate(link);
            // Keycloak first lists the actions to take, then asks for the new password.
            Locator proceed = page.locator(Pages.PROCEED);
            if (proceed.count() > 0) {
                proceed.first().click();
            }
            page.locator("#password-new").fill(PASSWORD);
            page.locator("#password-confirm").fill(PASSWORD);
            page.locator("[type=submit]").first().click();
            page.waitForLoadState();
            assertThat(keycloak.credentialTypes(clientId)).contains("password");

            page.navigate(Stack.GATEWAY + "/");
            if (Pages.KEYCLOAK_LOGIN.matcher(page.url()).matches()) {
                Pages.signIn(page, EMAIL, PASSWORD);
            }
            assertThat(page.getByTestId("welcome")).containsText("Bienvenue Gérard");
        } finally {
            invited.close();
        }
    }

    @Test
    @Order(4)
    void banningDisablesTheAccountAndReactivatingRestoresIt() {
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId);
        Locator status = staff.getByTestId("form-status");
        status.getByTestId("status-status").selectOption("BANNED");
        status.getByTestId("status-reason").fill("Comportement abusif envers une technicienne");
        status.getByTestId("status-confirmBan").check();
        status.getByTestId("status-save").click();
        assertThat(staff.getByTestId("status-current")).hasAttribute("data-status", "BANNED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !keycloak.enabled(clientId));
        assertThat(signInIsRefused()).isTrue();

        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId);
        status = staff.getByTestId("form-status");
        status.getByTestId("status-status").selectOption("ACTIVE");
        status.getByTestId("status-reason").fill("");
        status.getByTestId("status-save").click();
        assertThat(staff.getByTestId("status-current")).hasAttribute("data-status", "ACTIVE");
        await().atMost(Duration.ofSeconds(10)).until(() -> keycloak.enabled(clientId));
        assertThat(signInIsRefused()).isFalse();
    }

    @Test
    @Order(5)
    void theClientChangesTheirEmailAndKeycloakAsksToVerifyIt() {
        String newEmail = "nouveau." + SUFFIX + "@clientele.test";
        BrowserContext context = browsers.newContext();
        try {
            Page page = context.newPage();
            page.navigate(Stack.GATEWAY + "/compte");
            Pages.signIn(page, EMAIL, PASSWORD);
            Locator form = page.getByTestId("email-form");
            form.locator("[name=email]").fill(newEmail);
            form.getByTestId("email-save").click();
            assertThat(page.getByTestId("email-form").getByTestId("saved-message"))
                    .isVisible();

            var account = keycloak.user(clientId).orElseThrow();
            assertThat(account.get("email").getAsString()).isEqualTo(newEmail);
            assertThat(account.get("emailVerified").getAsBoolean()).isFalse();
            // Keycloak mails its verification link to the new address (the wait fails if it does not).
            Mailbox.awaitActionMailTo(newEmail);
        } finally {
            context.close();
        }
    }

    /** Signs in as the phoned-in client in a fresh browser: true when Keycloak refuses the account. */
    private static boolean signInIsRefused() {
        BrowserContext context = browsers.newContext();
        try {
            Page page = context.newPage();
            page.navigate(Stack.GATEWAY + "/");
            Pages.signIn(page, EMAIL, PASSWORD);
            page.waitForLoadState();
            if (page.url().startsWith(Stack.GATEWAY)) {
                assertThat(page.getByTestId("welcome")).isVisible();
                return false;
            }
            assertThat(page.locator("#input-error, .kc-feedback-text, [class*=alert]")
                            .first())
                    .isVisible();
            return true;
        } finally {
            context.close();
        }
    }
}
