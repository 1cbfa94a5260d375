package ca.clientele.billing.invoice;

import static ca.clientele.billing.invoice.InvoiceIssuingIT.at;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The invoice API: lists, one invoice, the PDFs; a client reads their own, another client's answers 404. */
@ServiceIntegrationTest
class InvoiceApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    ApiClient api;
    UUID amelie;
    String amelieToken;
    String strangerToken;
    String staffToken;
    OrderPlaced order;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        amelie = UUID.randomUUID();
        amelieToken = jwts.client(amelie, null, "Amélie", "Côté-Tremblay");
        strangerToken = jwts.client(UUID.randomUUID(), null, null, null);
        staffToken = jwts.staff(UUID.randomUUID());
        order = PlacedOrders.nailTrim(amelie, at(2039, 4, 20, 16, 30), "35.00", "fr");
        tx.executeWithoutResult(status -> events.publishEvent(order));
        tx.executeWithoutResult(status -> events.publishEvent(
                PlacedOrders.credited(order, "40.24", "CREDITED_TO_BALANCE", at(2039, 4, 21, 10, 0))));
    }

    @Test
    void aClientListsTheirInvoicesWithTheirCreditNotesAndStaffListAClients() {
        ApiClient.Response own = api.get("/api/invoices", amelieToken);
        assertThat(own.status()).isEqualTo(200);
        JsonNode invoice = own.json().get("content").get(0);
        assertThat(own.json().get("content")).hasSize(1);
        assertThat(invoice.get("orderId").asString()).isEqualTo(order.orderId().toString());
        assertThat(invoice.get("number").asString()).startsWith("2039-");
        assertThat(invoice.get("total").asString()).isEqualTo("40.24");
        assertThat(invoice.get("gst").asString()).isEqualTo("1.75");
        assertThat(invoice.get("qst").asString()).isEqualTo("3.49");
        assertThat(invoice.get("credited").asString()).isEqualTo("40.24");
        assertThat(invoice.get("balance").asString()).isEqualTo("0.00");
        JsonNode note = invoice.get("creditNotes").get(0);
        assertThat(note.get("number").asString()).startsWith("NC-2039-");
        assertThat(note.get("settlementLabel").asString()).isEqualTo("Porté à votre solde créditeur");
        assertThat(note.get("reason").isNull())
                .as("the staff-facing reason is not the client's")
                .isTrue();

        JsonNode staff = api.get("/api/invoices?clientId=" + amelie, staffToken).json();
        assertThat(staff.get("content")).hasSize(1);
        assertThat(staff.get("content")
                        .get(0)
                        .get("creditNotes")
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("Annulé par Amélie");
        assertThat(api.get("/api/invoices?clientId=" + amelie, staffToken, "en")
                        .json()
                        .get("content")
                        .get(0)
                        .get("creditNotes")
                        .get(0)
                        .get("settlementLabel")
                        .asString())
                .isEqualTo("Added to your credit balance");
    }

    @Test
    void anotherClientsInvoicesAnswer404AndTheirOwnListIsEmpty() {
        String invoiceId = invoiceId();
        assertThat(api.get("/api/invoices?clientId=" + amelie, strangerToken).status())
                .isEqualTo(404);
        assertThat(api.get("/api/invoices/" + invoiceId, strangerToken).status())
                .isEqualTo(404);
        assertThat(api.get("/api/invoices", strangerToken).json().get("content"))
                .isEmpty();
        assertThat(pdf("/api/invoices/" + invoiceId + "/pdf", strangerToken).statusCode())
                .isEqualTo(404);
        assertThat(pdf("/api/invoices/by-order/" + order.orderId() + "/pdf", strangerToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(pdf("/api/invoices/credit-notes/" + creditNoteId() + "/pdf", strangerToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(pdf("/api/invoices/by-order/" + UUID.randomUUID() + "/pdf", amelieToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/invoices", null).status()).isEqualTo(401);
    }

    @Test
    void oneInvoiceShowsTheClientCopyTheLinesAndTheRegistrationNumbers() {
        JsonNode view = api.get("/api/invoices/" + invoiceId(), amelieToken).json();
        assertThat(view.get("billToName").asString()).isEqualTo(PlacedOrders.NAME);
        assertThat(view.get("billToAddress").get(0).asString()).isEqualTo(PlacedOrders.ADDRESS.get(0));
        assertThat(view.get("lines").get(0).get("descriptionFr").asString()).isEqualTo("Taille des griffes — Biscuit");
        assertThat(view.get("gstNumber").asString()).isEqualTo("123456789 RT0001");
        assertThat(view.get("qstNumber").asString()).isEqualTo("1234567890 TQ0001");
    }

    @Test
    void theClientAndStaffDownloadTheInvoiceAndCreditNotePdfs() throws IOException {
        HttpResponse<byte[]> byOrder = pdf("/api/invoices/by-order/" + order.orderId() + "/pdf", amelieToken);
        assertThat(byOrder.statusCode()).isEqualTo(200);
        assertThat(byOrder.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(byOrder.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("facture-2039-");
        assertThat(InvoicePdfTest.text(byOrder.body()))
                .contains("Facture")
                .contains("TPS")
                .contains("TVQ")
                .contains("123456789 RT0001")
                .contains("1234567890 TQ0001")
                .contains("Amélie Côté-Tremblay")
                .contains("Total (CAD) 40,24 $");

        HttpResponse<byte[]> staffCopy = pdf("/api/invoices/" + invoiceId() + "/pdf", staffToken);
        assertThat(staffCopy.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> note = pdf("/api/invoices/credit-notes/" + creditNoteId() + "/pdf", amelieToken);
        assertThat(note.statusCode()).isEqualTo(200);
        assertThat(InvoicePdfTest.text(note.body()))
                .contains("Note de crédit")
                .contains("Se rapporte à la facture 2039-")
                .contains("20 avril 2039")
                .contains("Total crédité (CAD) 40,24 $");
    }

    private String invoiceId() {
        return api.get("/api/invoices", amelieToken)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asString();
    }

    private String creditNoteId() {
        return api.get("/api/invoices", amelieToken)
                .json()
                .get("content")
                .get(0)
                .get("creditNotes")
                .get(0)
                .get("id")
                .asString();
    }

    private HttpResponse<byte[]> pdf(String path, String token) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
