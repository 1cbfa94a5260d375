package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BRANCHES;
import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.IDENTITY_DOWN;
import static ca.clientele.adminportal.Pages.QUEBEC_BRANCH;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.francis;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.htmxPost;
import static ca.clientele.adminportal.Pages.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The edit forms of section 1: each sends exactly the contract's JSON with the record version,
 * answers the saved form plus out-of-band updates, and shows field errors (fr and en), conflicts
 * and an unavailable registry without losing what was typed.
 */
class RecordFormsIT extends PortalIT {

    static final String CLIENT = "/clients/" + FRANCIS_ID;
    static final String API = "/api/clients/" + FRANCIS_ID;

    @Test
    void theProfileFormSendsTheContractsJsonAndTheVersionAsTheStaffMember() throws Exception {
        reply(
                "PUT",
                API + "/profile",
                200,
                francis(4, "\"displayName\":\"Francis Marceau\"", "\"displayName\":\"François M.\""));

        MvcResult result = mvc.perform(htmxPost(CLIENT + "/profile")
                        .param("firstName", " Francis ")
                        .param("lastName", "Marceau")
                        .param("displayName", "François M.")
                        .param("mobilePhone", "514 555-0100")
                        .param("homePhone", "")
                        .param("preferredLanguage", "en")
                        .param("bio", "")
                        .param("version", "3")
                        .param("_csrf", "token-for-the-gateway"))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(sentJson("PUT", API + "/profile")).isEqualTo(json("""
                {"firstName":"Francis","lastName":"Marceau","displayName":"François M.","mobilePhone":"514 555-0100",
                 "homePhone":null,"preferredLanguage":"en","bio":null,"version":3}
                """));
        assertThat(sent("PUT", API + "/profile").getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);
        assertThat(sent("PUT", API + "/profile").getHeader("Accept-Language")).isEqualTo("fr-CA");

        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html", "logout-form");
        Document answer = html(result);
        Element form = testId(answer, "form-profile");
        assertThat(testId(form, "saved-message").text()).isEqualTo("Modifications enregistrées.");
        // The stored (normalised) values come back, with the new version.
        assertThat(testId(form, "profile-mobilePhone").val()).isEqualTo("514 555-0100");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("4");
        assertOutOfBandUpdates(answer, 4);
        assertThat(answer.selectFirst("#client-heading[hx-swap-oob] [data-testid=client-name]")
                        .text())
                .isEqualTo("François M.");
        assertThat(answer.selectFirst("#client-summary [data-testid=client-display-name]")
                        .text())
                .isEqualTo("François M.");
    }

