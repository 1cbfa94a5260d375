package ca.clientele.adminportal;

import static ca.clientele.adminportal.DocumentFixtures.CONSENT_FORM;
import static ca.clientele.adminportal.DocumentFixtures.CONSENT_FORM_ID;
import static ca.clientele.adminportal.DocumentFixtures.FORMS;
import static ca.clientele.adminportal.DocumentFixtures.VISIT_FORM_ID;
import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.TWO_CLIENTS;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.htmxPost;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The forms library: list, builder, form page (publish, available to all, assign), preview. */
class FormsIT extends PortalIT {

    static final String API = "/api/forms/" + CONSENT_FORM_ID;
    static final String PAGE = "/forms/" + CONSENT_FORM_ID;

    /** A new form as typed: titles, a short text and a single choice whose options are lines. */
    static final String[] NEW_FORM = {
        "titleFr=Consignes de visite",
        "titleEn=Visit instructions",
        "descriptionFr=",
        "descriptionEn=",
        "fields[0].type=SHORT_TEXT",
        "fields[0].labelFr=Code de la porte",
        "fields[0].labelEn=Door code",
        "fields[0].helpFr=",
        "fields[0].helpEn=",
        "fields[0].key=",
        "fields[0].required=true",
        "_fields[0].required=on",
        "fields[1].type=SINGLE_CHOICE",
        "fields[1].labelFr=Où est la laisse ?",
        "fields[1].labelEn=Where is the leash?",
        "fields[1].key=",
        "fields[1].options=Dans l'entrée | In the hallway\r\nCuisine|Kitchen\r\n\r\n",
        "_fields[1].required=on",
    };

