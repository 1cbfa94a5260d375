package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.htmxPost;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A client who phoned: created by staff (no password yet), then invited to choose one. */
class NewClientIT extends PortalIT {

    @Test
    void theFormAsksForWhatAPhoneCallGivesInFrench() throws Exception {
        Document page = html(mvc.perform(get("/clients/new")
                        .cookie(new Cookie("XSRF-TOKEN", "9a8b-csrf"))
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element form = testId(page, "form-new-client");
        assertThat(form.attr("action")).isEqualTo("/admin/clients");
        assertThat(form.attr("method")).isEqualTo("post");
        // A plain post then a redirect: the same with or without JavaScript.
        assertThat(form.hasAttr("hx-post")).isFalse();
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("9a8b-csrf");
        assertThat(form.select("input[name=version]")).isEmpty();
        assertThat(form.select("label").eachText())
                .containsExactly(
                        "Prénom *",
                        "Nom *",
                        "Nom d'affichage (facultatif)",
                        "Adresse courriel *",
                        "Cellulaire",
                        "Langue préférée *");
        assertThat(testId(form, "new-client-email").attr("type")).isEqualTo("email");
        assertThat(testId(form, "new-client-mobilePhone").attr("type")).isEqualTo("tel");
        assertThat(testId(form, "new-client-preferredLanguage")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("fr");
        assertThat(testId(form, "new-client-save").text()).isEqualTo("Créer le client");
        assertThat(allCalls()).isEmpty();

        Document english =
                html(mvc.perform(get("/clients/new").queryParam("lang", "en").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(english.selectFirst("h1").text()).isEqualTo("New client");
        assertThat(english.select("label").eachText()).contains("Display name (optional)", "Preferred language *");
    }

    @Test
    void createdTheClientsPageFollowsWithANoticeAndTheContractsJsonWasSent() throws Exception {
        reply("POST", "/api/clients", 201, FRANCIS);

        mvc.perform(create().param("firstName", " Francis ")
                        .param("lastName", "Marceau")
                        .param("displayName", "")
                        .param("email", "francis.marceau@exemple.ca")
                        .param("mobilePhone", "514 555-0100")
                        .param("preferredLanguage", "fr")
                        .param("_csrf", "9a8b-csrf"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/clients/" + FRANCIS_ID + "?created=true"));

        assertThat(sentJson("POST", "/api/clients")).isEqualTo(json("""
                {"firstName":"Francis","lastName":"Marceau","displayName":null,"email":"francis.marceau@exemple.ca",
                 "mobilePhone":"514 555-0100","preferredLanguage":"fr"}
                """));
        assertThat(sent("POST", "/api/clients").getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);

        ClientPageIT.stubPage();
        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID)
                        .queryParam("created", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "created-notice").text())
                .isEqualTo("Fiche client créée. Le client n'a pas encore de mot de passe : "
                        + "envoyez-lui une invitation pour qu'il accède à son espace client.");
    }

    @Test
    void theRegistrysMessagesAreShownNextToTheirInputsAndNothingTypedIsLost() throws Exception {
        reply("POST", "/api/clients", 400, """
                {"status":400,"detail":"Certains champs sont invalides.",
                 "errors":[{"field":"mobilePhone","message":"Le numéro de téléphone n'est pas valide."}]}
                """);

        Document page = submit(create(), 400, FRANCIS_TYPED);

        assertThat(fieldError(page, "new-client-mobilePhone")).isEqualTo("Le numéro de téléphone n'est pas valide.");
        assertThat(testId(page, "new-client-firstName").val()).isEqualTo("Francis");
        assertThat(testId(page, "new-client-mobilePhone").val()).isEqualTo("123");
        assertThat(testId(page, "new-client-preferredLanguage")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("en");

        reply("POST", "/api/clients", 400, invalid("mobilePhone", "The phone number is not valid."));
        String[] english = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("lang=en"), java.util.Arrays.stream(FRANCIS_TYPED))
                .toArray(String[]::new);
        Document inEnglish = submit(create(), 400, english);
        assertThat(fieldError(inEnglish, "new-client-mobilePhone")).isEqualTo("The phone number is not valid.");
        assertThat(testId(inEnglish, "form-errors").text()).startsWith("Please correct the fields shown.");
    }

    @Test
    void missingNamesAndAnEmailThatIsNoEmailAreRefusedBeforeTheRegistryIsCalled() throws Exception {
        Document page = submit(create(), 400, "firstName=Francis", "lastName=", "email=pas-un-courriel");

        assertRefusedBeforeSending(page, "new-client-lastName", "Ce champ est obligatoire.", "POST", "/api/clients");
        assertThat(fieldError(page, "new-client-email"))
                .isEqualTo("Entrez une adresse courriel, par exemple nom@exemple.ca.");
        assertThat(testId(page, "new-client-email").val()).isEqualTo("pas-un-courriel");
    }

    @Test
    void anEmailAlreadyUsedIsSaidClearlyNextToTheEmail() throws Exception {
        // The registry names the field of a taken e-mail.
        reply("POST", "/api/clients", 409, """
                {"title":"Conflit","status":409,"detail":"Cette adresse courriel est déjà celle d'un autre client.",
                 "errors":[{"field":"email","message":"Cette adresse courriel est déjà celle d'un autre client."}]}
                """);

        Document page = submit(create(), 409, "firstName=Élise", "lastName=Béliveau", "email=elise@exemple.ca");

        assertThat(fieldError(page, "new-client-email"))
                .isEqualTo("Cette adresse courriel est déjà celle d'un autre client.");
        assertThat(testId(page, "new-client-email").val()).isEqualTo("elise@exemple.ca");
        assertThat(testId(page, "new-client-firstName").val()).isEqualTo("Élise");
        assertThat(page.select("[data-testid=conflict-message]")).isEmpty();
    }

    @Test
    void whenTheRegistryOrKeycloakIsDownTheFormSaysNothingWasCreated() throws Exception {
        reply("POST", "/api/clients", 503, "{\"status\":503,\"title\":\"Service d'identité indisponible\"}");

        Document page = submit(create(), 503, FRANCIS_TYPED);

        assertThat(testId(page, "unavailable-message").text()).startsWith("Le service est temporairement indisponible");
        assertThat(testId(page, "new-client-email").val()).isEqualTo("francis.marceau@exemple.ca");
    }

    @Test
    void theInvitationGoesToTheClientsAddressAndSaysWhen() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("POST", "/api/clients/" + FRANCIS_ID + "/invitation", 202, """
                {"sentAt":"2026-11-23T14:00:00Z"}
                """);

        var result = mvc.perform(htmxPost("/clients/" + FRANCIS_ID + "/invitation"))
                .andExpect(status().isOk())
                .andReturn();

        Document answer = html(result);
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo("Invitation envoyée à francis.marceau@exemple.ca le 2026-11-23 09:00. "
                        + "Le lien est valide 72 heures.");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("<html", "form-profile");
        assertThat(testId(answer, "invitation").id()).isEqualTo("invitation");
        assertThat(sent("POST", "/api/clients/" + FRANCIS_ID + "/invitation").getBodyAsString())
                .isEmpty();
    }

    @Test
    void anInvitationThatCouldNotBeSentSaysSo() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("POST", "/api/clients/" + FRANCIS_ID + "/invitation", 503, "{\"status\":503}");

        Document answer = html(
                mvc.perform(htmxPost("/clients/" + FRANCIS_ID + "/invitation").param("lang", "en"))
                        .andExpect(status().isServiceUnavailable())
                        .andReturn());

        assertThat(testId(answer, "unavailable-message").text())
                .startsWith("The service is temporarily unavailable: nothing was saved.");
        assertThat(testId(answer, "invitation-send").text()).isEqualTo("Send an invitation");
    }

    @Test
    void aClientTokenCannotCreateClients() throws Exception {
        mvc.perform(get("/clients/new").with(Pages.client())).andExpect(status().isForbidden());
        mvc.perform(post("/clients").with(Pages.client()).param("firstName", "X"))
                .andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }

    /** A whole new client as staff type it, in English, with a phone the registry refuses in some tests. */
    private static final String[] FRANCIS_TYPED = {
        "firstName=Francis",
        "lastName=Marceau",
        "email=francis.marceau@exemple.ca",
        "mobilePhone=123",
        "preferredLanguage=en"
    };

    private static MockHttpServletRequestBuilder create() {
        return post("/clients").with(staff());
    }
}
