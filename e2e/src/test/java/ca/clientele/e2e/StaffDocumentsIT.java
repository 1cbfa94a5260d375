package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 8 from the staff side, through the real gateway, admin portal and document-service: a PDF
 * dropped on a client's Documents section goes from the browser to the gateway (progress, then the
 * list refreshes), is shared with the client and downloads byte for byte; a form is built with two
 * fields, published and assigned to that client, who then has it to fill.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffDocumentsIT extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String LAST_NAME = "Dossier-" + SUFFIX;
    private static final String FORM_TITLE = "Consignes de visite " + SUFFIX;
    /** A small but real PDF: the document-service detects the type from these bytes. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static BrowserContext staffContext;
    private static Page staff;
    private static String clientId;

    @BeforeAll
    static void staffSignsInAndCreatesAClient() {
        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/clients/new");
        Pages.signIn(staff, "admin@clientele.test", "demo1234");
        staff.getByTestId("new-client-firstName").fill("Dominique");
        staff.getByTestId("new-client-lastName").fill(LAST_NAME);
        staff.getByTestId("new-client-email").fill("dossier." + SUFFIX + "@clientele.test");
        staff.getByTestId("new-client-save").click();
        assertThat(staff.getByTestId("created-notice")).isVisible();
        Matcher id = Pattern.compile("/admin/clients/([0-9a-f-]{36})").matcher(staff.url());
        assertThat(id.find()).isTrue();
        clientId = id.group(1);
    }

    @Override
    Page page() {
        return staff;
    }

    @Test
    @Order(1)
    void staffUploadAPdfKeptForStaffThenShareItAndItDownloadsAsSent() {
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId + "#documents");
        assertThat(staff.getByTestId("documents-none")).isVisible();
        Locator upload = staff.getByTestId("document-upload");
        upload.getByTestId("upload-visibility").selectOption("STAFF_ONLY");
        upload.getByTestId("upload-file")
                .setInputFiles(new FilePayload("Consentement été 2026.pdf", "application/pdf", PDF));
        upload.getByTestId("upload-send").click();

        assertThat(upload.getByTestId("upload-status")).containsText("1 fichier(s) ajouté(s)");
        Locator row = staff.getByTestId("document");
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("document-download")).hasText("Consentement été 2026.pdf");
        assertThat(row.getByTestId("document-visibility")).hasAttribute("data-visibility", "STAFF_ONLY");
        assertThat(row.getByTestId("document-uploader")).hasText("Personnel");

        row.getByTestId("document-visibility-change").click();
        assertThat(staff.getByTestId("documents-notice")).containsText("maintenant visible par le client");
        assertThat(staff.getByTestId("document").getByTestId("document-visibility"))
                .hasAttribute("data-visibility", "CLIENT_VISIBLE");

        // The link the page shows, fetched with the staff member's session through the gateway.
        String href = staff.getByTestId("document-download").getAttribute("href");
        APIResponse download = staffContext.request().get(Stack.GATEWAY + href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type")).startsWith("application/pdf");
        assertThat(download.headers().get("content-disposition")).contains("attachment", "UTF-8''");
        assertThat(download.body()).isEqualTo(PDF);
    }

    @Test
    @Order(2)
    void aFileOfATypeNotAllowedIsRefusedWithTheServicesReasonInTheLiveStatus() {
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId + "#documents");
        Locator upload = staff.getByTestId("document-upload");
        // Called .pdf, but the bytes are a Windows executable: refused from what they are.
        byte[] executable = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000 This program cannot be run in DOS mode."
                .getBytes(StandardCharsets.ISO_8859_1);
        upload.getByTestId("upload-file").setInputFiles(new FilePayload("facture.pdf", "application/pdf", executable));
        upload.getByTestId("upload-send").click();

        assertThat(upload.getByTestId("upload-status")).containsText("facture.pdf");
        assertThat(upload.getByTestId("upload-progress")).isHidden();
        assertThat(staff.getByTestId("document")).hasCount(1);
    }

    @Test
    @Order(3)
    void staffBuildPublishAndAssignAForm() {
        staff.navigate(Stack.GATEWAY + "/admin/clients");
        staff.getByTestId("menu-forms").click();
        staff.getByTestId("form-new").click();
        staff.getByTestId("form-titleFr").fill(FORM_TITLE);
        staff.getByTestId("form-titleEn").fill("Visit instructions " + SUFFIX);
        staff.getByTestId("field-0-labelFr").fill("Code de la porte");
        staff.getByTestId("field-0-labelEn").fill("Door code");
        staff.getByTestId("field-0-required").check();
        // "Ajouter un champ" posts the whole form and brings it back with one more field (htmx).
        staff.getByTestId("editor-add").click();
        assertThat(staff.getByTestId("editor-field")).hasCount(2);
        assertThat(staff.getByTestId("form-titleFr")).hasValue(FORM_TITLE);
        staff.getByTestId("field-1-type").selectOption("SINGLE_CHOICE");
        staff.getByTestId("field-1-labelFr").fill("Où est la laisse ?");
        staff.getByTestId("field-1-labelEn").fill("Where is the leash?");
        staff.getByTestId("field-1-options").fill("Dans l'entrée | In the hallway\nCuisine | Kitchen");
        Accessibility.assertAccessible(staff);
        staff.getByTestId("editor-save").click();

        assertThat(staff.getByTestId("form-done")).containsText("Formulaire créé en brouillon");
        assertThat(staff.getByTestId("form-field")).hasCount(2);
        staff.getByTestId("form-preview").click();
        assertThat(staff.getByTestId("preview-en").locator("label", new Locator.LocatorOptions().setHasText("Kitchen")))
                .isVisible();
        Accessibility.assertAccessible(staff);
        staff.getByTestId("back-to-form").click();

        staff.getByTestId("form-publish").click();
        assertThat(staff.getByTestId("form-done")).hasText("Formulaire publié.");
        assertThat(staff.getByTestId("form-published")).isVisible();

        // The live search is htmx's: typing before its deferred script has run would send nothing.
        staff.waitForLoadState(LoadState.LOAD);
        staff.getByTestId("assign-q").fill(LAST_NAME);
        Locator choice = staff.getByTestId("client-choice");
        assertThat(choice).hasCount(1);
        assertThat(choice).hasAttribute("data-client-id", clientId);
        choice.getByTestId("assign-client").click();
        assertThat(staff.getByTestId("form-done")).containsText("Formulaire assigné");
        Accessibility.assertAccessible(staff);

        // On the client's page the form now waits to be filled.
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId + "#documents");
        assertThat(staff.getByTestId("to-fill")).containsText(FORM_TITLE);
        assertThat(staff.getByTestId("assign-formId")
                        .locator("option", new Locator.LocatorOptions().setHasText(FORM_TITLE)))
                .hasCount(1);
    }
}