    private Document page(String path, String lang) throws Exception {
        return html(mvc.perform(get(path).queryParam("lang", lang).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    @Test
    void theLibraryListsEachFormWithItsVersionStatusAndAvailabilityInFrenchAndEnglish() throws Exception {
        reply("GET", "/api/forms", 200, FORMS);

        Document french = page("/forms", "fr");

        assertThat(testId(french, "menu-forms").text()).isEqualTo("Formulaires");
        var rows = french.select("[data-testid=form-row]");
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().select("td").eachText())
                .containsExactly("Consentement aux soins", "2", "Publié", "Oui", "2026-11-20 10:00");
        assertThat(testId(rows.getFirst(), "form-title").attr("href")).isEqualTo("/admin" + PAGE);
        assertThat(testId(rows.get(2), "form-status").text()).isEqualTo("Brouillon");

        Document english = page("/forms", "en");
        assertThat(testId(english, "menu-forms").text()).isEqualTo("Forms");
        assertThat(english.select("[data-testid=form-row]")
                        .getFirst()
                        .select("td")
                        .eachText())
                .containsExactly("Consentement aux soins", "2", "Published", "Yes", "2026-11-20 10:00");
        assertThat(testId(english, "form-new").text()).isEqualTo("New form");
    }

    @Test
    void addingAFieldKeepsWhatWasTypedAndCallsNoService() throws Exception {
        Document editor = submit("/forms", 200, with(NEW_FORM, "action=add"));

        var fields = editor.select("[data-testid=editor-field]");
        assertThat(fields).hasSize(3);
        assertThat(testId(editor, "form-titleFr").val()).isEqualTo("Consignes de visite");
        assertThat(testId(editor, "field-1-options").wholeText().replace("\r", ""))
                .isEqualTo("Dans l'entrée | In the hallway\nCuisine|Kitchen");
        assertThat(testId(editor, "field-0-required").hasAttr("checked")).isTrue();
        assertThat(testId(editor, "field-2-labelFr").hasAttr("autofocus")).isTrue();
        assertThat(editor.select("[data-testid=field-error]")).isEmpty();
        assertThat(allCalls()).isEmpty();

        Document removed = submit("/forms", 200, with(NEW_FORM, "action=remove:0"));
        assertThat(removed.select("[data-testid=editor-field]")).hasSize(1);
        assertThat(testId(removed, "field-0-labelFr").val()).isEqualTo("Où est la laisse ?");
        assertThat(testId(removed, "field-0-type")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("SINGLE_CHOICE");
    }

    @Test
    void savingANewFormPostsTheContractsJsonAndOpensItsPage() throws Exception {
        reply("POST", "/api/forms", 201, CONSENT_FORM.replace(CONSENT_FORM_ID, VISIT_FORM_ID));

        MvcResult result = mvc.perform(typed(htmxPost("/forms"), with(NEW_FORM, "action=save")))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/admin/forms/" + VISIT_FORM_ID + "?done=created"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(sentJson("POST", "/api/forms")).isEqualTo(json("""
                {"titleFr":"Consignes de visite","titleEn":"Visit instructions","descriptionFr":null,"descriptionEn":null,
                 "fields":[
                   {"key":"code-de-la-porte","type":"SHORT_TEXT","labelFr":"Code de la porte","labelEn":"Door code",
                    "helpFr":null,"helpEn":null,"required":true,"options":[]},
                   {"key":"ou-est-la-laisse","type":"SINGLE_CHOICE","labelFr":"Où est la laisse ?",
                    "labelEn":"Where is the leash?","helpFr":null,"helpEn":null,"required":false,
                    "options":[{"value":"dans-l-entree","labelFr":"Dans l'entrée","labelEn":"In the hallway"},
                               {"value":"cuisine","labelFr":"Cuisine","labelEn":"Kitchen"}]}]}
                """));

        // Without JavaScript: 303 to the new form's page.
        mvc.perform(typed(post("/forms").with(staff()), with(NEW_FORM, "action=save")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/forms/" + VISIT_FORM_ID + "?done=created"));
    }

    @Test
    void theServicesFieldMessagesLandNextToTheirInputsOptionsIncluded() throws Exception {
        reply("POST", "/api/forms", 400, """
                {"title":"Données invalides","status":400,"detail":"Certains champs sont invalides.",
                 "errors":[{"field":"fields[0].labelEn","message":"Le libellé anglais est trop long."},
                           {"field":"fields[1].options[1].labelEn","message":"Chaque choix a un libellé anglais."}]}
                """);

        Document editor = submit("/forms", 400, with(NEW_FORM, "action=save"));

        assertThat(fieldError(editor, "field-0-labelEn")).isEqualTo("Le libellé anglais est trop long.");
        assertThat(testId(editor, "field-0-labelEn").attr("aria-invalid")).isEqualTo("true");
        assertThat(fieldError(editor, "field-1-options")).isEqualTo("Chaque choix a un libellé anglais.");
        assertThat(testId(editor, "field-0-labelFr").val()).isEqualTo("Code de la porte");
        assertThat(testId(editor, "form-errors").selectFirst("p").text())
                .isEqualTo("Veuillez corriger les champs indiqués. Vos saisies sont conservées.");
    }

    @Test
    void whatThePortalChecksItselfIsRefusedBeforeSendingInFrenchAndEnglish() throws Exception {
        Document french = submit(
                "/forms",
                400,
                "titleFr=",
                "titleEn=Consent",
                "fields[0].type=SHORT_TEXT",
                "fields[0].labelFr=Nom",
                "fields[0].labelEn=",
                "action=save");

        assertRefusedBeforeSending(french, "form-titleFr", "Ce champ est obligatoire.", "POST", "/api/forms");
        assertThat(fieldError(french, "field-0-labelEn")).isEqualTo("Ce champ est obligatoire.");

        Document english = submit("/forms", 400, "lang=en", "titleFr=Consentement", "titleEn=", "action=save");
        assertThat(fieldError(english, "form-titleEn")).isEqualTo("This field is required.");
        assertThat(english.selectFirst("label[for=form-titleFr]").text()).isEqualTo("Title (French) *");
    }

    @Test
    void editingAPublishedFormSaysItMakesTheNextVersionAndSendsTheRowVersion() throws Exception {
        reply("GET", API, 200, CONSENT_FORM);

        Document editor = page(PAGE + "/edit", "fr");

        assertThat(testId(editor, "editor-new-version").text())
                .isEqualTo("La version 2 est publiée : enregistrer crée la version 3 en brouillon. "
                        + "Les clients continuent de remplir la version 2 jusqu'à ce que vous publiiez la version 3.");
        assertThat(testId(editor, "field-1-options").wholeText())
                .isEqualTo("Taille des griffes | Nail trim\nvisite | Visites à domicile | Home visits");
        assertThat(testId(editor, "field-0-key").val()).isEqualTo("nom-de-l-animal");
        assertThat(editor.selectFirst("input[name=rowVersion]").val()).isEqualTo("7");

        reply(
                "PUT",
                API,
                200,
                CONSENT_FORM.replace("\"version\":2,\"status\":\"PUBLISHED\"", "\"version\":3,\"status\":\"DRAFT\""));
        String[] shown = formFields(editor);
        mvc.perform(typed(post(PAGE).with(staff()), with(shown, "action=save")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin" + PAGE + "?done=saved"));
        var sent = sentJson("PUT", API);
        assertThat(sent.get("rowVersion").asInt()).isEqualTo(7);
        assertThat(sent.get("titleFr").asString()).isEqualTo("Consentement aux soins");
        assertThat(sent.get("fields").get(1).get("options").get(1).get("value").asString())
                .isEqualTo("visite");
        assertThat(sent.get("fields").get(0).get("key").asString()).isEqualTo("nom-de-l-animal");
        assertThat(sent.get("fields")).hasSize(4);
    }

    @Test
    void aStaleEditIsAConflictWithWhatWasTypedKept() throws Exception {
        reply("PUT", API, 409, CONFLICT);

        Document editor =
                submit(PAGE, 409, with(NEW_FORM, "rowVersion=6", "version=2", "published=true", "action=save"));

        assertThat(testId(editor, "conflict-message").text())
                .startsWith("Ce formulaire a été modifié par quelqu'un d'autre pendant que vous le modifiiez");
        assertThat(testId(editor, "form-titleFr").val()).isEqualTo("Consignes de visite");
        assertThat(testId(editor, "editor-new-version")).isNotNull();
    }

    @Test
    void theFormsPageShowsItsFieldsAndPublishesWithTheRowVersion() throws Exception {
        String draft = CONSENT_FORM
                .replace("\"status\":\"PUBLISHED\"", "\"status\":\"DRAFT\"")
                .replace("\"publishedVersion\":2", "\"publishedVersion\":1");
        reply("GET", API, 200, draft);

        Document page = page(PAGE, "fr");

        assertThat(testId(page, "form-heading").text()).isEqualTo("Consentement aux soins");
        assertThat(testId(page, "form-draft-of-published").text())
                .isEqualTo(
                        "Version 2 en brouillon. Les clients remplissent la version 1 publiée jusqu'à la publication de celle-ci.");
        assertThat(page.select("[data-testid=form-field]")
                        .getFirst()
                        .select("td")
                        .eachText())
                .containsExactly("Nom de l'animal", "Pet's name", "Texte court", "Oui");
        assertThat(testId(page, "form-preview").attr("href")).isEqualTo("/admin" + PAGE + "/preview");

        reply("POST", API + "/publish", 200, CONSENT_FORM);
        mvc.perform(post(PAGE + "/publish").with(staff()).param("rowVersion", "7"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin" + PAGE + "?done=published"));
        assertThat(sentJson("POST", API + "/publish")).isEqualTo(json("{\"rowVersion\":7}"));

        reply("GET", API, 200, CONSENT_FORM);
        assertThat(testId(page(PAGE + "?done=published", "en"), "form-done").text())
                .isEqualTo("Form published.");
    }

    @Test
    void aPublicationRefusedAsStaleSaysSoOnThePage() throws Exception {
        reply("GET", API, 200, CONSENT_FORM.replace("\"status\":\"PUBLISHED\"", "\"status\":\"DRAFT\""));
        reply("POST", API + "/publish", 409, CONFLICT);

        Document page = submit(post(PAGE + "/publish").with(staff()), 409, "rowVersion=6");

        assertThat(testId(testId(page, "form-publish-form"), "conflict-message").text())
                .isEqualTo("Ce formulaire a été modifié par quelqu'un d'autre entre-temps : il n'a pas été publié. "
                        + "Vérifiez la version affichée, puis publiez de nouveau.");
    }

    @Test
    void offeringToEveryClientSendsTheChoiceAndTheRowVersion() throws Exception {
        reply("GET", API, 200, CONSENT_FORM.replace("\"availableToAll\":true", "\"availableToAll\":false"));
        Document page = page(PAGE, "fr");
        Element availability = testId(page, "form-availability-form");
        assertThat(availability.selectFirst("input[name=availableToAll]").val()).isEqualTo("true");
        assertThat(testId(availability, "form-availability").text()).isEqualTo("Offrir à tous les clients");

        reply("PUT", API + "/availability", 200, CONSENT_FORM);
        mvc.perform(post(PAGE + "/availability")
                        .with(staff())
                        .param("availableToAll", "true")
                        .param("rowVersion", "7"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin" + PAGE + "?done=available"));
        assertThat(sentJson("PUT", API + "/availability"))
                .isEqualTo(json("{\"availableToAll\":true,\"rowVersion\":7}"));
    }

    @Test
    void aClientFoundByNameIsGivenTheForm() throws Exception {
        reply("GET", API, 200, CONSENT_FORM);
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        Document results = html(mvc.perform(get(PAGE + "/clients")
                        .queryParam("q", "Mar")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/clients"))).isEqualTo("q=Mar&page=0&size=10");
        var choices = results.select("[data-testid=client-choice]");
        assertThat(choices).hasSize(2);
        assertThat(choices.getFirst().text()).contains("Francis Marceau", "francis.marceau@exemple.ca");
        assertThat(testId(choices.getFirst(), "assign-client").attr("title"))
                .isEqualTo("Assigner ce formulaire à Francis Marceau");
        // The same search without JavaScript: the whole page with the results.
        Document page = page(PAGE + "?q=Mar", "fr");
        assertThat(page.select("[data-testid=client-choice]")).hasSize(2);
        assertThat(testId(page, "assign-q").val()).isEqualTo("Mar");

        reply("POST", API + "/assignments", 201, """
                {"id":"aa000000-0000-4000-8000-0000000000aa","formId":"%s","clientId":"%s","assignedAt":"2026-11-25T15:00:00Z"}
                """.formatted(CONSENT_FORM_ID, FRANCIS_ID));
        mvc.perform(post(PAGE + "/assignments").with(staff()).param("clientId", FRANCIS_ID.toString()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin" + PAGE + "?done=assigned"));
        assertThat(sentJson("POST", API + "/assignments")).isEqualTo(json("{\"clientId\":\"" + FRANCIS_ID + "\"}"));
    }

    @Test
    void anAssignmentTheServiceRefusesIsSaidOnThePage() throws Exception {
        reply("GET", API, 200, CONSENT_FORM);
        reply("POST", API + "/assignments", 422, """
                {"title":"Règle non respectée","status":422,"detail":"Ce formulaire n'est pas publié."}
                """);

        Document page = submit(post(PAGE + "/assignments").with(staff()), 422, "clientId=" + FRANCIS_ID);

        assertThat(testId(testId(page, "form-assign-section"), "form-errors").text())
                .contains("Ce formulaire n'est pas publié.");
    }

    @Test
    void thePreviewShowsTheFormAsClientsSeeItInFrenchAndInEnglish() throws Exception {
        reply("GET", API, 200, CONSENT_FORM);

        Document preview = page(PAGE + "/preview", "fr");

        Element french = testId(preview, "preview-fr");
        Element english = testId(preview, "preview-en");
        assertThat(french.attr("lang")).isEqualTo("fr");
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(testId(french, "preview-title").text()).isEqualTo("Consentement aux soins");
        assertThat(testId(english, "preview-title").text()).isEqualTo("Care consent");
        assertThat(testId(french, "preview-description").text()).isEqualTo("À remplir avant le premier rendez-vous.");
        assertThat(testId(english, "preview-description").text()).isEqualTo("Fill in before the first appointment.");
        var frenchFields = french.select("[data-testid=preview-field]");
        assertThat(frenchFields).hasSize(4);
        assertThat(frenchFields.getFirst().selectFirst("label").text()).isEqualTo("Nom de l'animal (obligatoire)");
        assertThat(frenchFields.get(1).select("input[type=radio] + label").eachText())
                .containsExactly("Taille des griffes", "Visites à domicile");
        assertThat(frenchFields.get(1).selectFirst("legend").text()).isEqualTo("Service souhaité (obligatoire)");
        assertThat(frenchFields.get(2).selectFirst("input[type=checkbox]")).isNotNull();
        assertThat(frenchFields.get(3).selectFirst("input").attr("placeholder")).isEqualTo("Tapez votre nom complet");
        var englishFields = english.select("[data-testid=preview-field]");
        assertThat(englishFields.get(1).select("input[type=radio] + label").eachText())
                .containsExactly("Nail trim", "Home visits");
        assertThat(englishFields.get(3).selectFirst("input").attr("placeholder"))
                .isEqualTo("Type your full name");
        assertThat(english.select("button").eachText()).containsExactly("Save draft", "Submit");
    }

    @Test
    void aClientTokenCannotBuildOrAssignForms() throws Exception {
        mvc.perform(post("/forms").with(Pages.client()).param("titleFr", "X")).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/assignments").with(Pages.client()).param("clientId", FRANCIS_ID.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forms").with(Pages.client())).andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }

    /** Every input, select and text area of the editor with its value, as a browser would post it. */
    private static String[] formFields(Document editor) {
        Element form = testId(editor, "form-editor");
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.selectFirst("option[selected]") == null
                            ? ""
                            : input.selectFirst("option[selected]").val()
                    : input.val();
            fields.add(input.attr("name") + "=" + value);
        }
        return fields.toArray(String[]::new);
    }
}
