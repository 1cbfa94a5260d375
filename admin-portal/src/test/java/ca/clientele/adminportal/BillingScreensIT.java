package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (B): a client's invoices and credit notes (the billing section's fragment) and the "Ventes" report, against
 * the billing-service's answers; every PDF and the CSV are links through the gateway.
 */
class BillingScreensIT extends PortalIT {

    static final String INVOICE_ID = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    static final String NOTE_ID = "8b2c3d4e-5f6a-4b7c-9d8e-1f2a3b4c5d6e";

    static final String INVOICES = """
            {"content":[{"id":"%s","number":"2026-000123","orderId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "orderNumber":1514,"orderKind":"APPOINTMENT","clientId":"%s","issuedAt":"2026-04-20T20:30:00Z",
              "language":"fr","subtotal":"35.00","discount":"0.00","gst":"1.75","qst":"3.49","total":"40.24",
              "credited":"40.24","balance":"0.00","pdfUrl":"/api/invoices/%s/pdf",
              "creditNotes":[{"id":"%s","number":"NC-2026-000004","invoiceId":"%s","invoiceNumber":"2026-000123",
                "orderId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","issuedAt":"2026-04-22T14:00:00Z",
                "settlement":"CREDITED_TO_BALANCE","settlementLabel":"Porté à votre solde créditeur",
                "reason":"Annulé à temps","subtotal":"35.00","gst":"1.75","qst":"3.49","total":"40.24",
                "pdfUrl":"/api/invoices/credit-notes/%s/pdf"}]}],
             "page":{"number":0,"size":10,"totalElements":11,"totalPages":2}}
            """.formatted(INVOICE_ID, FRANCIS_ID, INVOICE_ID, NOTE_ID, INVOICE_ID, NOTE_ID);

    static final String REPORT = """
            {"from":"2026-04-01","to":"2026-04-30","groupBy":"day",
             "periods":[{"period":"2026-04-20","invoices":2,"creditNotes":0,"sales":"70.00","gst":"3.50","qst":"6.98",
               "total":"80.48","creditedSales":"0.00","creditedGst":"0.00","creditedQst":"0.00","creditedTotal":"0.00",
               "netSales":"70.00","netGst":"3.50","netQst":"6.98","netTotal":"80.48"},
              {"period":"2026-04-22","invoices":0,"creditNotes":1,"sales":"0.00","gst":"0.00","qst":"0.00",
               "total":"0.00","creditedSales":"35.00","creditedGst":"1.75","creditedQst":"3.49","creditedTotal":"40.24",
               "netSales":"-35.00","netGst":"-1.75","netQst":"-3.49","netTotal":"-40.24"}],
             "totals":{"period":null,"invoices":2,"creditNotes":1,"sales":"70.00","gst":"3.50","qst":"6.98",
               "total":"80.48","creditedSales":"35.00","creditedGst":"1.75","creditedQst":"3.49","creditedTotal":"40.24",
               "netSales":"35.00","netGst":"1.75","netQst":"3.49","netTotal":"40.24"}}
            """;

    @Test
    void aClientsInvoicesListEachWithItsCreditNotesAndTheirPdfLinks() throws Exception {
        reply("GET", "/api/invoices", 200, INVOICES);

        Document list = html(mvc.perform(get("/clients/" + FRANCIS_ID + "/invoices")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/invoices"))).isEqualTo("clientId=" + FRANCIS_ID + "&page=0&size=10");
        Element invoice = testId(list, "invoice-row");
        assertThat(invoice.text()).contains("2026-000123", "#1514", "TPS 1,75 $ · TVQ 3,49 $", "40,24 $");
        assertThat(testId(invoice, "invoice-pdf").attr("href")).isEqualTo("/api/invoices/" + INVOICE_ID + "/pdf");
        assertThat(testId(invoice, "invoice-balance").text()).isEqualTo("0,00 $");
        Element note = testId(list, "credit-note-row");
        assertThat(note.text())
                .contains(
                        "NC-2026-000004",
                        "Note de crédit sur la facture 2026-000123",
                        "Porté à votre solde créditeur",
                        "(Annulé à temps)");
        assertThat(testId(note, "credit-note-pdf").attr("href"))
                .isEqualTo("/api/invoices/credit-notes/" + NOTE_ID + "/pdf");
        assertThat(testId(note, "credit-note-total").text()).isEqualTo("− 40,24 $");
        assertThat(testId(list, "page-next").attr("href"))
                .isEqualTo("/admin/clients/" + FRANCIS_ID + "/invoices?page=1");
    }

    @Test
    void withoutJavaScriptTheListIsAPageAndBillingDownIsSaid() throws Exception {
        reply("GET", "/api/invoices", 503, "{\"title\":\"Indisponible\",\"status\":503}");

        Document page =
                html(mvc.perform(get("/clients/" + FRANCIS_ID + "/invoices").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Factures et notes de crédit");
        assertThat(testId(page, "invoices-unavailable").text()).startsWith("La facturation est indisponible");
        assertThat(testId(page, "back-to-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
    }

    @Test
    void salesPerDayWithGstAndQstCollectedAndTheCsvLinkForTheSamePeriod() throws Exception {
        reply("GET", "/api/invoices/reports/sales", 200, REPORT);

        Document page = html(mvc.perform(get("/sales")
                        .queryParam("from", "2026-04-01")
                        .queryParam("to", "2026-04-30")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/invoices/reports/sales")))
                .isEqualTo("from=2026-04-01&to=2026-04-30&groupBy=day");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ventes");
        assertThat(testId(page, "menu-sales").attr("href")).isEqualTo("/admin/sales");
        assertThat(page.select("[data-testid=sales-row]")).hasSize(2);
        assertThat(testId(page, "sales-gst").text()).isEqualTo("3,50 $");
        assertThat(testId(page, "sales-qst").text()).isEqualTo("6,98 $");
        assertThat(testId(page, "sales-net-gst").text()).isEqualTo("1,75 $");
        assertThat(testId(page, "sales-net-qst").text()).isEqualTo("3,49 $");
        assertThat(page.selectFirst("caption").text()).isEqualTo("Ventes du 1 avril 2026 au 30 avril 2026");
        assertThat(testId(page, "sales-csv").attr("href"))
                .isEqualTo("/api/invoices/reports/sales.csv?from=2026-04-01&to=2026-04-30&groupBy=day");
        assertThat(testId(page, "sales-from").attr("value")).isEqualTo("2026-04-01");
        assertThat(page.selectFirst("label[for=from]")).isNotNull();
    }

    @Test
    void theDefaultPeriodIsThisMonthSoFarAndTheServicesRefusalIsShown() throws Exception {
        reply("GET", "/api/invoices/reports/sales", 422, """
                {"title":"Règle","status":422,"detail":"La période commence au plus tard à sa fin et couvre au plus 3 ans."}""");

        Document page =
                html(mvc.perform(get("/sales").queryParam("groupBy", "month").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        // NOW is 2026-11-25.
        assertThat(query(sent("GET", "/api/invoices/reports/sales")))
                .isEqualTo("from=2026-11-01&to=2026-11-25&groupBy=month");
        assertThat(testId(page, "sales-refused").text()).startsWith("La période commence");
        assertThat(page.selectFirst("option[value=month]").hasAttr("selected")).isTrue();
    }
}
