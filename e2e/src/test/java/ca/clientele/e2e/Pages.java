package ca.clientele.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;

/** Steps every browser test shares. */
final class Pages {

    static final Pattern KEYCLOAK_LOGIN = Pattern.compile(".*/realms/clientele/protocol/openid-connect/auth.*");

    /**
     * The "proceed" link of Keycloak's information pages (the actions an invitation asks for, confirming an
     * address). Inside the card only: the top bar's language links point at the same action address.
     */
    static final String PROCEED = "main a[href*='action-token'], main a[href*='execution']";

    private Pages() {}

    /** A new page of {@code session} on the client portal, signed in as this demo client (password demo1234). */
    static Page clientSignedIn(BrowserContext session, String email) {
        Page page = session.newPage();
        page.navigate(Stack.GATEWAY + "/");
        signIn(page, email, "demo1234");
        PlaywrightAssertions.assertThat(page.getByTestId("welcome")).containsText("Bienvenue");
        return page;
    }

    /** A new page of {@code session} on the admin portal, signed in as this demo staff member (password demo1234). */
    static Page staffSignedIn(BrowserContext session, String email) {
        Page page = session.newPage();
        page.navigate(Stack.GATEWAY + "/admin/");
        signIn(page, email, "demo1234");
        page.waitForURL(Pattern.compile(".*/admin/.*"));
        return page;
    }

    /** Closes the sessions a test opened (those it got to). */
    static void close(BrowserContext... sessions) {
        for (BrowserContext session : sessions) {
            if (session != null) {
                session.close();
            }
        }
    }

    /** On Keycloak's sign-in page (where the gateway sent the browser): signs in with a password. */
    static void signIn(Page page, String username, String password) {
        page.waitForURL(KEYCLOAK_LOGIN);
        submitCredentials(page, username, password);
    }

    /** On Keycloak's sign-in form, wherever its address (after a language switch or a refused attempt). */
    static void submitCredentials(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** On Keycloak's sign-in page: opens the registration form. */
    static void openRegistration(Page page) {
        page.waitForURL(KEYCLOAK_LOGIN);
        page.locator("a[href*='registration']").first().click();
    }

    /**
     * On Keycloak's registration form: fills it in and submits it. With e-mail verification on, Keycloak 26 asks for
     * no password here: the password is chosen after the address is verified (see {@link #openVerificationLink}).
     */
    static void submitRegistration(Page page, String email, String firstName, String lastName) {
        page.locator("#email").fill(email);
        page.locator("#firstName").fill(firstName);
        page.locator("#lastName").fill(lastName);
        page.locator("#kc-register-form [type=submit]").first().click();
    }

    /**
     * Follows the link of the verification mail Keycloak sent to {@code email}, in the browser that registered, and
     * ends on Keycloak's page that asks for the account's password (confirming the address first if Keycloak asks).
     */
    static void openVerificationLink(Page page, String email) {
        page.navigate(Mailbox.actionLink(Mailbox.awaitActionMailTo(email)));
        Locator proceed = page.locator(PROCEED);
        if (proceed.count() > 0) {
            proceed.first().click();
        }
        page.locator("#password-new").waitFor();
    }

    /** On Keycloak's password page: chooses the password and submits it. */
    static void choosePassword(Page page, String password) {
        page.locator("#password-new").fill(password);
        page.locator("#password-confirm").fill(password);
        page.locator("#kc-submit").click();
    }
}
