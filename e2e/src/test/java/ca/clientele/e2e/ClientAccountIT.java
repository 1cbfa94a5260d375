package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 3 from the client's side, through the real gateway, registry, Keycloak and PostgreSQL: a
 * client edits names, addresses, a pet and options in French, switches to English and sees the same
 * data; two-factor sign-in really changes the Keycloak account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientAccountIT extends BrowserTest {

    /** The second demo client; the walking skeleton and the staff tests use the others. */
    private static final String USERNAME = "client2@clientele.test";

    private static BrowserContext context;
    private static Page page;
    private static String clientId;

    @BeforeAll
    static void signIn() {
        context = browsers.newContext();
        page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate(Stack.GATEWAY + "/");
        Pages.signIn(page, USERNAME, "demo1234");
        assertThat(page.getByTestId("welcome")).containsText("Bienvenue");
        clientId = keycloak.userByEmail(USERNAME).orElseThrow().get("id").getAsString();
    }

    @Override
    Page page() {
        return page;
    }

    @Test
    @Order(1)
    void theClientEditsTheirNamesAndBioInFrench() {
        page.navigate(Stack.GATEWAY + "/compte");
        Locator form = page.getByTestId("profile-form");
        form.locator("[name=firstName]").fill("Marie-Ève");
        form.locator("[name=lastName]").fill("Tremblay-Côté");
        form.locator("[name=displayName]").fill("Marie-Ève T.");
        form.locator("[name=mobilePhone]").fill("514 555-0123");
        form.locator("[name=bio]").fill("Ma chatte Grisette adore les visites à domicile.");
        form.getByTestId("profile-save").click();
        assertThat(form.getByTestId("saved-message")).isVisible();

        // A required name left empty: a readable French message next to the field, nothing saved.
        form.locator("[name=lastName]").fill("");
        form.getByTestId("profile-save").click();
        assertThat(form.getByTestId("field-error").first()).isVisible();
        page.reload();
        assertThat(page.getByTestId("profile-form").locator("[name=lastName]")).hasValue("Tremblay-Côté");
        assertThat(page.getByTestId("welcome")).containsText("Marie-Ève");
    }

    @Test
    @Order(2)
    void theClientEntersTheirAddressesWithACheckedPostalCode() {
        page.navigate(Stack.GATEWAY + "/adresses");
        page.getByTestId("address-billing-card").locator("summary").click();
        Locator form = page.getByTestId("address-form");
        form.locator("[name='billingAddress.line1']").fill("1234 rue Saint-Denis");
        form.locator("[name='billingAddress.city']").fill("Montréal");
        form.locator("[name='billingAddress.province']").selectOption("QC");
        form.locator("[name='billingAddress.postalCode']").fill("H2X 1Z9Q");
        form.getByTestId("address-save").click();
        assertThat(form.getByTestId("field-error").first()).isVisible();

        form.locator("[name='billingAddress.postalCode']").fill("h2x1k4");
        form.getByTestId("address-save").click();
        assertThat(page.getByTestId("saved-message")).isVisible();
        page.reload();
        assertThat(page.getByTestId("address-billing-card")).containsText("H2X 1K4");
    }

    @Test
    @Order(3)
    void theClientAddsTheirPet() {
        page.navigate(Stack.GATEWAY + "/compte");
        page.getByTestId("pet-add-open").click();
        Locator form = page.getByTestId("pet-new-form");
        form.locator("[name=name]").fill("Grisette");
        form.locator("[name=species]").selectOption("CAT");
        form.locator("[name=breed]").fill("Européenne");
        form.locator("[name=weightKg]").fill("4.5");
        form.locator("[name=medicalNotes]").fill("Allergique au poulet");
        form.getByTestId("pet-save").click();
        Locator row = page.getByTestId("pet-row").filter(new Locator.FilterOptions().setHasText("Grisette"));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("pet-facts")).containsText("4,5 kg");
        assertThat(row.getByTestId("pet-facts")).containsText("Chat");
    }

    @Test
    @Order(4)
    void theClientTurnsOnTheNewsletterAndTwoFactorSignIn() {
        page.navigate(Stack.GATEWAY + "/compte");
        Locator form = page.getByTestId("options-form");
        assertThat(form.locator("[name=newsletter]")).not().isChecked();
        assertThat(form.locator("[name=sms]")).not().isChecked();
        form.locator("[name=newsletter]").check();
        form.locator("[name=twoFactor]").check();
        form.getByTestId("options-save").click();
        assertThat(page.getByTestId("two-factor-state")).hasAttribute("data-state", "PENDING");
        // Keycloak asks for an authenticator app at the next sign-in.
        assertThat(keycloak.requiredActions(clientId)).contains("CONFIGURE_TOTP");
        page.getByTestId("consent-history").locator("summary").click();
        assertThat(page.getByTestId("consent").first()).isVisible();
    }

    @Test
    @Order(5)
    void inEnglishTheClientSeesTheSameData() {
        page.navigate(Stack.GATEWAY + "/compte?lang=en");
        assertThat(page.getByTestId("welcome")).containsText("Welcome Marie-Ève");
        assertThat(page.getByTestId("profile-form").locator("[name=lastName]")).hasValue("Tremblay-Côté");
        assertThat(page.getByTestId("profile-form").locator("[name=bio]"))
                .hasValue("Ma chatte Grisette adore les visites à domicile.");
        assertThat(page.getByTestId("pet-row")).containsText(new String[] {"Grisette"});
        assertThat(page.getByTestId("pet-facts")).containsText(new String[] {"Cat"});
        assertThat(page.getByTestId("options-form").locator("[name=newsletter]"))
                .isChecked();
        assertThat(page.getByTestId("two-factor-state")).hasAttribute("data-state", "PENDING");
        page.navigate(Stack.GATEWAY + "/adresses");
        assertThat(page.getByTestId("address-billing-card")).containsText("H2X 1K4");
        assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^en"));
    }

    @Test
    @Order(6)
    void turningTwoFactorOffClearsItInKeycloak() {
        page.navigate(Stack.GATEWAY + "/compte?lang=fr");
        Locator form = page.getByTestId("options-form");
        form.locator("[name=twoFactor]").uncheck();
        form.getByTestId("options-save").click();
        assertThat(page.getByTestId("two-factor-state")).hasAttribute("data-state", "OFF");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(keycloak.requiredActions(clientId)).doesNotContain("CONFIGURE_TOTP"));
        assertThat(keycloak.credentialTypes(clientId)).doesNotContain("otp");
    }
}
