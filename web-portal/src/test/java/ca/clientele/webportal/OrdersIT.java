package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * "Rendez-vous confirmés" against a stubbed billing-service: the seed's "Historique des rendez-vous" (Commande, Date,
 * Statut, Total with the struck-through original of a refunded order, the actions exactly when they apply, pages),
 * the credit balance, an order's page, and paying from the credit balance (the exact JSON sent, a refusal shown).
 */
class OrdersIT extends PortalIntegration {

    static final String PENDING = "a0000000-0000-4000-8000-000000001514";
    static final String REFUNDED = "a0000000-0000-4000-8000-000000001304";
    static final String APPOINTMENT = "c0000000-0000-4000-8000-000000000001";

    static String summary(
            String id,
            long number,
            String status,
            String label,
            String total,
            String net,
            int items,
            boolean mayPay,
            boolean mayCancel) {
        return """
                {"id": "%s", "number": %d, "kind": "APPOINTMENT", "appointmentId": "%s",
                 "placedAt": "2026-04-20T14:00:00Z", "status": "%s", "statusLabel": "%s", "total": "%s",
                 "netTotal": "%s", "amountDue": "%s", "itemCount": %d, "mayPay": %s, "mayCancel": %s, "version": 1}""".formatted(
                id, number, APPOINTMENT, status, label, total, net, mayPay ? net : "0.00", items, mayPay, mayCancel);
    }

    static String page(int page, int totalPages, String... items) {
        return """
                {"items": [%s], "page": %d, "size": 10, "totalItems": %d, "totalPages": %d}""".formatted(String.join(",", items), page, items.length, totalPages);
    }

    static final String DETAIL = """
            {"id": "%s", "number": 1514, "kind": "APPOINTMENT", "clientId": "%s", "appointmentId": "%s",
             "placedAt": "2026-04-20T14:00:00Z", "status": "PENDING_PAYMENT", "statusLabel": "Attente de paiement",
             "lines": [{"description": "Taille des griffes", "quantity": 1, "unitPrice": "35.00", "discountPercent": 0,
                        "discount": "0.00", "amount": "35.00", "taxable": true}],
             "subtotal": "35.00", "discount": "0.00", "taxableSubtotal": "35.00", "gst": "1.75", "qst": "3.49",
             "total": "40.24", "amountPaid": "20.00", "amountRefunded": "0.00", "amountCancelled": "0.00",
             "netTotal": "40.24", "amountDue": "20.24", "itemCount": 1, "mayPay": true, "mayCancel": true,
             "payments": [{"id": "b0000000-0000-4000-8000-000000000001", "direction": "PAYMENT", "method": "INTERAC",
                           "amount": "20.00", "reference": null, "recordedBy": null, "recordedAt": "2026-04-20T15:00:00Z"}],
             "version": 2}""".formatted(PENDING, FRANCIS_ID, APPOINTMENT);

