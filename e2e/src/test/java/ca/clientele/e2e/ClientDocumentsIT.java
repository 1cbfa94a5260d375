package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 8 from the client's side, through the real gateway, document-service, registry, Kafka and
 * Keycloak: the client downloads a PDF staff shared, fills and submits a form staff assigned, and
 * sets a profile photo that then shows in the header. Staff's part goes through the gateway's API
 * with the staff member's session (the admin screens are StaffDocumentsIT's), except that staff then find the
 * client's submission and its PDF in section 2 of the client's record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientDocumentsIT extends BrowserTest {

    /** The second demo client, as in ClientAccountIT (whose steps do not look at documents or photos). */
    private static final String USERNAME = "client2@clientele.test";

    private static final String PDF_NAME = "Consignes d'été Grisette.pdf";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static BrowserContext clientContext;
    private static BrowserContext staffContext;
    private static Page page;
    private static Page staff;
    private static String clientId;

    @BeforeAll
    static void signIn() {
        clientContext = browsers.newContext();
        page = clientContext.newPage();
        page.navigate(Stack.GATEWAY + "/");
        Pages.signIn(page, USERNAME, "demo1234");
        assertThat(page.getByTestId("welcome")).containsText("Bienvenue");
        clientId = keycloak.userByEmail(USERNAME).orElseThrow().get("id").getAsString();

        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/");
        Pages.signIn(staff, "admin@clientele.test", "demo1234");
        staff.waitForURL(Pattern.compile(".*/admin/.*"));
    }

    @AfterAll
    static void close() {
        if (staffContext != null) {
            staffContext.close();
        }
        if (clientContext != null) {
            clientContext.close();
        }
    }

    @Override
    Page page() {
        return page;
    }

    @Test
    @Order(1)
    void theClientDownloadsThePdfStaffShared() throws IOException {
        APIResponse shared = staffCall(
                "POST",
                "/api/documents",
                RequestOptions.create()
                        .setMultipart(FormData.create()
                                .set("clientId", clientId)
                                .set("purpose", "SHARED_FILE")
                                .set("visibility", "CLIENT_VISIBLE")
                                .set("file", new FilePayload(PDF_NAME, "application/pdf", PDF))));
        assertThat(shared.status()).as(shared.text()).isEqualTo(201);

        page.navigate(Stack.GATEWAY + "/documents");
        Locator row = page.getByTestId("shared-document").filter(new Locator.FilterOptions().setHasText(PDF_NAME));
        assertThat(row).hasCount(1);
        Download download =
                page.waitForDownload(() -> row.getByTestId("document-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(PDF_NAME);
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
    }

    @Test
    @Order(2)
    void theClientFillsAndSubmitsTheFormStaffAssigned() {
        APIResponse created = staffCall("POST", "/api/forms", json("""
                {"titleFr":"Consignes de visite","titleEn":"Visit instructions",
                 "descriptionFr":"Pour votre technicienne.","descriptionEn":"For your technician.",
                 "fields":[
                  {"key":"acces","type":"SHORT_TEXT","labelFr":"Code d'accès","labelEn":"Access code","required":true,"options":[]},
                  {"key":"visites","type":"SINGLE_CHOICE","labelFr":"Fréquence","labelEn":"Frequency","required":true,
                   "options":[{"value":"DAILY","labelFr":"Chaque jour","labelEn":"Daily"},
                              {"value":"WEEKLY","labelFr":"Chaque semaine","labelEn":"Weekly"}]},
                  {"key":"consent","type":"CHECKBOX","labelFr":"J'autorise l'entrée en mon absence",
                   "labelEn":"I allow entry while I am away","required":true,"options":[]},
                  {"key":"signature","type":"SIGNATURE","labelFr":"Signature","labelEn":"Signature","required":true,"options":[]}]}
                """));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject form = JsonParser.parseString(created.text()).getAsJsonObject();
        String formId = form.get("id").getAsString();
        APIResponse published = staffCall(
                "POST",
                "/api/forms/" + formId + "/publish",
                json("{\"rowVersion\":" + form.get("rowVersion").getAsLong() + "}"));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        APIResponse assigned =
                staffCall("POST", "/api/forms/" + formId + "/assignments", json("{\"clientId\":\"" + clientId + "\"}"));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);

        page.navigate(Stack.GATEWAY + "/documents");
        page.getByTestId("form-to-fill")
                .filter(new Locator.FilterOptions().setHasText("Consignes de visite"))
                .getByTestId("form-fill-link")
                .click();
        Locator fill = page.getByTestId("fill-form");
        fill.locator("[name='answers[acces]']").fill("4521#");
        fill.getByTestId("fill-submit").click();
        // Required answers missing: the service's messages next to their fields, nothing sent.
        assertThat(page.getByTestId("fill-form").getByTestId("field-error").first())
                .isVisible();
        fill = page.getByTestId("fill-form");
        assertThat(fill.locator("[name='answers[acces]']")).hasValue("4521#");
        fill.getByLabel("Chaque semaine").check();
        fill.locator("[name='answers[consent]']").check();
        fill.locator("[name='answers[signature]']").fill("Marie-Ève Tremblay-Côté");
        fill.getByTestId("fill-submit").click();
        assertThat(page.getByTestId("form-sent")).containsText("Consignes de visite");

        page.navigate(Stack.GATEWAY + "/documents");
        Locator filled =
                page.getByTestId("form-filled").filter(new Locator.FilterOptions().setHasText("Consignes de visite"));
        assertThat(filled).hasCount(1);
        assertThat(filled.getByTestId("form-filled-pdf")).hasAttribute("href", Pattern.compile("^/api/documents/"));
        assertThat(page.getByTestId("form-to-fill")
                        .filter(new Locator.FilterOptions().setHasText("Consignes de visite")))
                .hasCount(0);

        // Staff see the submission in section 2 of the client's record, and its PDF opens.
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + clientId + "#documents");
        Locator submission =
                staff.getByTestId("submission").filter(new Locator.FilterOptions().setHasText("Consignes de visite"));
        assertThat(submission).hasCount(1);
        assertThat(submission.getByTestId("submission-pdf")).isVisible();
        Accessibility.assertAccessible(staff);
        APIResponse pdf = staffContext
                .request()
                .get(Stack.GATEWAY + submission.getByTestId("submission-pdf").getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(3)
    void theClientSetsAProfilePhotoAndSeesItInTheHeader() {
        page.navigate(Stack.GATEWAY + "/compte");
        Locator upload = page.getByTestId("profile-photo-upload");
        upload.getByTestId("profile-photo-file").setInputFiles(new FilePayload("moi.png", "image/png", png()));
        upload.getByTestId("profile-photo-send").click();
        assertThat(upload.getByTestId("profile-photo-status")).hasText("Photo enregistrée.");

        // The registry learns of the photo from the document-service's event: a later page shows it.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    page.reload();
                    return page.getByTestId("header-photo").count() == 1;
                });
        Locator header = page.getByTestId("header-photo");
        assertThat(header).hasAttribute("src", Pattern.compile("^/api/documents/[0-9a-f-]{36}/thumbnail$"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Boolean) header.evaluate("image => image.complete && image.naturalWidth > 0"));
        assertThat(page.getByTestId("avatar-photo")).isVisible();
    }

    private static RequestOptions json(String body) {
        return GatewayCalls.json(body);
    }

    private static APIResponse staffCall(String method, String path, RequestOptions options) {
        return GatewayCalls.call(staffContext, method, path, options);
    }

    /** A small PNG, as a phone would send (the service re-encodes it and makes the thumbnail). */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x6b, 0x3f, 0xa0));
        graphics.fillRect(0, 0, 320, 240);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(100, 60, 120, 120);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
