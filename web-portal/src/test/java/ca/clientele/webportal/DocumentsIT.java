package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
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

/**
 * Mes documents: what the document-service lists for the client (shared files, forms waiting,
 * forms filled), each download a plain link to the gateway, the client's own id in every call.
 */
class DocumentsIT extends PortalIntegration {

    static final String DOCUMENTS = "/api/documents";
    static final String TO_FILL = "/api/forms/to-fill";
    static final String SUBMISSIONS = "/api/forms/submissions";
    static final String FORM_ID = "3a9c5e71-2b4d-4f60-8e1a-7c2d9b0f4e21";
    static final String DRAFT_ID = "6b1e0f3a-9c2d-4e5f-8a7b-0c1d2e3f4a5b";

    static final String INVOICE_ID = "11111111-2222-4333-8444-555555555555";
    static final String SUBMISSION_PDF_ID = "99999999-8888-4777-8666-555555555555";

    static final String SHARED_PAGE = """
            {"content":[
              {"id":"%s","clientId":"%s","purpose":"SHARED_FILE","purposeLabel":"Document partagé",
               "name":"Facture novembre.pdf","contentType":"application/pdf","size":1572864,"sha256":"ab",
               "visibility":"CLIENT_VISIBLE","uploadedBy":"a0d4c1e2-0000-4000-8000-000000000001","uploadedByStaff":true,
               "uploadedAt":"2026-11-22T19:05:00Z","image":false,"version":0},
              {"id":"%s","clientId":"%s","purpose":"FORM_SUBMISSION","purposeLabel":"Formulaire rempli",
               "name":"Consentement.pdf","contentType":"application/pdf","size":20480,"sha256":"cd",
               "visibility":"CLIENT_VISIBLE","uploadedBy":"%s","uploadedByStaff":false,
               "uploadedAt":"2026-11-20T15:30:00Z","image":false,"submissionId":"%s","version":0},
              {"id":"22222222-3333-4444-8555-666666666666","clientId":"%s","purpose":"VACCINATION_PROOF",
               "purposeLabel":"Preuve de vaccination","name":"Vaccins Biscuit.jpg","contentType":"image/jpeg","size":800,
               "sha256":"ef","visibility":"CLIENT_VISIBLE","uploadedBy":"%s","uploadedByStaff":false,
               "uploadedAt":"2026-11-18T12:00:00Z","image":true,"version":0}],
             "page":{"number":0,"size":20,"totalElements":23,"totalPages":2}}
            """.formatted(
            INVOICE_ID, FRANCIS_ID, SUBMISSION_PDF_ID, FRANCIS_ID, FRANCIS_ID, DRAFT_ID, FRANCIS_ID, FRANCIS_ID);

    static final String WAITING = """
            [{"formId":"%s","formVersion":2,"title":"Questionnaire santé","assignedAt":"2026-11-21T14:00:00Z",
              "draftSubmissionId":"%s"},
             {"formId":"4b8d6f82-3c5e-4071-9f2b-8d3e0c1a5f32","formVersion":1,"title":"Consignes de visite"}]
            """.formatted(FORM_ID, DRAFT_ID);

    static final String FILLED = """
            [{"id":"%s","formId":"5c9e7a93-4d6f-4182-8a3c-9e4f1d2b6a43","formVersion":1,"title":"Consentement",
              "status":"SUBMITTED","updatedAt":"2026-11-20T15:30:00Z","submittedAt":"2026-11-20T15:30:00Z",
              "documentId":"%s"},
             {"id":"7d0f8b04-5e70-4293-9b4d-0f5a2e3c7b54","formId":"%s","formVersion":2,"title":"Questionnaire santé",
              "status":"DRAFT","updatedAt":"2026-11-21T16:00:00Z"}]
            """.formatted(DRAFT_ID, SUBMISSION_PDF_ID, FORM_ID);