    static String credit(String balance) {
        return """
                {"clientId": "%s", "balance": "%s", "entries": []}""".formatted(FRANCIS_ID, balance);
    }

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", "/api/payments/credit/" + FRANCIS_ID, 200, credit("25.00"));
    }

    @Test
    void theHistoryShowsTheSeedsColumnsTotalsAndActions() throws Exception {
        backend.reply(
                "GET",
                "/api/orders",
                200,
                page(
                        0,
                        2,
                        summary(
                                PENDING,
                                1514,
                                "PENDING_PAYMENT",
                                "Attente de paiement",
                                "40.24",
                                "40.24",
                                1,
                                true,
                                true),
                        summary(REFUNDED, 1304, "REFUNDED", "Remboursée", "40.24", "0.00", 0, false, false)));

        Document page = page(get("/rendez-vous"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Rendez-vous confirmés");
        assertThat(testId(page, "nav-appointments").attr("aria-current")).isEqualTo("page");
        assertThat(testId(page, "credit-balance-amount").text()).isEqualTo("25,00 $");
        assertThat(page.select("#history th").eachText())
                .containsExactly("Commande", "Date", "Statut", "Total", "Actions");
        var rows = page.select("[data-testid=order-row]");
        assertThat(rows).hasSize(2);
        Element pending = rows.get(0);
        assertThat(testId(pending, "order-number").text()).isEqualTo("#1514");
        assertThat(pending.select("time").text()).isEqualTo("20 avril 2026");
        assertThat(testId(pending, "order-status").text()).isEqualTo("Attente de paiement");
        assertThat(testId(pending, "order-total").text()).isEqualTo("40,24 $ pour 1 service");
        assertThat(testId(pending, "order-actions").select("a").eachText())
                .containsExactly("Payer", "Voir", "Annuler", "Facture");
        assertThat(testId(pending, "order-pay").attr("href")).isEqualTo("/orders/" + PENDING + "/pay");
        assertThat(testId(pending, "order-cancel").attr("href"))
                .isEqualTo("/services/rendez-vous/" + APPOINTMENT + "/annuler");
        assertThat(testId(pending, "order-invoice").attr("href")).isEqualTo("/orders/" + PENDING + "/invoice");
        Element refunded = rows.get(1);
        assertThat(testId(refunded, "order-status").text()).isEqualTo("Remboursée");
        assertThat(testId(refunded, "order-total-original").tagName()).isEqualTo("del");
        assertThat(testId(refunded, "order-total").text()).isEqualTo("40,24 $ maintenant 0,00 $ pour 0 service");
        assertThat(testId(refunded, "order-actions").select("a").eachText()).containsExactly("Voir", "Facture");
        assertThat(testId(page, "history-page").text()).isEqualTo("Page 1 sur 2");
        assertThat(testId(page, "history-next").val()).isEqualTo("1");
        assertThat(page.select("[data-testid=history-previous]")).isEmpty();
        assertThat(backend.received().stream()
                        .filter(call -> call.path().equals("/api/orders"))
                        .findFirst()
                        .orElseThrow()
                        .query())
                .contains("page=0")
                .contains("size=10")
                .doesNotContain("clientId");
    }

    @Test
    void anEmptyHistorySaysSoInEnglishToo() throws Exception {
        backend.reply("GET", "/api/orders", 200, page(0, 0));
        Document page = page(get("/rendez-vous").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(page, "history-none").text()).isEqualTo("No orders yet.");
        assertThat(testId(page, "credit-balance-amount").text()).isEqualTo("$25.00");
    }

    @Test
    void anOrdersPageShowsItsLinesTaxesAndPayments() throws Exception {
        backend.reply("GET", "/api/orders/" + PENDING, 200, DETAIL);
        Document page = page(get("/commandes/" + PENDING), HttpStatus.OK);
        assertThat(testId(page, "section-title").text()).isEqualTo("Commande #1514");
        assertThat(testId(page, "order-gst").text()).isEqualTo("1,75 $");
        assertThat(testId(page, "order-qst").text()).isEqualTo("3,49 $");
        assertThat(testId(page, "order-due").text()).isEqualTo("20,24 $");
        assertThat(testId(page, "order-payment").text()).contains("Paiement", "virement Interac", "20,00 $");
        assertThat(testId(page, "order-pay").attr("href")).isEqualTo("/orders/" + PENDING + "/pay");

        backend.reply("GET", "/api/orders/" + REFUNDED, 404, "{\"detail\": \"not found\"}");
        page(get("/commandes/" + REFUNDED), HttpStatus.NOT_FOUND);
    }

    @Test
    void theClientPaysFromTheirCreditBalance() throws Exception {
        backend.reply("GET", "/api/orders/" + PENDING, 200, DETAIL);
        Document pay = page(get("/orders/" + PENDING + "/pay"), HttpStatus.OK);
        assertThat(testId(pay, "pay-due").text()).isEqualTo("20,24 $");
        assertThat(testId(pay, "pay-credit-balance").text()).isEqualTo("25,00 $");
        assertThat(pay.selectFirst("#amount").val()).isEqualTo("20,24");
        // The card part loads into its slot; without Stripe it says, in words, that card payment is unavailable.
        assertThat(testId(pay, "card-form-slot").attr("hx-get")).isEqualTo("/orders/" + PENDING + "/pay/card");
        backend.reply("GET", "/api/payment-methods/availability", 200, PaymentMethodsIT.UNAVAILABLE);
        Document card = page(get("/orders/" + PENDING + "/pay/card").header("HX-Request", "true"), HttpStatus.OK);
        assertThat(testId(card, "card-unavailable").text()).startsWith("Le paiement par carte n'est pas offert");

        backend.reply("POST", "/api/orders/" + PENDING + "/payments", 201, """
                {"id": "b0000000-0000-4000-8000-000000000002", "direction": "PAYMENT", "method": "CREDIT",
                 "amount": "20.24", "reference": null, "recordedBy": null, "recordedAt": "2026-04-21T15:00:00Z"}""");
        mvc.perform(post("/orders/" + PENDING + "/pay/credit")
                        .param("amount", "20,24")
                        .with(Pages.client()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/commandes/" + PENDING + "?notice=paid"));
        assertSent("POST", "/api/orders/" + PENDING + "/payments", "{\"method\": \"CREDIT\", \"amount\": 20.24}");

        backend.reply("POST", "/api/orders/" + PENDING + "/payments", 422, """
                {"status": 422, "detail": "Le solde créditeur ne suffit pas (5.00 $ disponibles)."}""");
        Document refused = page(
                post("/orders/" + PENDING + "/pay/credit").param("amount", "20.24"), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(testId(refused, "form-errors").text()).contains("Le solde créditeur ne suffit pas");
    }
}
