package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.EMAIL;
import static ca.clientele.webportal.AccountFixtures.PROFILE;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.STAFF_NOTE;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.AccountFixtures.record;
import static ca.clientele.webportal.Pages.CLIENT_TOKEN;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.clientele.webportal.RegistryStub.Received;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Détails du compte: the seed's fields in its order, the profile and e-mail forms with exactly the
 * contract's JSON, errors in both languages, conflicts, the Keycloak password link, and no
 * staff-only value on any page.
 */
class AccountDetailsIT extends PortalIntegration {

    @BeforeEach
    void reset() {
        accountPage(backend, RECORD, "[" + BISCUIT + "]");
    }

    @Test
    void thePageShowsTheSeedsFieldsInItsOrderInFrench() throws Exception {
        Document page = page("fr");

        assertThat(testId(page, "section-title").text()).isEqualTo("Détails du compte");
        assertThat(testId(page, "nav-account").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("[data-testid=coming-soon]")).isEmpty();
        // The sections in the seed's order, then options and pets.
        assertThat(page.select("main [data-testid]:is(section, form)").eachAttr("data-testid"))
                .containsSubsequence(
                        "account-picture", "profile-form", "email-form", "password-section", "options-form", "pets");
        // Picture: the initials until there is a photo, and the upload (see PhotosIT).
        assertThat(testId(page, "account-avatar").text()).isEqualTo("FM");
        assertThat(testId(page, "profile-photo-upload").selectFirst("input[type=file]"))
                .isNotNull();

        Element profile = testId(page, "profile-form");
        assertThat(profile.attr("hx-post")).isEqualTo("/compte/profil");
        assertThat(profile.select("input:not([type=hidden]), textarea, select").eachAttr("name"))
                .containsExactly(
                        "bio", "firstName", "lastName", "displayName", "mobilePhone", "homePhone", "preferredLanguage");
        assertThat(profile.select("label").eachText())
                .containsExactly(
                        "Bio",
                        "Prénom *",
                        "Nom *",
                        "Nom d'affichage *",
                        "Téléphone cellulaire",
                        "Téléphone à la maison",
                        "Langue de préférence *");
        assertThat(profile.selectFirst("#bio-hint").text())
                .isEqualTo("Vous pouvez parler de vous et de vos animaux ici");
        assertThat(profile.selectFirst("#displayName-hint").text())
                .isEqualTo("C'est ainsi que votre nom apparaîtra dans la section « Compte » et dans les avis.");
        assertThat(profile.selectFirst("textarea[name=bio]").attr("maxlength")).isEqualTo("2000");
        assertThat(profile.selectFirst("textarea[name=bio]").text())
                .isEqualTo("Maître de Biscuit, une labrador gourmande.");
        assertThat(profile.selectFirst("input[name=displayName]").val()).isEqualTo("Francis M.");
        // Stored E.164, shown as Quebec writes it.
        assertThat(profile.selectFirst("input[name=mobilePhone]").val()).isEqualTo("514 555-0100");
        assertThat(profile.selectFirst("select[name=preferredLanguage] option[selected]")
                        .val())
                .isEqualTo("fr");
        assertThat(profile.selectFirst("input[name=version]").val()).isEqualTo("4");
        assertThat(testId(profile, "profile-save").text()).isEqualTo("Sauvegarder");

        Element email = testId(page, "email-form");
        assertThat(email.attr("hx-post")).isEqualTo("/compte/courriel");
        assertThat(email.selectFirst("label").text()).isEqualTo("Adresse courriel *");
        assertThat(email.selectFirst("input[name=email]").val()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(email.selectFirst("#email-hint").text()).contains("un courriel de vérification sera envoyé");
    }

    @Test
    void thePasswordIsChangedOnKeycloaksPageNotWithFieldsThatWouldPretend() throws Exception {
        Document page = page("fr");

        Element link = testId(page, "password-change");
        assertThat(link.attr("href")).isEqualTo("/oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD");
        assertThat(link.text()).isEqualTo("Modifier mon mot de passe");
        assertThat(testId(page, "password-section").selectFirst("h2").text()).isEqualTo("Modification du mot de passe");
        assertThat(page.select("input[type=password]")).isEmpty();

        assertThat(testId(page("en"), "password-change").text()).isEqualTo("Change my password");
    }

    @Test
    void theEnglishPageShowsTheSameData() throws Exception {
        Document french = page("fr");
        Document english = page("en");

        assertThat(testId(english, "section-title").text()).isEqualTo("Account details");
        assertThat(testId(english, "profile-form").select("label").eachText())
                .startsWith("Bio", "First name *", "Last name *", "Display name *");
        for (String form : new String[] {"profile-form", "email-form", "options-form"}) {
            assertThat(values(testId(english, form))).isEqualTo(values(testId(french, form)));
        }
        assertThat(testId(english, "pet-name").text()).isEqualTo("Biscuit");
        assertThat(testId(english, "pet-facts").text()).isEqualTo("Dog · Labrador · Female · 28.5 kg");
        assertThat(testId(french, "pet-facts").text()).isEqualTo("Chien · Labrador · Femelle · 28,5 kg");
        assertThat(backend.received())
                .filteredOn(call -> call.path().endsWith("/pets"))
                .last()
                .extracting(Received::acceptLanguage)
                .isEqualTo("en-CA");
    }

    @Test
    void staffOnlyNotesNeverReachThePageEvenIfTheRegistrySendsThem() throws Exception {
        backend.reply("PUT", PROFILE, 200, record("\"version\":4", "\"version\":5"));

        // The whole page, an htmx save's answer, the dashboard: the raw HTML, comments included.
        for (Document answer : java.util.List.of(
                page(get("/compte"), HttpStatus.OK),
                page(save("/compte/profil").param("firstName", "Francis").param("version", "4"), HttpStatus.OK),
                page(get("/"), HttpStatus.OK))) {
            assertThat(answer.outerHtml()).doesNotContain(STAFF_NOTE, "mauvais payeur");
        }
    }

    @Test
    void savingTheProfileSendsExactlyTheContractsBodyAndUpdatesThePage() throws Exception {
        backend.reply(
                "PUT",
                PROFILE,
                200,
                record(
                        "\"version\":4", "\"version\":5",
                        "\"firstName\":\"Francis\"", "\"firstName\":\"François\"",
                        "\"displayName\":\"Francis M.\"", "\"displayName\":\"Frank\""));

        Document fragment = page(
                save("/compte/profil")
                        .param("bio", "  Maître de Biscuit.\nEt de Pistache.  ")
                        .param("firstName", " François ")
                        .param("lastName", "Marceau")
                        .param("displayName", "Frank")
                        .param("mobilePhone", "514 555-0100")
                        .param("homePhone", "")
                        .param("preferredLanguage", "en")
                        .param("version", "4"),
                HttpStatus.OK);

        assertSent("PUT", PROFILE, """
                {"firstName":"François","lastName":"Marceau","displayName":"Frank","mobilePhone":"514 555-0100",
                 "homePhone":null,"preferredLanguage":"en","bio":"Maître de Biscuit.\\nEt de Pistache.","version":4}
                """);
        assertThat(backend.received().getLast().authorization()).isEqualTo("Bearer " + CLIENT_TOKEN);
        // The htmx answer: the profile form alone, as stored, with the new version.
        assertThat(fragment.select("[data-testid=sidebar]")).isEmpty();
        assertThat(testId(fragment, "saved-message").text()).isEqualTo("Vos modifications ont été enregistrées.");
        assertThat(fragment.selectFirst("input[name=firstName]").val()).isEqualTo("François");
        assertThat(fragment.selectFirst("input[name=version]").val()).isEqualTo("5");
        // ...and, out of band, the new version for the page's other forms and the new names.
        assertThat(fragment.selectFirst("[hx-swap-oob='outerHTML:[data-record-version]']")
                        .val())
                .isEqualTo("5");
        assertThat(fragment.selectFirst("[hx-swap-oob='innerHTML:[data-client-display-name]']")
                        .text())
                .isEqualTo("Frank");
        assertThat(fragment.selectFirst("[hx-swap-oob='innerHTML:[data-client-welcome]']")
                        .text())
                .isEqualTo("Bienvenue François");
        // The targets those swaps look for exist on the full page.
        Document page = page("fr");
        assertThat(page.select("input[data-record-version]")).hasSize(3);
        assertThat(page.select("[data-client-display-name]")).hasSize(2);
        assertThat(page.select("[data-client-welcome]")).hasSize(1);
        assertThat(page.select("[data-client-initials]")).hasSize(2);
    }

    @Test
    void validationMessagesStandNextToTheirFieldsInFrenchAndEnglishWithWhatWasTyped() throws Exception {
        backend.reply("PUT", PROFILE, 400, """
                {"title":"Requête invalide","status":400,"detail":"La requête contient des erreurs.",
                 "errors":[{"field":"firstName","message":"Le prénom est obligatoire."},
                           {"field":"mobilePhone","message":"Ce numéro de téléphone n'est pas valide."}]}
                """);

        Document fragment = page(
                save("/compte/profil")
                        .param("firstName", "")
                        .param("lastName", "Marceau")
                        .param("displayName", "Frank")
                        .param("mobilePhone", "123")
                        .param("version", "4"),
                HttpStatus.BAD_REQUEST);

        assertThat(fragment.select("[data-testid=field-error]"))
                .extracting(error -> error.parent().selectFirst("input").attr("name"), Element::text)
                .containsExactly(
                        tuple("firstName", "Le prénom est obligatoire."),
                        tuple("mobilePhone", "Ce numéro de téléphone n'est pas valide."));
        assertThat(fragment.selectFirst("input[name=mobilePhone]").val()).isEqualTo("123");
        assertThat(fragment.selectFirst("input[name=mobilePhone]").attr("aria-describedby"))
                .isEqualTo("mobilePhone-error");
        assertThat(fragment.selectFirst("input[name=displayName]").val()).isEqualTo("Frank");
        assertThat(testId(fragment, "form-errors").text()).isEqualTo("Veuillez corriger les champs indiqués.");
        assertThat(backend.received().getLast().acceptLanguage()).isEqualTo("fr-CA");

        backend.reply("PUT", PROFILE, 400, """
                {"status":400,"errors":[{"field":"lastName","message":"The last name is required."}]}
                """);
        Document english = page(
                save("/compte/profil")
                        .param("lang", "en")
                        .param("firstName", "Francis")
                        .param("lastName", "")
                        .param("version", "4"),
                HttpStatus.BAD_REQUEST);
        assertThat(testId(english, "field-error").text()).isEqualTo("The last name is required.");
        assertThat(testId(english, "field-error").parent().selectFirst("input").attr("name"))
                .isEqualTo("lastName");
        assertThat(testId(english, "form-errors").text()).isEqualTo("Please correct the fields shown.");
        assertThat(backend.received().getLast().acceptLanguage()).isEqualTo("en-CA");
    }

    @Test
    void theEmailHasItsOwnFormAndSaysAVerificationEmailWasSent() throws Exception {
        backend.reply(
                "PUT",
                EMAIL,
                200,
                record("\"version\":4", "\"version\":5", "francis.marceau@exemple.ca", "francis@nouveau.ca"));

        Document fragment = page(
                save("/compte/courriel").param("email", " francis@nouveau.ca ").param("version", "4"), HttpStatus.OK);

        assertSent("PUT", EMAIL, """
                {"email":"francis@nouveau.ca","version":4}
                """);
        assertThat(testId(fragment, "saved-message").text())
                .isEqualTo("Adresse enregistrée. Un courriel de vérification a été envoyé à francis@nouveau.ca :"
                        + " cliquez sur le lien qu'il contient pour la confirmer.");
        assertThat(fragment.selectFirst("input[name=version]").val()).isEqualTo("5");
        assertThat(fragment.selectFirst("[hx-swap-oob='outerHTML:[data-record-version]']")
                        .val())
                .isEqualTo("5");
    }

    @Test
    void anEmailUsedByAnotherClientIsShownNextToTheFieldNotAsAConflict() throws Exception {
        backend.reply("PUT", EMAIL, 409, """
                {"title":"Conflit","status":409,"detail":"Cette adresse courriel est déjà utilisée.",
                 "errors":[{"field":"email","message":"Cette adresse courriel est déjà utilisée par un autre compte."}]}
                """);

        Document fragment = page(
                save("/compte/courriel").param("email", "cynthia@exemple.ca").param("version", "4"),
                HttpStatus.CONFLICT);

        assertThat(fragment.select("[data-testid=conflict-message]")).isEmpty();
        assertThat(testId(fragment, "field-error").text())
                .isEqualTo("Cette adresse courriel est déjà utilisée par un autre compte.");
        assertThat(fragment.selectFirst("input[name=email]").val()).isEqualTo("cynthia@exemple.ca");

        // A 409 that names no field is the stale-version conflict.
        backend.reply("PUT", EMAIL, 409, """
                {"title":"Modification concurrente","status":409,"detail":"Quelqu'un d'autre a modifié cette fiche."}
                """);
        Document stale = page(
                save("/compte/courriel").param("email", "cynthia@exemple.ca").param("version", "3"),
                HttpStatus.CONFLICT);
        assertThat(testId(stale, "conflict-message")).isNotNull();
    }

    @Test
    void aPlainPostWithoutHtmxAnswersWithTheWholePage() throws Exception {
        backend.reply("PUT", PROFILE, 200, record("\"version\":4", "\"version\":5"));

        Document page = page(
                post("/compte/profil")
                        .param("firstName", "Francis")
                        .param("lastName", "Marceau")
                        .param("version", "4"),
                HttpStatus.OK);

        assertThat(testId(page, "sidebar")).isNotNull();
        assertThat(testId(testId(page, "profile-form"), "saved-message")).isNotNull();
        // Every record form of the page holds the new version; no out-of-band copies are needed.
        assertThat(page.select("input[data-record-version]").eachAttr("value")).containsExactly("5", "5", "5");
        assertThat(page.select("[hx-swap-oob]")).isEmpty();
        assertThat(testId(page, "pet-name").text()).isEqualTo("Biscuit");
    }

    @Test
    void everyFormCarriesTheGatewaysCsrfTokenForAPostWithoutJavaScript() throws Exception {
        Document page = page(get("/compte").cookie(new Cookie("XSRF-TOKEN", "jeton-csrf-42")), HttpStatus.OK);

        assertThat(page.select("main form[method=post]"))
                // profile, e-mail, options, Biscuit's edit and archive, Biscuit's new vaccination, new pet
                .hasSize(7)
                .allSatisfy(form ->
                        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("jeton-csrf-42"));
    }

    private Document page(String lang) throws Exception {
        return page(get("/compte").param("lang", lang), HttpStatus.OK);
    }

    /** The values of a form's fields by name, as a browser would post them. */
    private static java.util.Map<String, String> values(Element form) {
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        for (Element field : form.select("input[name], textarea[name]")) {
            if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                values.put(field.attr("name"), field.tagName().equals("textarea") ? field.text() : field.val());
            }
        }
        for (Element select : form.select("select[name]")) {
            Element selected = select.selectFirst("option[selected]");
            values.put(select.attr("name"), selected == null ? "" : selected.val());
        }
        return values;
    }

    private static MockHttpServletRequestBuilder save(String path) {
        return htmxPost(path);
    }
}
