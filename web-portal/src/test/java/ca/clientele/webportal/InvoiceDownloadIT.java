package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * "Facture": the portal fetches the order's invoice PDF from the billing-service as the signed-in client and hands it
 * to the browser as a download; an order that is not the client's (or has no invoice) is the 404 page.
 */
class InvoiceDownloadIT extends PortalIntegration {

    static final String ORDER_ID = "5f0c2b1a-3d4e-4f60-8a7b-9c0d1e2f3a4b";
    static final String PDF_PATH = "/api/invoices/by-order/" + ORDER_ID + "/pdf";
    static final byte[] PDF = "%PDF-1.7 Facture 2026-000123".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void client() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
    }

    @Test
    void theInvoiceIsDownloadedAsThePdfTheBillingServiceRendered() throws Exception {
        backend.replyFile(PDF_PATH, "application/pdf", "attachment; filename=\"facture-2026-000123.pdf\"", PDF);

        MockHttpServletResponse response = mvc.perform(
                        get("/orders/" + ORDER_ID + "/invoice").with(Pages.client()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"facture-2026-000123.pdf\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        Received call = backend.received().stream()
                .filter(received -> received.path().equals(PDF_PATH))
                .findFirst()
                .orElseThrow();
        assertThat(call.authorization()).isEqualTo("Bearer " + Pages.CLIENT_TOKEN);
    }

    @Test
    void anotherClientsOrderOrOneWithoutInvoiceIsTheNotFoundPage() throws Exception {
        backend.reply("GET", PDF_PATH, 404, NOT_FOUND);

        Document page = page(get("/orders/" + ORDER_ID + "/invoice"), HttpStatus.NOT_FOUND);

        assertThat(page.text()).containsIgnoringCase("introuvable");
    }

    @Test
    void billingDownIsTheUnavailablePage() throws Exception {
        backend.reply("GET", PDF_PATH, 503, """
                {"title":"Service temporairement indisponible","status":503}""");

        page(get("/orders/" + ORDER_ID + "/invoice"), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
