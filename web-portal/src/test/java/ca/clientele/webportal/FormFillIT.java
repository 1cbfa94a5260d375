package ca.clientele.webportal;

import static ca.clientele.webportal.DocumentsIT.DRAFT_ID;
import static ca.clientele.webportal.DocumentsIT.FORM_ID;
import static ca.clientele.webportal.DocumentsIT.TO_FILL;
import static ca.clientele.webportal.DocumentsIT.WAITING;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Filling a form: the version the document-service offers, every field type in the client's
 * language with its help text, the draft picked up again, "Enregistrer le brouillon" and
 * "Soumettre" sending exactly the answers, the service's messages next to their fields.
 */
class FormFillIT extends PortalIntegration {

    private static final String PAGE = "/documents/formulaires/" + FORM_ID;
    private static final String VERSION = "/api/forms/" + FORM_ID + "/versions/2";
    private static final String DRAFT = "/api/forms/" + FORM_ID + "/draft";
    private static final String SUBMIT = "/api/forms/" + FORM_ID + "/submissions";
    private static final String PDF_ID = "0f1e2d3c-4b5a-4697-8877-665544332211";

    private static final String FORM = """
            {"id":"%s","version":2,"status":"PUBLISHED","titleFr":"Questionnaire santé","titleEn":"Health questionnaire",
             "descriptionFr":"Avant la première visite.","descriptionEn":"Before the first visit.",
             "availableToAll":false,"rowVersion":3,
             "fields":[
              {"key":"petName","type":"SHORT_TEXT","labelFr":"Nom de l'animal","labelEn":"Pet's name","required":true,"options":[]},
              {"key":"habits","type":"LONG_TEXT","labelFr":"Habitudes","labelEn":"Habits",
               "helpFr":"Repas, promenades, cachettes.","helpEn":"Meals, walks, hiding places.","required":false,"options":[]},
              {"key":"weight","type":"NUMBER","labelFr":"Poids (kg)","labelEn":"Weight (kg)","required":false,"options":[]},
              {"key":"lastVisit","type":"DATE","labelFr":"Dernière visite chez le vétérinaire","labelEn":"Last vet visit","required":false,"options":[]},
              {"key":"size","type":"SINGLE_CHOICE","labelFr":"Taille","labelEn":"Size","required":true,
               "options":[{"value":"SMALL","labelFr":"Petit","labelEn":"Small"},{"value":"LARGE","labelFr":"Grand","labelEn":"Large"}]},
              {"key":"services","type":"MULTIPLE_CHOICE","labelFr":"Services souhaités","labelEn":"Services wanted","required":false,
               "options":[{"value":"NAILS","labelFr":"Taille des griffes","labelEn":"Nail trim"},
                          {"value":"VISITS","labelFr":"Visites à domicile","labelEn":"Home visits"}]},
              {"key":"consent","type":"CHECKBOX","labelFr":"J'autorise les soins d'urgence","labelEn":"I allow emergency care",
               "required":true,"options":[]},
              {"key":"signature","type":"SIGNATURE","labelFr":"Signature","labelEn":"Signature","required":true,"options":[]}]}
            """.formatted(FORM_ID);

    private static final String DRAFT_VIEW = """
            {"id":"%s","formId":"%s","formVersion":2,"title":"Questionnaire santé","status":"DRAFT",
             "updatedAt":"2026-11-21T16:00:00Z","answers":{"petName":"Biscuit","weight":28.5,"services":["VISITS"],
             "consent":true,"size":"LARGE"},"rowVersion":3}
            """.formatted(DRAFT_ID, FORM_ID);

