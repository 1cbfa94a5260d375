package ca.clientele.e2e;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** Steps every browser test shares. */
final class Pages {

    static final Pattern KEYCLOAK_LOGIN = Pattern.compile(".*/realms/clientele/protocol/openid-connect/auth.*");

    private Pages() {}

    /** On Keycloak's sign-in page (where the gateway sent the browser): signs in with a password. */
    static void signIn(Page page, String username, String password) {
        page.waitForURL(KEYCLOAK_LOGIN);
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }
}
