package ca.clientele.adminportal;

import static ca.clientele.adminportal.DocumentFixtures.CONSENT_FORM_ID;
import static ca.clientele.adminportal.DocumentFixtures.CONSENT_PDF_ID;
import static ca.clientele.adminportal.DocumentFixtures.HEALTH_FORM_ID;
import static ca.clientele.adminportal.DocumentFixtures.NO_DOCUMENTS;
import static ca.clientele.adminportal.DocumentFixtures.PHOTO_ID;
import static ca.clientele.adminportal.DocumentFixtures.SUBMISSION_PDF_ID;
import static ca.clientele.adminportal.DocumentFixtures.VACCINES_ID;
import static ca.clientele.adminportal.DocumentFixtures.consentPdf;
import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Section 2 of the client page: the client's files (list, upload form, rename, visibility, delete)
 * and forms (filled, to fill, assign), against the document-service's contract; photos.
 */
class DocumentsIT extends PortalIT {

    static final String CLIENT = "/clients/" + FRANCIS_ID;
    static final String SECTION = CLIENT + "/documents";

    @BeforeEach
    void documentService() {
        ClientPageIT.stubPage();
    }

    private Document clientPage(String lang) throws Exception {
        return html(mvc.perform(get(CLIENT).queryParam("lang", lang).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void theSectionListsTheFilesWithTheirFactsAndDownloadLinksInFrench() throws Exception {
        Element section = testId(clientPage("fr"), "section-documents");

        var rows = section.select("[data-testid=document]");
        assertThat(rows).hasSize(2);
        Element pdf = rows.getFirst();
        assertThat(pdf.attr("data-document-id")).isEqualTo(CONSENT_PDF_ID);
        assertThat(testId(pdf, "document-download").text()).isEqualTo("Consentement toilettage 2026.pdf");
        // Straight to the gateway, outside the portal's /admin context path.
        assertThat(testId(pdf, "document-download").attr("href"))
                .isEqualTo("/api/documents/" + CONSENT_PDF_ID + "/content");
        assertThat(testId(pdf, "document-purpose").text()).isEqualTo("Fichier partagé");
        assertThat(testId(pdf, "document-visibility").text()).isEqualTo("Visible par le client");
        assertThat(testId(pdf, "document-size").text()).isEqualTo("1,2 Mo");
        assertThat(testId(pdf, "document-uploader").text()).isEqualTo("Personnel");
        assertThat(testId(pdf, "document-date").text()).isEqualTo("2026-11-22 14:05");
        assertThat(testId(pdf, "document-visibility-change").text()).isEqualTo("Réserver au personnel");
        assertThat(testId(pdf, "document-delete-form").attr("hx-confirm"))
                .isEqualTo("Supprimer Consentement toilettage 2026.pdf ? Le client ne le verra plus.");
        Element proof = rows.get(1);
        assertThat(testId(proof, "document-visibility").text()).isEqualTo("Personnel seulement");
        assertThat(testId(proof, "document-size").text()).isEqualTo("2 Ko");
        assertThat(testId(proof, "document-uploader").text()).isEqualTo("Client");
        assertThat(testId(proof, "document-visibility-change").text()).isEqualTo("Rendre visible au client");

        assertThat(query(sent("GET", "/api/documents"))).isEqualTo("clientId=" + FRANCIS_ID + "&page=0&size=50");
    }

    @Test
    void theUploadFormPostsStraightToTheGatewayWithProgressAndALiveStatus() throws Exception {
        Element upload = testId(clientPage("fr"), "document-upload");

        assertThat(upload.attr("action")).isEqualTo("/api/documents");
        assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(upload.hasAttr("data-upload")).isTrue();
        // The parts the service reads first, in its order, before the file.
        assertThat(upload.select("input[type=hidden]").eachAttr("name")).containsExactly("clientId", "purpose");
        assertThat(upload.selectFirst("input[name=clientId]").val()).isEqualTo(FRANCIS_ID.toString());
        assertThat(upload.selectFirst("input[name=purpose]").val()).isEqualTo("SHARED_FILE");
        assertThat(testId(upload, "upload-visibility").select("option").eachText())
                .containsExactly("Visible par le client", "Personnel seulement");
        Element file = testId(upload, "upload-file");
        assertThat(file.attr("type")).isEqualTo("file");
        assertThat(upload.selectFirst("label[for=upload-file]")).isNotNull();
        assertThat(testId(upload, "upload-dropzone").hasAttr("data-dropzone")).isTrue();
        assertThat(testId(upload, "upload-progress").tagName()).isEqualTo("progress");
        assertThat(testId(upload, "upload-status").attr("aria-live")).isEqualTo("polite");
        assertThat(upload.attr("data-text-sending")).isEqualTo("Envoi de {0}…");
        // After an upload the files block asks for itself again.
        Element files = testId(clientPage("fr"), "documents-files");
        assertThat(files.attr("hx-get")).isEqualTo("/admin" + SECTION);
        assertThat(files.attr("hx-trigger")).isEqualTo("documents-changed from:body");
        // The shared upload code first (defer keeps the order), then the section's script.
        assertThat(clientPage("fr")
                        .select("script[src~=/admin/js/(uploads|documents)\\.js]")
                        .eachAttr("src"))
                .containsExactly("/admin/js/uploads.js", "/admin/js/documents.js");
    }

    @Test
    void theDocumentsScriptsAreServedByThePortal() throws Exception {
        assertThat(script("/js/uploads.js")).contains("X-XSRF-TOKEN", "upload.addEventListener('progress'");
        assertThat(script("/js/documents.js")).contains("ClienteleUploads", "documents-changed");
    }

    private String script(String path) throws Exception {
        return mvc.perform(get(path).with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void filledFormsLinkTheirPdfAndOnlyPublishedFormsCanBeAssigned() throws Exception {
        Element forms = testId(clientPage("fr"), "documents-forms");

        var submissions = forms.select("[data-testid=submission]");
        assertThat(submissions).hasSize(2);
        assertThat(submissions.getFirst().select("td").eachText())
                .containsExactly(
                        "Consentement aux soins",
                        "2",
                        "Envoyé",
                        "2026-11-23 09:00",
                        "2026-11-23 09:00",
                        "Ouvrir le PDF");
        assertThat(testId(submissions.getFirst(), "submission-pdf").attr("href"))
                .isEqualTo("/api/documents/" + SUBMISSION_PDF_ID + "/content?inline=true");
        assertThat(testId(submissions.get(1), "submission-status").text()).isEqualTo("Brouillon");
        assertThat(submissions.get(1).select("[data-testid=submission-pdf]")).isEmpty();
        assertThat(testId(forms, "to-fill").text()).contains("Questionnaire de santé", "assigné le 2026-11-22 14:05");
        // The draft never published cannot be given to a client.
        assertThat(testId(forms, "assign-formId").select("option").eachAttr("value"))
                .containsExactly("", CONSENT_FORM_ID, HEALTH_FORM_ID);
    }

    @Test
    void inEnglishTheSectionSpeaksEnglish() throws Exception {
        Element section = testId(clientPage("en"), "section-documents");

        assertThat(section.selectFirst("thead").select("th").eachText())
                .containsExactly("Name", "Type", "Visibility", "Size", "Added by", "Date", "Actions");
        assertThat(testId(section, "document-size").text()).isEqualTo("1.2 MB");
        assertThat(testId(section, "document-visibility").text()).isEqualTo("Visible to the client");
        assertThat(testId(section, "upload-send").text()).isEqualTo("Upload");
        assertThat(testId(section, "assign-save").text()).isEqualTo("Assign a form");
        assertThat(sent("GET", "/api/documents").getHeader("Accept-Language")).isEqualTo("en-CA");
    }

    @Test
    void renamingSendsOnlyTheNameAndTheVersionAndAnswersTheFiles() throws Exception {
        reply(
                "PATCH",
                "/api/documents/" + CONSENT_PDF_ID,
                200,
                consentPdf("Consentement toilettage 2026.pdf", "Consentement signé.pdf"));

        Document answer =
                submit(SECTION + "/" + CONSENT_PDF_ID + "/name", 200, "name= Consentement signé.pdf ", "version=3");

        assertThat(sentJson("PATCH", "/api/documents/" + CONSENT_PDF_ID))
                .isEqualTo(json("{\"name\":\"Consentement signé.pdf\",\"version\":3}"));
        assertThat(answer.selectFirst("#documents-files")).isNotNull();
        assertThat(answer.select("#documents-forms")).isEmpty();
        assertThat(testId(answer, "documents-notice").text()).isEqualTo("Fichier renommé « Consentement signé.pdf ».");
        // The list is read back from the service.
        assertThat(calls("GET", "/api/documents")).hasSize(1);
    }

    @Test
    void aRefusedNameIsSaidOnItsRowWithWhatWasTypedInFrenchAndEnglish() throws Exception {
        reply(
                "PATCH",
                "/api/documents/" + CONSENT_PDF_ID,
                400,
                invalid("name", "Le nom contient des caractères interdits."));

        Document answer = submit(SECTION + "/" + CONSENT_PDF_ID + "/name", 400, "name=../secret", "version=3");

        Element row = answer.getElementById("document-" + CONSENT_PDF_ID);
        assertThat(row.selectFirst("details").hasAttr("open")).isTrue();
        Element input = testId(row, "document-rename-name");
        assertThat(input.val()).isEqualTo("../secret");
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(fieldError(row, "rename-" + CONSENT_PDF_ID)).isEqualTo("Le nom contient des caractères interdits.");
        assertThat(answer.select("[data-testid=documents-notice]")).isEmpty();
        // The other row keeps its name.
        assertThat(answer.getElementById("document-" + VACCINES_ID)
                        .selectFirst("details")
                        .hasAttr("open"))
                .isFalse();

        services.resetRequests();
        Document english = submit(SECTION + "/" + CONSENT_PDF_ID + "/name", 400, "lang=en", "name= ", "version=3");
        assertRefusedBeforeSending(
                english,
                "rename-" + CONSENT_PDF_ID,
                "This field is required.",
                "PATCH",
                "/api/documents/" + CONSENT_PDF_ID);
    }

    @Test
    void aStaleVersionIsAConflictOnTheRow() throws Exception {
        reply("PATCH", "/api/documents/" + CONSENT_PDF_ID, 409, CONFLICT);

        Document answer =
                submit(SECTION + "/" + CONSENT_PDF_ID + "/visibility", 409, "visibility=STAFF_ONLY", "version=2");

        Element row = answer.getElementById("document-" + CONSENT_PDF_ID);
        assertThat(testId(row, "conflict-message").text())
                .startsWith("Ce fichier a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré.");
        assertThat(sentJson("PATCH", "/api/documents/" + CONSENT_PDF_ID))
                .isEqualTo(json("{\"visibility\":\"STAFF_ONLY\",\"version\":2}"));

        Document english = submit(
                SECTION + "/" + CONSENT_PDF_ID + "/visibility", 409, "lang=en", "visibility=STAFF_ONLY", "version=2");
        assertThat(testId(english, "conflict-message").text())
                .startsWith("Someone else changed this file in the meantime: nothing was saved.");
    }

    @Test
    void changingTheVisibilitySaysWhoSeesTheFileNow() throws Exception {
        reply("PATCH", "/api/documents/" + CONSENT_PDF_ID, 200, consentPdf("\"CLIENT_VISIBLE\"", "\"STAFF_ONLY\""));

        Document answer =
                submit(SECTION + "/" + CONSENT_PDF_ID + "/visibility", 200, "visibility=STAFF_ONLY", "version=3");

        assertThat(testId(answer, "documents-notice").text())
                .isEqualTo("« Consentement toilettage 2026.pdf » est maintenant réservé au personnel.");
    }

    @Test
    void deletingSendsTheVersionAndSaysSo() throws Exception {
        reply("DELETE", "/api/documents/" + CONSENT_PDF_ID, 204, "");
        reply("GET", "/api/documents", 200, NO_DOCUMENTS);

        Document answer = submit(SECTION + "/" + CONSENT_PDF_ID + "/delete", 200, "version=3");

        assertThat(query(sent("DELETE", "/api/documents/" + CONSENT_PDF_ID))).isEqualTo("version=3");
        assertThat(testId(answer, "documents-notice").text()).isEqualTo("Fichier supprimé.");
        assertThat(testId(answer, "documents-none").text()).isEqualTo("Aucun fichier pour ce client pour l'instant.");
    }

    @Test
    void withoutJavaScriptAnActionAnswersTheSectionAsAPage() throws Exception {
        reply("DELETE", "/api/documents/" + CONSENT_PDF_ID, 204, "");

        Document page =
                submit(Pages.post(SECTION + "/" + CONSENT_PDF_ID + "/delete").with(staff()), 200, "version=3");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Documents du client");
        assertThat(testId(page, "back-to-client").attr("href")).isEqualTo("/admin" + CLIENT + "#documents");
        assertThat(testId(page, "documents-notice").text()).isEqualTo("Fichier supprimé.");
        assertThat(testId(page, "documents-forms")).isNotNull();
    }

    @Test
    void assigningAFormFromTheClientPagePostsTheClientId() throws Exception {
        reply("POST", "/api/forms/" + CONSENT_FORM_ID + "/assignments", 201, """
                {"id":"aa000000-0000-4000-8000-0000000000aa","formId":"%s","clientId":"%s","assignedAt":"2026-11-25T15:00:00Z"}
                """.formatted(
                        CONSENT_FORM_ID, FRANCIS_ID));

        Document answer = submit(SECTION + "/assignments", 200, "formId=" + CONSENT_FORM_ID);

        assertThat(sentJson("POST", "/api/forms/" + CONSENT_FORM_ID + "/assignments"))
                .isEqualTo(json("{\"clientId\":\"" + FRANCIS_ID + "\"}"));
        assertThat(testId(answer, "forms-notice").text())
                .isEqualTo("Formulaire assigné : le client le trouvera dans son espace, à remplir.");
        assertThat(testId(answer, "assign-formId").selectFirst("option[selected]"))
                .isNull();
    }

    @Test
    void assigningWithoutChoosingAFormIsRefusedBeforeTheServiceIsCalled() throws Exception {
        Document answer = submit(SECTION + "/assignments", 400, "formId=");

        assertThat(fieldError(answer, "assign-formId")).isEqualTo("Ce champ est obligatoire.");
        assertThat(calls("POST", "/api/forms/" + CONSENT_FORM_ID + "/assignments"))
                .isEmpty();
    }

    @Test
    void whenTheDocumentServiceIsDownTheClientPageStillWorks() throws Exception {
        reply("GET", "/api/documents", 503, "{\"status\":503}");
        reply("GET", "/api/forms/submissions", 503, "{\"status\":503}");
        reply("GET", "/api/forms/to-fill", 503, "{\"status\":503}");
        reply("GET", "/api/forms", 503, "{\"status\":503}");

        Document page = clientPage("fr");

        assertThat(testId(page, "documents-unavailable").text())
                .isEqualTo("Les fichiers de ce client sont temporairement indisponibles.");
        assertThat(testId(page, "submissions-unavailable")).isNotNull();
        assertThat(testId(page, "assign-unavailable")).isNotNull();
        assertThat(testId(page, "form-profile")).isNotNull();
    }

    @Test
    void theProfilePhotoAndPetPhotosAreThumbnailsElseInitials() throws Exception {
        Document initials = clientPage("fr");
        assertThat(testId(initials, "client-initials").text()).isEqualTo("FM");
        assertThat(initials.select("[data-testid=client-photo]")).isEmpty();
        // Moka's photo reference is a document id.
        assertThat(testId(initials, "pet-photo").attr("src")).isEqualTo("/api/documents/doc-123/thumbnail");
        assertThat(testId(initials, "pet-photo").attr("alt")).isEqualTo("Photo de Moka");

        reply(
                "GET",
                "/api/clients/" + FRANCIS_ID,
                200,
                Pages.FRANCIS.replace("\"notes\":", "\"photoReference\":\"" + PHOTO_ID + "\",\"notes\":"));
        Document photo = clientPage("fr");
        Element image = testId(photo, "client-photo");
        assertThat(image.attr("src")).isEqualTo("/api/documents/" + PHOTO_ID + "/thumbnail");
        assertThat(image.attr("alt")).isEqualTo("Photo de profil de Francis Marceau");
        assertThat(photo.select("[data-testid=client-initials]")).isEmpty();
    }
}