    @BeforeEach
    void reset() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", TO_FILL, 200, WAITING);
        backend.reply("GET", VERSION, 200, FORM);
        backend.reply("GET", "/api/forms/submissions/" + DRAFT_ID, 200, DRAFT_VIEW);
    }

    @Test
    void everyFieldIsRenderedInFrenchWithItsHelpAndTheDraftsAnswers() throws Exception {
        Document page = page(get(PAGE), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Questionnaire santé");
        assertThat(testId(page, "form-description").text()).isEqualTo("Avant la première visite.");
        Element form = testId(page, "fill-form");
        assertThat(form.attr("hx-post")).isEqualTo(PAGE);
        assertThat(form.select("label[for=answer-petName]").text()).isEqualTo("Nom de l'animal *");
        assertThat(form.selectFirst("input[name=answers[petName]]").val()).isEqualTo("Biscuit");
        // The draft's version goes back with the next save (a save from another tab meanwhile is a conflict).
        assertThat(form.selectFirst("input[type=hidden][name=rowVersion]").val())
                .isEqualTo("3");
        Element habits = form.selectFirst("textarea[name=answers[habits]]");
        assertThat(habits.attr("aria-describedby")).isEqualTo("answer-habits-hint");
        assertThat(form.getElementById("answer-habits-hint").text()).isEqualTo("Repas, promenades, cachettes.");
        assertThat(form.selectFirst("input[name=answers[weight]]").val()).isEqualTo("28.5");
        assertThat(form.selectFirst("input[name=answers[weight]]").attr("inputmode"))
                .isEqualTo("decimal");
        assertThat(form.selectFirst("input[name=answers[lastVisit]]").attr("type"))
                .isEqualTo("date");
        Element size = testId(form, "field-size");
        assertThat(size.tagName()).isEqualTo("fieldset");
        assertThat(size.selectFirst("legend").text()).isEqualTo("Taille *");
        assertThat(size.select("input[type=radio]").eachAttr("value")).containsExactly("SMALL", "LARGE");
        assertThat(size.select("input[checked]").eachAttr("value")).containsExactly("LARGE");
        assertThat(size.select("label").eachText()).containsExactly("Petit", "Grand");
        Element services = testId(form, "field-services");
        assertThat(services.select("input[type=checkbox]").eachAttr("value")).containsExactly("NAILS", "VISITS");
        assertThat(services.select("input[checked]").eachAttr("value")).containsExactly("VISITS");
        Element consent = form.selectFirst("input[name=answers[consent]]");
        assertThat(consent.attr("type")).isEqualTo("checkbox");
        assertThat(consent.hasAttr("checked")).isTrue();
        assertThat(form.select("label[for=answer-consent]").text()).isEqualTo("J'autorise les soins d'urgence *");
        assertThat(form.selectFirst("input[name=answers[signature]]").attr("autocomplete"))
                .isEqualTo("name");
        assertThat(testId(form, "signature-hint").text()).startsWith("Tapez votre nom complet");
        assertThat(testId(form, "fill-draft").text()).isEqualTo("Enregistrer le brouillon");
        assertThat(testId(form, "fill-submit").text()).isEqualTo("Soumettre");

        Document english = page(get(PAGE).param("lang", "en"), HttpStatus.OK);
        assertThat(testId(english, "section-title").text()).isEqualTo("Health questionnaire");
        assertThat(english.select("label[for=answer-petName]").text()).isEqualTo("Pet's name *");
        assertThat(english.getElementById("answer-habits-hint").text()).isEqualTo("Meals, walks, hiding places.");
        assertThat(testId(english, "field-size").select("label").eachText()).containsExactly("Small", "Large");
        assertThat(testId(english, "fill-draft").text()).isEqualTo("Save draft");
    }

    @Test
    void aFormThatIsNotWaitingForTheClientCannotBeOpenedNorPosted() throws Exception {
        String other = "/documents/formulaires/9d9d9d9d-0000-4000-8000-000000000000";

        page(get(other), HttpStatus.NOT_FOUND);
        page(htmxPost(other).param("action", "submit"), HttpStatus.NOT_FOUND);

        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void savingADraftSendsTheAnswersAsTyped() throws Exception {
        backend.reply("PUT", DRAFT, 200, """
                {"id":"%s","formId":"%s","formVersion":2,"title":"Questionnaire santé","status":"DRAFT",
                 "updatedAt":"2026-11-22T10:00:00Z","rowVersion":4}
                """.formatted(DRAFT_ID, FORM_ID));

        Document answer = page(answers(htmxPost(PAGE)).param("action", "draft"), HttpStatus.OK);

        assertSent("PUT", DRAFT, """
                {"answers":{"petName":"Biscuit","habits":"Dort sous le lit","weight":28.5,"lastVisit":"2026-10-01",
                 "size":"LARGE","services":["NAILS","VISITS"],"consent":true,"signature":"Francis Marceau"},
                 "rowVersion":3}
                """);
        assertThat(answer.selectFirst("input[type=hidden][name=rowVersion]").val())
                .isEqualTo("4");
        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(DRAFT))
                .extracting(Received::query)
                .containsExactly("clientId=" + FRANCIS_ID);
        // The answer is the form section, still open, saying the draft is kept.
        assertThat(answer.selectFirst("section").id()).isEqualTo("fill");
        assertThat(testId(answer, "saved-message").text()).startsWith("Brouillon enregistré.");
        assertThat(answer.selectFirst("input[name=answers[weight]]").val()).isEqualTo("28,5");
        assertThat(answer.select("[data-testid=sidebar]")).isEmpty();
    }

    @Test
    void submittingSendsTheAnswersAndConfirmsWithTheLinkToThePdf() throws Exception {
        backend.reply("POST", SUBMIT, 201, """
                {"id":"%s","formId":"%s","formVersion":2,"title":"Questionnaire santé","status":"SUBMITTED",
                 "updatedAt":"2026-11-22T10:00:00Z","submittedAt":"2026-11-22T10:00:00Z","documentId":"%s",
                 "answers":{}}
                """.formatted(DRAFT_ID, FORM_ID, PDF_ID));

        Document answer = page(answers(htmxPost(PAGE)).param("action", "submit"), HttpStatus.OK);

        assertSent("POST", SUBMIT, """
                {"answers":{"petName":"Biscuit","habits":"Dort sous le lit","weight":28.5,"lastVisit":"2026-10-01",
                 "size":"LARGE","services":["NAILS","VISITS"],"consent":true,"signature":"Francis Marceau"},
                 "rowVersion":3}
                """);
        Element sent = testId(answer, "form-sent");
        assertThat(sent.attr("role")).isEqualTo("status");
        assertThat(sent.text()).startsWith("Merci! Votre formulaire « Questionnaire santé » a été envoyé.");
        assertThat(testId(sent, "form-sent-pdf").attr("href")).isEqualTo("/api/documents/" + PDF_ID + "/content");
        assertThat(answer.select("[data-testid=fill-form]")).isEmpty();
    }

    @Test
    void theServicesMessagesStandNextToTheirFieldsWithWhatWasTypedKept() throws Exception {
        backend.reply("POST", SUBMIT, 400, """
                {"title":"Données invalides","status":400,"errors":[
                  {"field":"answers[consent]","message":"Ce consentement est obligatoire."},
                  {"field":"answers[size]","message":"Choisissez une réponse."}]}
                """);

        Document answer = page(
                htmxPost(PAGE)
                        .param("action", "submit")
                        .param("answers[petName]", "Biscuit")
                        .param("answers[signature]", "Francis Marceau"),
                HttpStatus.BAD_REQUEST);

        assertThat(answer.select("[data-testid=field-error]"))
                .extracting(error -> error.parent().attr("data-testid"), Element::text)
                .containsExactly(
                        tuple("field-size", "Choisissez une réponse."),
                        tuple("field-consent", "Ce consentement est obligatoire."));
        Element consent = answer.selectFirst("input[name=answers[consent]]");
        assertThat(consent.attr("aria-invalid")).isEqualTo("true");
        assertThat(consent.attr("aria-describedby")).isEqualTo("answer-consent-error");
        assertThat(testId(answer, "form-errors").text()).startsWith("Veuillez corriger les champs indiqués.");
        assertThat(answer.selectFirst("input[name=answers[petName]]").val()).isEqualTo("Biscuit");
        assertThat(answer.selectFirst("input[name=answers[signature]]").val()).isEqualTo("Francis Marceau");
        assertThat(answer.select("[data-testid=form-sent]")).isEmpty();
    }

    @Test
    void messagesFollowTheClientsLanguage() throws Exception {
        backend.reply("POST", SUBMIT, 400, """
                {"status":400,"errors":[{"field":"answers[petName]","message":"This field is required."}]}
                """);

        Document english = page(
                htmxPost(PAGE).param("lang", "en").param("action", "submit").param("answers[weight]", "heavy"),
                HttpStatus.BAD_REQUEST);

        // A number the portal cannot read is refused by the portal itself, without a call.
        assertThat(testId(english, "field-error").text()).isEqualTo("Enter a number, for example 4.5.");
        assertThat(english.selectFirst("input[name=answers[weight]]").val()).isEqualTo("heavy");
        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));

        Document french = page(
                htmxPost(PAGE).param("action", "submit").param("answers[weight]", "lourd"), HttpStatus.BAD_REQUEST);
        assertThat(testId(french, "field-error").text()).isEqualTo("Entrez un nombre, par exemple 4,5.");

        // The service is asked in the client's language and its message is shown as it comes.
        Document service = page(htmxPost(PAGE).param("lang", "en").param("action", "submit"), HttpStatus.BAD_REQUEST);
        assertThat(testId(service, "field-error").text()).isEqualTo("This field is required.");
        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(SUBMIT))
                .extracting(Received::acceptLanguage)
                .containsExactly("en-CA");
    }

    @Test
    void theServiceDownKeepsWhatWasTyped() throws Exception {
        backend.reply("PUT", DRAFT, 503, """
                {"title":"Indisponible","status":503}
                """);

        Document answer = page(
                htmxPost(PAGE).param("action", "draft").param("answers[habits]", "Dort"),
                HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(testId(answer, "unavailable-message").text())
                .startsWith("Le service ne répond pas pour le moment : rien n'a été enregistré.");
        assertThat(answer.selectFirst("textarea[name=answers[habits]]").text()).isEqualTo("Dort");
    }

    @Test
    void aDraftChangedInAnotherTabIsAConflictAndWhatWasTypedStays() throws Exception {
        backend.reply("PUT", DRAFT, 409, """
                {"title":"Conflit","status":409,"detail":"Stale draft"}
                """);

        Document answer = page(answers(htmxPost(PAGE)).param("action", "draft"), HttpStatus.CONFLICT);

        assertThat(testId(answer, "conflict-message").text()).isNotBlank();
        assertThat(answer.selectFirst("input[name=answers[petName]]").val()).isEqualTo("Biscuit");
        assertThat(answer.selectFirst("input[type=hidden][name=rowVersion]").val())
                .isEqualTo("3");
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post) {
        return post.param("rowVersion", "3")
                .param("answers[petName]", "Biscuit")
                .param("answers[habits]", "Dort sous le lit")
                .param("answers[weight]", "28,5")
                .param("answers[lastVisit]", "2026-10-01")
                .param("answers[size]", "LARGE")
                .param("answers[services]", "NAILS", "VISITS")
                .param("answers[consent]", "true")
                .param("answers[signature]", " Francis Marceau ");
    }
}
