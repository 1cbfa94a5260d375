package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.CLIENT_TOKEN;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adresses: the seed's cards, the save with both addresses and the version, errors and conflicts. */
class AddressesIT extends PortalIntegration {

    private static final String ADDRESSES = "/api/clients/" + FRANCIS_ID + "/addresses";

    static final String WITH_BILLING = """
            {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","firstName":"Francis","lastName":"Marceau",
             "displayName":"Francis Marceau","email":"francis.marceau@exemple.ca","status":"ACTIVE",
             "billingAddress":{"line1":"123 rue Saint-Denis","line2":null,"city":"Montréal","province":"QC",
                               "postalCode":"H2X 1K4","country":"CA"},
             "shippingAddress":null,"options":{"newsletter":false,"sms":false,"twoFactor":false},"version":4}
            """;

    @BeforeEach
    void reset() {
        backend.reply("GET", "/api/clients/me", 200, Pages.FRANCIS);
    }

    @Test
    void emptyAddressesShowTheSeedsCardsInFrench() throws Exception {
        Document page = page(get("/adresses"), HttpStatus.OK);

        assertThat(page.selectFirst(".lead").text())
                .isEqualTo("Les adresses suivantes seront utilisées par défaut sur la page de paiement.");
        assertThat(testId(page, "address-billing-card").selectFirst("summary").text())
                .isEqualTo("Adresse de facturation Entrer votre adresse de facturation ici");
        assertThat(testId(page, "address-shipping-card").selectFirst("summary").text())
                .isEqualTo("Adresse de livraison Entrer votre adresse ici");
        Element form = testId(page, "address-form");
        assertThat(form.attr("hx-post")).isEqualTo("/adresses");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
        assertThat(form.select("select[name=billingAddress.province] option").eachAttr("value"))
                .startsWith("QC", "AB")
                .hasSize(13);
        assertThat(form.selectFirst("select[name=billingAddress.province] option[selected]")
                        .text())
                .isEqualTo("Québec");
        assertThat(form.select("[data-testid=address-billing-card] input").eachAttr("name"))
                .containsExactly(
                        "billingAddress.line1",
                        "billingAddress.line2",
                        "billingAddress.city",
                        "billingAddress.postalCode");
        assertThat(testId(page, "address-save").text()).isEqualTo("Sauvegarder");
        assertThat(testId(page, "nav-addresses").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void cardsAreInEnglishWithLangEnAndShowAStoredAddress() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, WITH_BILLING);

        Document page = page(get("/adresses").param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "address-billing-card").selectFirst("summary").text())
                .isEqualTo("Billing address 123 rue Saint-Denis Montréal (QC) H2X 1K4");
        assertThat(testId(page, "address-shipping-card").selectFirst("summary").text())
                .isEqualTo("Shipping address Enter your address here");
        assertThat(page.selectFirst(".lead").text())
                .isEqualTo("The following addresses will be used by default on the payment page.");
    }

    @Test
    void savingSendsBothAddressesAndTheVersionAsTheClient() throws Exception {
        backend.reply("PUT", ADDRESSES, 200, WITH_BILLING.replace("\"version\":4", "\"version\":5"));

        Document fragment = page(
                save().param("billingAddress.line1", " 123 rue Saint-Denis ")
                        .param("billingAddress.line2", "")
                        .param("billingAddress.city", "Montréal")
                        .param("billingAddress.province", "QC")
                        .param("billingAddress.postalCode", "h2x1k4")
                        .param("shippingAddress.line1", "")
                        .param("shippingAddress.line2", "")
                        .param("shippingAddress.city", "")
                        .param("shippingAddress.province", "QC")
                        .param("shippingAddress.postalCode", "")
                        .param("version", "4"),
                HttpStatus.OK);

        // Exactly the contract's body: both addresses (the empty one null) and the version.
        Pages.assertSent("PUT", ADDRESSES, """
                {"billingAddress":{"line1":"123 rue Saint-Denis","line2":null,"city":"Montréal","province":"QC",
                                   "postalCode":"h2x1k4","country":"CA"},
                 "shippingAddress":null,"version":4}
                """);
        Received put = backend.received().getLast();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.authorization()).isEqualTo("Bearer " + CLIENT_TOKEN);
        // The htmx answer is the form alone, with the new version and the stored values.
        assertThat(fragment.select("[data-testid=sidebar]")).isEmpty();
        assertThat(testId(fragment, "saved-message").text()).isEqualTo("Vos modifications ont été enregistrées.");
        assertThat(fragment.selectFirst("input[name=version]").val()).isEqualTo("5");
        assertThat(fragment.selectFirst("input[name=billingAddress.postalCode]").val())
                .isEqualTo("H2X 1K4");
    }

    @Test
    void validationMessagesAreShownNextToTheirFieldsInTheUsersLanguage() throws Exception {
        backend.reply("PUT", ADDRESSES, 400, """
                {"title":"Requête invalide","status":400,"detail":"La requête contient des erreurs.",
                 "errors":[{"field":"billingAddress.postalCode","message":"Le code postal doit avoir la forme A1A 1A1."}]}
                """);

        Document fragment = page(
                save().param("billingAddress.line1", "1 rue X")
                        .param("billingAddress.city", "Laval")
                        .param("billingAddress.province", "QC")
                        .param("billingAddress.postalCode", "ZZZ")
                        .param("version", "0"),
                HttpStatus.BAD_REQUEST);

        Element error = testId(fragment, "field-error");
        assertThat(error.text()).isEqualTo("Le code postal doit avoir la forme A1A 1A1.");
        assertThat(error.parent().selectFirst("input").attr("name")).isEqualTo("billingAddress.postalCode");
        assertThat(error.parent().selectFirst("input").val()).isEqualTo("ZZZ");
        assertThat(error.parent().selectFirst("input").attr("aria-invalid")).isEqualTo("true");
        assertThat(testId(fragment, "address-billing-card").hasAttr("open")).isTrue();
        assertThat(backend.received().getLast().acceptLanguage()).isEqualTo("fr-CA");

        backend.reply("PUT", ADDRESSES, 400, """
                {"status":400,"errors":[{"field":"billingAddress.postalCode","message":"The postal code must look like A1A 1A1."}]}
                """);
        Document english = page(
                save().param("lang", "en")
                        .param("billingAddress.line1", "1 rue X")
                        .param("billingAddress.postalCode", "ZZZ")
                        .param("version", "0"),
                HttpStatus.BAD_REQUEST);
        assertThat(testId(english, "field-error").text()).isEqualTo("The postal code must look like A1A 1A1.");
        assertThat(english.text()).contains("Please correct the fields shown.");
        assertThat(backend.received().getLast().acceptLanguage()).isEqualTo("en-CA");
    }

    @Test
    void aConflictSaysSoAndKeepsWhatWasTyped() throws Exception {
        backend.reply("PUT", ADDRESSES, 409, """
                {"title":"Conflit","status":409,"detail":"Modifié par quelqu'un d'autre."}
                """);

        Document fragment = page(
                save().param("shippingAddress.line1", "9 avenue du Parc")
                        .param("shippingAddress.city", "Québec")
                        .param("shippingAddress.province", "QC")
                        .param("shippingAddress.postalCode", "G1R 4P5")
                        .param("version", "2"),
                HttpStatus.CONFLICT);

        assertThat(testId(fragment, "conflict-message").text())
                .startsWith("Ces informations ont été modifiées ailleurs pendant que vous les éditiez");
        assertThat(fragment.selectFirst("input[name=shippingAddress.line1]").val())
                .isEqualTo("9 avenue du Parc");
        assertThat(fragment.selectFirst("input[name=version]").val()).isEqualTo("2");
    }

    private static MockHttpServletRequestBuilder save() {
        return htmxPost("/adresses");
    }
}