    @BeforeEach
    void reset() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", DOCUMENTS, 200, SHARED_PAGE);
        backend.reply("GET", TO_FILL, 200, WAITING);
        backend.reply("GET", SUBMISSIONS, 200, FILLED);
    }

    @Test
    void theClientSeesWhatIsSharedWithThemTheFormsToFillAndTheFormsTheyFilled() throws Exception {
        Document page = page(get("/documents"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Mes documents");
        assertThat(testId(page, "nav-documents").attr("aria-current")).isEqualTo("page");

        Element shared = testId(page, "shared-documents");
        assertThat(shared.selectFirst("h2").text()).isEqualTo("Partagés avec moi");
        // A filled form's PDF is listed with its form, not among the shared files.
        assertThat(shared.select("[data-testid=document-download]").eachText())
                .containsExactly("Facture novembre.pdf", "Vaccins Biscuit.jpg");
        Element invoice = testId(shared, "shared-document");
        assertThat(testId(invoice, "document-download").attr("href"))
                .isEqualTo("/api/documents/" + INVOICE_ID + "/content");
        assertThat(testId(invoice, "document-download").attr("aria-label"))
                .isEqualTo("Télécharger Facture novembre.pdf");
        assertThat(testId(invoice, "document-kind").text()).isEqualTo("Document partagé");
        assertThat(testId(invoice, "document-date").text()).isEqualTo("2026-11-22");
        assertThat(testId(invoice, "document-size").text()).isEqualTo("1,5 Mo");
        assertThat(shared.select("[data-testid=document-size]").eachText()).containsExactly("1,5 Mo", "800 o");
        assertThat(testId(shared, "documents-next").attr("href")).isEqualTo("/documents?page=1");
        assertThat(shared.select("[data-testid=documents-previous]")).isEmpty();

        Element toFill = testId(page, "forms-to-fill");
        assertThat(toFill.select("[data-testid=form-fill-link]").eachText())
                .containsExactly("Questionnaire santé", "Consignes de visite");
        assertThat(testId(toFill, "form-fill-link").attr("href")).isEqualTo("/documents/formulaires/" + FORM_ID);
        assertThat(toFill.select("[data-testid=form-draft]").eachText()).containsExactly("Brouillon enregistré");

        Element filled = testId(page, "forms-filled");
        // Only what was submitted; the draft waits among the forms to fill.
        assertThat(filled.select("[data-testid=form-filled-title]").eachText()).containsExactly("Consentement");
        assertThat(testId(filled, "form-filled-pdf").attr("href"))
                .isEqualTo("/api/documents/" + SUBMISSION_PDF_ID + "/content");

        // Every call names the signed-in client, with their token.
        assertThat(backend.received())
                .filteredOn(call ->
                        call.path().startsWith("/api/documents") || call.path().startsWith("/api/forms"))
                .extracting(Received::path, Received::query)
                .containsExactlyInAnyOrder(
                        tuple(DOCUMENTS, "clientId=" + FRANCIS_ID + "&page=0&size=20"),
                        tuple(TO_FILL, "clientId=" + FRANCIS_ID),
                        tuple(SUBMISSIONS, "clientId=" + FRANCIS_ID));
        assertThat(backend.received()).allMatch(call -> ("Bearer " + Pages.CLIENT_TOKEN).equals(call.authorization()));
    }

    @Test
    void inEnglishAndWithNothingYetEachListSaysSo() throws Exception {
        backend.reply("GET", DOCUMENTS, 200, """
                {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0}}
                """);
        backend.reply("GET", TO_FILL, 200, "[]");
        backend.reply("GET", SUBMISSIONS, 200, "[]");

        Document page = page(get("/documents").param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("My documents");
        assertThat(testId(page, "shared-none").text()).isEqualTo("No document has been shared with you yet.");
        assertThat(testId(page, "forms-to-fill-none").text()).isEqualTo("No form is waiting for you.");
        assertThat(testId(page, "forms-filled-none").text()).isEqualTo("You have not sent any form yet.");
        assertThat(page.select("[data-testid=documents-next]")).isEmpty();
    }

    @Test
    void aLaterPageIsAskedForByNumber() throws Exception {
        Document page = page(get("/documents").param("page", "1"), HttpStatus.OK);

        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(DOCUMENTS))
                .extracting(Received::query)
                .containsExactly("clientId=" + FRANCIS_ID + "&page=1&size=20");
        assertThat(page).isNotNull();
    }

    @Test
    void theDocumentServiceDownGivesTheUnavailablePage() throws Exception {
        backend.reply("GET", DOCUMENTS, 503, """
                {"title":"Service temporairement indisponible","status":503}
                """);

        Document page = page(get("/documents"), HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(testId(page, "error").text()).contains("Service temporairement indisponible");
    }
}
