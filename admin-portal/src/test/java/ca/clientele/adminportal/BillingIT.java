package ca.clientele.adminportal;

import static ca.clientele.adminportal.BillingFixtures.ORDER_ID;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The billing section of a client's page and its pages, against a stubbed billing-service: the balance and orders on
 * the client page, an order's page with "Enregistrer un paiement" (partial, Interac with a reference) and "Rembourser"
 * (the exact JSON sent, a refusal shown next to its field), the credit balance's ledger and "Ajuster le solde".
 */
class BillingIT extends PortalIT {

    static final String ORDER_PAGE = "/clients/" + FRANCIS_ID + "/commandes/" + ORDER_ID;

    @Test
    void theClientPageShowsTheBalanceAndTheOrders() throws Exception {
        ClientPageIT.stubPage();
        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "billing-credit-balance").text()).isEqualTo("25,00 $");
        assertThat(testId(page, "billing-order-link").text()).isEqualTo("#1514");
        assertThat(testId(page, "billing-order-link").attr("href")).isEqualTo(ORDER_PAGE);
        assertThat(testId(page, "billing-order-status").text()).isEqualTo("Attente de paiement");
        assertThat(sent("GET", "/api/orders").getUrl()).contains("clientId=" + FRANCIS_ID);
    }

    @Test
    void theClientPageListsTheClientsSavedCardsReadOnly() throws Exception {
        ClientPageIT.stubPage();
        reply("GET", "/api/payment-methods/clients/" + FRANCIS_ID, 200, """
                [{"brand": "visa", "last4": "4242", "expMonth": 12, "expYear": 2030},
                 {"brand": "amex", "last4": "0005", "expMonth": 3, "expYear": 2027}]""");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("[data-testid=billing-card]").eachText())
                .containsExactly("Visa •••• 4242 12/2030", "American Express •••• 0005 03/2027");
        assertThat(testId(page, "billing-cards").select("a, button, form, input"))
                .as("read-only")
                .isEmpty();
        assertThat(sent("GET", "/api/payment-methods/clients/" + FRANCIS_ID)).isNotNull();
    }

    @Test
    void aClientWithoutSavedCardsOrBillingDownIsSaid() throws Exception {
        ClientPageIT.stubPage();
        Document none = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(none, "billing-cards-none").text()).isEqualTo("Aucune carte enregistrée.");

        reply("GET", "/api/payment-methods/clients/" + FRANCIS_ID, 503, "{\"title\":\"Indisponible\",\"status\":503}");
        Document down = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(down, "billing-cards-unavailable").text())
                .isEqualTo("La facturation est indisponible pour le moment.");
        assertThat(testId(down, "billing-order-link").text())
                .as("the rest still shows")
                .isEqualTo("#1514");
    }

    @Test
    void staffRecordAPartialPaymentThenSeeARefusalNextToTheAmount() throws Exception {
        reply("GET", "/api/orders/" + ORDER_ID, 200, BillingFixtures.ORDER);
        Document page = html(mvc.perform(get(ORDER_PAGE).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "order-title").text()).isEqualTo("Commande #1514");
        assertThat(testId(page, "order-due").text()).isEqualTo("20,24 $");
        assertThat(testId(page, "order-movement").text()).contains("Virement Interac", "20,00 $", "CA123");
        assertThat(testId(page, "pay-method").select("option").eachText())
                .containsExactly("Virement Interac", "Comptant", "Carte au terminal", "Solde créditeur");
        assertThat(testId(page, "pay-amount").val()).isEqualTo("20,24");

        reply("POST", "/api/orders/" + ORDER_ID + "/payments", 201, BillingFixtures.MOVEMENT);
        mvc.perform(post(ORDER_PAGE + "/paiements")
                        .with(staff())
                        .param("method", "CASH")
                        .param("amount", "10,00")
                        .param("reference", "Reçu 42"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + FRANCIS_ID + "/commandes/" + ORDER_ID + "?notice=paid"));
        JsonNode body = sentJson("POST", "/api/orders/" + ORDER_ID + "/payments");
        assertThat(body.get("method").asString()).isEqualTo("CASH");
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(body.get("reference").asString()).isEqualTo("Reçu 42");

        reply("POST", "/api/orders/" + ORDER_ID + "/payments", 422, """
                {"status": 422, "detail": "Le paiement dépasse le montant dû (20.24 $)."}""");
        Document refused = html(mvc.perform(post(ORDER_PAGE + "/paiements")
                        .with(staff())
                        .param("method", "CASH")
                        .param("amount", "30,00"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(refused.text()).contains("Le paiement dépasse le montant dû");
        assertThat(testId(refused, "pay-amount").val()).isEqualTo("30");
    }

    @Test
    void staffRefundToTheCreditBalance() throws Exception {
        reply("GET", "/api/orders/" + ORDER_ID, 200, BillingFixtures.ORDER);
        reply("POST", "/api/orders/" + ORDER_ID + "/refunds", 201, BillingFixtures.MOVEMENT);
        mvc.perform(post(ORDER_PAGE + "/remboursements")
                        .with(staff())
                        .param("amount", "5.00")
                        .param("to", "CREDIT")
                        .param("reason", "Retard"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + FRANCIS_ID + "/commandes/" + ORDER_ID + "?notice=refunded"));
        JsonNode body = sentJson("POST", "/api/orders/" + ORDER_ID + "/refunds");
        assertThat(body.get("to").asString()).isEqualTo("CREDIT");
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(body.get("reason").asString()).isEqualTo("Retard");
    }

    @Test
    void staffReadTheLedgerAndAdjustTheBalanceWithAReason() throws Exception {
        reply("GET", "/api/payments/credit/" + FRANCIS_ID, 200, BillingFixtures.CREDIT);
        String path = "/clients/" + FRANCIS_ID + "/credit";
        Document page = html(
                mvc.perform(get(path).with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(testId(page, "credit-balance").text()).isEqualTo("25,00 $");
        assertThat(testId(page, "ledger-entry").text()).contains("Ajustement", "25,00 $", "Geste commercial");

        Document noReason = html(mvc.perform(post(path).with(staff()).param("amount", "5"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noReason.select("#reason ~ [data-testid=field-error], [data-testid=field-error]")
                        .text())
                .isNotBlank();

        reply("POST", "/api/payments/credit/" + FRANCIS_ID + "/adjustments", 201, """
                {"id": "e0000000-0000-4000-8000-000000000002", "amount": "-5.00", "balanceAfter": "20.00",
                 "kind": "ADJUSTMENT", "orderId": null, "reason": "Correction", "recordedBy": null,
                 "recordedAt": "2026-11-21T15:00:00Z"}""");
        mvc.perform(post(path).with(staff()).param("amount", "-5,00").param("reason", "Correction"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path + "?notice=adjusted"));
        JsonNode body = sentJson("POST", "/api/payments/credit/" + FRANCIS_ID + "/adjustments");
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("-5.00");
        assertThat(body.get("reason").asString()).isEqualTo("Correction");
    }
}