    @Test
    void theRegistrysFieldMessagesAreShownNextToTheirInputsWithWhatWasTyped() throws Exception {
        reply("PUT", API + "/profile", 400, """
                {"title":"Données invalides","status":400,"detail":"Certains champs sont invalides.",
                 "errors":[{"field":"mobilePhone","message":"Le numéro de téléphone n'est pas valide."},
                           {"field":"homePhone","message":"Le numéro de téléphone n'est pas valide."},
                           {"field":"phones","message":"Un seul numéro par type."}]}
                """);

        Document answer = submit(
                CLIENT + "/profile",
                400,
                "firstName=Francis",
                "lastName=Marceau",
                "mobilePhone=514-pas-un-numéro",
                "homePhone=0",
                "preferredLanguage=fr",
                "version=3");

        Element mobile = testId(answer, "profile-mobilePhone");
        assertThat(mobile.val()).isEqualTo("514-pas-un-numéro");
        assertThat(mobile.attr("aria-invalid")).isEqualTo("true");
        assertThat(mobile.attr("aria-describedby")).isEqualTo("profile-mobilePhone-error");
        assertThat(fieldError(answer, "profile-mobilePhone")).isEqualTo("Le numéro de téléphone n'est pas valide.");
        assertThat(fieldError(answer, "profile-homePhone")).isEqualTo("Le numéro de téléphone n'est pas valide.");
        assertThat(testId(answer, "profile-lastName").hasAttr("aria-invalid")).isFalse();
        assertThat(testId(answer, "form-errors").selectFirst("p").text())
                .isEqualTo("Veuillez corriger les champs indiqués. Vos saisies sont conservées.");
        // A message for no input of this form is still shown, above it.
        assertThat(testId(testId(answer, "form-errors"), "field-error").text()).isEqualTo("Un seul numéro par type.");
        assertThat(answer.select("[hx-swap-oob]")).isEmpty();
        assertThat(answer.selectFirst("input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void whatThePortalCanCheckItselfIsRefusedBeforeTheRegistryIsCalled() throws Exception {
        Document answer = submit(CLIENT + "/profile", 400, "firstName= ", "lastName=Marceau", "version=3");

        assertRefusedBeforeSending(answer, "profile-firstName", "Ce champ est obligatoire.", "PUT", API + "/profile");
        assertThat(testId(answer, "profile-lastName").val()).isEqualTo("Marceau");

        Document english = submit(CLIENT + "/profile", 400, "lang=en", "lastName=", "version=3");
        assertThat(fieldError(english, "profile-lastName")).isEqualTo("This field is required.");
    }

    @Test
    void inEnglishTheRegistryIsAskedInEnglishAndTheFormSpeaksEnglish() throws Exception {
        reply("PUT", API + "/profile", 400, invalid("mobilePhone", "The phone number is not valid."));

        Document answer = submit(
                CLIENT + "/profile",
                400,
                "lang=en",
                "firstName=Francis",
                "lastName=Marceau",
                "mobilePhone=1",
                "version=3");

        assertThat(sent("PUT", API + "/profile").getHeader("Accept-Language")).isEqualTo("en-CA");
        assertThat(fieldError(answer, "profile-mobilePhone")).isEqualTo("The phone number is not valid.");
        assertThat(testId(answer, "form-errors").selectFirst("p").text())
                .isEqualTo("Please correct the fields shown. What you typed is kept.");
        assertThat(answer.selectFirst("label[for=profile-firstName]").text()).isEqualTo("First name *");
        assertThat(testId(answer, "profile-save").text()).isEqualTo("Save");
    }

    @Test
    void aConflictSaysSomeoneElseChangedTheClientAndKeepsWhatWasTyped() throws Exception {
        reply("GET", "/api/branches", 200, BRANCHES);
        reply("PUT", API + "/general", 409, CONFLICT);

        MvcResult result = mvc.perform(htmxPost(CLIENT + "/general")
                        .param("notes", "Rappeler jeudi.")
                        .param("latitude", "45,5")
                        .param("longitude", "-73,6")
                        .param("preferredBranchId", QUEBEC_BRANCH)
                        .param("version", "3"))
                .andExpect(status().isConflict())
                .andReturn();
        Document answer = html(result);

        assertThat(testId(answer, "conflict-message").text())
                .startsWith(
                        "Ce client a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rechargez la page")
                .contains("rien n'a été enregistré");
        assertThat(testId(answer, "general-notes").text()).isEqualTo("Rappeler jeudi.");
        assertThat(testId(answer, "general-latitude").val()).isEqualTo("45,5");
        assertThat(sentJson("PUT", API + "/general").get("latitude").asString()).isEqualTo("45.5");
        assertThat(testId(answer, "general-preferredBranchId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(QUEBEC_BRANCH);
        assertThat(answer.selectFirst("input[name=version]").val()).isEqualTo("3");
        assertThat(answer.select("[hx-swap-oob]")).isEmpty();

        Document english = html(
                mvc.perform(htmxPost(CLIENT + "/general").param("lang", "en").param("version", "3"))
                        .andExpect(status().isConflict())
                        .andReturn());
        assertThat(testId(english, "conflict-message").text())
                .startsWith("Someone else changed this client while you were editing it. Reload the page");
    }

    @Test
    void whenTheRegistryIsDownNothingIsSavedAndWhatWasTypedStays() throws Exception {
        reply("PUT", API + "/addresses", 503, IDENTITY_DOWN);

        Document answer = submit(
                CLIENT + "/addresses",
                503,
                "billingAddress.line1=9 avenue du Parc",
                "billingAddress.province=ON",
                "version=3");

        assertThat(testId(answer, "unavailable-message").text())
                .isEqualTo("Le service est temporairement indisponible : rien n'a été enregistré. "
                        + "Vos saisies sont conservées ; réessayez dans quelques instants.");
        assertThat(testId(answer, "addresses-billingAddress-line1").val()).isEqualTo("9 avenue du Parc");
        assertThat(testId(answer, "addresses-billingAddress-province")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("ON");
    }

    @Test
    void theGeneralFormSendsNumbersTypedTheFrenchWayAndTheChosenBranch() throws Exception {
        reply("GET", "/api/branches", 200, BRANCHES);
        reply(
                "PUT",
                API + "/general",
                200,
                francis(
                        4,
                        "\"preferredBranchId\":\"b1000000-0000-4000-8000-000000000001\"",
                        "\"preferredBranchId\":\"" + QUEBEC_BRANCH + "\"",
                        "\"discount\":{\"percent\":10.0,\"endsOn\":\"2027-01-31\"}",
                        "\"discount\":{\"percent\":12.5,\"endsOn\":\"2027-03-31\"}"));

        Document answer = submit(
                CLIENT + "/general",
                200,
                "latitude=45,5017",
                "longitude= -73,5673 ",
                "preferredBranchId=" + QUEBEC_BRANCH,
                "discountPercent=12,5",
                "discountEndsOn=2027-03-31",
                "notes=Préfère le matin.",
                "version=3");

        assertThat(sentJson("PUT", API + "/general")).isEqualTo(json("""
                {"latitude":45.5017,"longitude":-73.5673,"preferredBranchId":"%s","discountPercent":12.5,
                 "discountEndsOn":"2027-03-31","notes":"Préfère le matin.","version":3}
                """.formatted(QUEBEC_BRANCH)));
        assertThat(testId(answer, "general-preferredBranchId")
                        .selectFirst("option[selected]")
                        .text())
                .isEqualTo("Québec — Limoilou");
        assertThat(testId(answer, "general-discountPercent").val()).isEqualTo("12,5");
        assertThat(testId(answer, "notes-staff-only").text()).isEqualTo("Visible au personnel seulement");
        assertOutOfBandUpdates(answer, 4);
    }

    @Test
    void noDiscountAndNoCoordinatesAreSentAsNull() throws Exception {
        reply("GET", "/api/branches", 200, BRANCHES);
        reply("PUT", API + "/general", 200, francis(4));

        mvc.perform(htmxPost(CLIENT + "/general")
                        .param("latitude", "")
                        .param("longitude", "")
                        .param("preferredBranchId", "")
                        .param("discountPercent", " ")
                        .param("discountEndsOn", "")
                        .param("notes", "")
                        .param("version", "3"))
                .andExpect(status().isOk());

        assertThat(sentJson("PUT", API + "/general")).isEqualTo(json("""
                {"latitude":null,"longitude":null,"preferredBranchId":null,"discountPercent":null,
                 "discountEndsOn":null,"notes":null,"version":3}
                """));
    }

    @Test
    void whatCannotBeANumberOrADateIsRefusedBeforeTheRegistryIsCalled() throws Exception {
        reply("GET", "/api/branches", 200, BRANCHES);

        Document answer = submit(
                CLIENT + "/general",
                400,
                "latitude=nord",
                "discountEndsOn=31 janvier",
                "notes=Gardé tel quel.",
                "version=3");

        assertRefusedBeforeSending(
                answer, "general-latitude", "Entrez un nombre, par exemple 4,5.", "PUT", API + "/general");
        assertThat(fieldError(answer, "general-discountEndsOn")).isEqualTo("Entrez une date, par exemple 2020-05-31.");
        assertThat(testId(answer, "general-latitude").val()).isEqualTo("nord");
        assertThat(testId(answer, "general-notes").text()).isEqualTo("Gardé tel quel.");
    }

    @Test
    void withoutBranchesTheGeneralFormKeepsThePreferredBranchItWasShownWith() throws Exception {
        reply("GET", "/api/branches", 503, "{}");
        reply("PUT", API + "/general", 409, CONFLICT);

        Document answer = submit(CLIENT + "/general", 409, "preferredBranchId=" + QUEBEC_BRANCH, "version=3");

        assertThat(sentJson("PUT", API + "/general").get("preferredBranchId").asString())
                .isEqualTo(QUEBEC_BRANCH);
        assertThat(testId(answer, "branches-unavailable")).isNotNull();
        assertThat(answer.selectFirst("input[type=hidden][name=preferredBranchId]")
                        .val())
                .isEqualTo(QUEBEC_BRANCH);
    }

    @Test
    void theAddressFormSendsBothAddressesAnEmptyOneAsNull() throws Exception {
        reply("PUT", API + "/addresses", 200, francis(4, "\"postalCode\":\"H2X 1K4\"", "\"postalCode\":\"H2X 1K5\""));

        Document answer = submit(
                CLIENT + "/addresses",
                200,
                "billingAddress.line1=125 rue Saint-Denis",
                "billingAddress.line2=",
                "billingAddress.city=Montréal",
                "billingAddress.province=QC",
                "billingAddress.postalCode=h2x1k5",
                "shippingAddress.line1=",
                "shippingAddress.line2=",
                "shippingAddress.city=",
                "shippingAddress.province=QC",
                "shippingAddress.postalCode=",
                "version=3");

        assertThat(sentJson("PUT", API + "/addresses")).isEqualTo(json("""
                {"billingAddress":{"line1":"125 rue Saint-Denis","line2":null,"city":"Montréal","province":"QC",
                                   "postalCode":"h2x1k5","country":"CA"},
                 "shippingAddress":null,"version":3}
                """));
        assertThat(testId(answer, "addresses-billingAddress-postalCode").val()).isEqualTo("H2X 1K5");
        assertThat(testId(answer, "addresses-shippingAddress-province")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("QC");
    }

    @Test
    void aNestedFieldMessageFindsItsAddressInputInBothLanguages() throws Exception {
        reply(
                "PUT",
                API + "/addresses",
                400,
                invalid("shippingAddress.postalCode", "Le code postal doit avoir la forme A1A 1A1."));

        Document answer = submit(
                CLIENT + "/addresses",
                400,
                "shippingAddress.line1=1 rue X",
                "shippingAddress.postalCode=ZZZ",
                "version=3");

        assertThat(answer.getElementById("addresses-shippingAddress-postalCode-error")
                        .text())
                .isEqualTo("Le code postal doit avoir la forme A1A 1A1.");
        assertThat(testId(answer, "addresses-shippingAddress-postalCode").val()).isEqualTo("ZZZ");
        assertThat(answer.select("[data-testid=addresses-billingAddress-postalCode][aria-invalid]"))
                .isEmpty();

        reply(
                "PUT",
                API + "/addresses",
                400,
                invalid("shippingAddress.postalCode", "The postal code must look like A1A 1A1."));
        Document english = submit(CLIENT + "/addresses", 400, "lang=en", "shippingAddress.postalCode=ZZZ", "version=3");
        assertThat(english.getElementById("addresses-shippingAddress-postalCode-error")
                        .text())
                .isEqualTo("The postal code must look like A1A 1A1.");
        assertThat(english.selectFirst("label[for=addresses-shippingAddress-postalCode]")
                        .text())
                .isEqualTo("Postal code");
    }

    @Test
    void anEmailChangeSaysTheClientMustVerifyItAndUpdatesThePage() throws Exception {
        reply("PUT", API + "/email", 200, francis(4, "francis.marceau@exemple.ca", "francis@nouveau.ca"));

        Document answer = submit(CLIENT + "/email", 200, "email= francis@nouveau.ca ", "version=3");

        assertThat(sentJson("PUT", API + "/email")).isEqualTo(json("""
                {"email":"francis@nouveau.ca","version":3}
                """));
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo("Adresse enregistrée. Un courriel de vérification a été envoyé à francis@nouveau.ca : "
                        + "le client doit confirmer sa nouvelle adresse.");
        assertThat(answer.selectFirst("#client-summary[hx-swap-oob] [data-testid=client-email]")
                        .text())
                .isEqualTo("francis@nouveau.ca");
        // The invitation goes to the new address from now on, and says so.
        assertThat(answer.selectFirst("#invitation[hx-swap-oob]").text()).contains("francis@nouveau.ca");
        assertOutOfBandUpdates(answer, 4);
    }

    @Test
    void anEmailAlreadyUsedByAnotherClientIsSaidNextToTheEmail() throws Exception {
        // The registry names the field, so the message goes next to the e-mail, not above as a conflict.
        reply("PUT", API + "/email", 409, """
                {"title":"Conflit","status":409,"detail":"Cette adresse courriel est déjà celle d'un autre client.",
                 "errors":[{"field":"email","message":"Cette adresse courriel est déjà celle d'un autre client."}]}
                """);

        Document answer = submit(CLIENT + "/email", 409, "email=elise@exemple.ca", "version=3");

        assertThat(answer.getElementById("email-email-error").text())
                .isEqualTo("Cette adresse courriel est déjà celle d'un autre client.");
        assertThat(testId(answer, "email-email").val()).isEqualTo("elise@exemple.ca");
        assertThat(answer.select("[data-testid=conflict-message]")).isEmpty();
    }

    @Test
    void withoutJavaScriptASaveAnswersTheWholePage() throws Exception {
        ClientPageIT.stubPage();
        reply("PUT", API + "/profile", 400, invalid("mobilePhone", "Le numéro de téléphone n'est pas valide."));

        MvcResult result = mvc.perform(Pages.post(CLIENT + "/profile")
                        .with(Pages.staff())
                        .param("firstName", "Francis")
                        .param("lastName", "Marceau")
                        .param("mobilePhone", "123")
                        .param("version", "3"))
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("<html", "logout-form");
        Document page = html(result);
        assertThat(fieldError(page, "profile-mobilePhone")).isEqualTo("Le numéro de téléphone n'est pas valide.");
        assertThat(testId(page, "profile-mobilePhone").val()).isEqualTo("123");
        // The other forms are as stored.
        assertThat(testId(page, "email-email").val()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "timeline")).isNotNull();
    }

    @Test
    void withoutJavaScriptASavedFormIsTheOnlyOneThatSaysSo() throws Exception {
        ClientPageIT.stubPage();
        reply("PUT", API + "/email", 200, francis(4, "francis.marceau@exemple.ca", "francis@nouveau.ca"));

        Document page = html(mvc.perform(Pages.post(CLIENT + "/email")
                        .with(Pages.staff())
                        .param("email", "francis@nouveau.ca")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("[data-testid=saved-message]")).hasSize(1);
        assertThat(testId(testId(page, "form-email"), "saved-message").text()).startsWith("Adresse enregistrée.");
        assertThat(testId(page, "client-email").text()).isEqualTo("francis@nouveau.ca");
        // Every form of the page sends the new version next.
        assertThat(testId(page, "form-profile")
                        .selectFirst("input[name=version]")
                        .val())
                .isEqualTo("4");
    }

    @Test
    void aClientTokenCannotSaveAnything() throws Exception {
        for (String form :
                new String[] {"profile", "email", "status", "general", "addresses", "options", "invitation"}) {
            mvc.perform(Pages.post(CLIENT + "/" + form)
                            .header("HX-Request", "true")
                            .with(Pages.client())
                            .param("version", "3"))
                    .andExpect(status().isForbidden());
        }
        assertThat(allCalls()).isEmpty();
    }

    /** After a save every form of the record gets the new version, and the page its new facts. */
    static void assertOutOfBandUpdates(Document answer, int version) {
        for (String form : new String[] {"profile", "email", "status", "general", "addresses", "options"}) {
            Element input = answer.selectFirst("input#version-" + form + "[hx-swap-oob]");
            assertThat(input).as("out-of-band version of %s", form).isNotNull();
            assertThat(input.val()).isEqualTo(String.valueOf(version));
        }
        assertThat(answer.select("#client-heading[hx-swap-oob]")).hasSize(1);
        assertThat(answer.select("#client-summary[hx-swap-oob]")).hasSize(1);
        assertThat(answer.select("#status-facts[hx-swap-oob]")).hasSize(1);
    }
}
