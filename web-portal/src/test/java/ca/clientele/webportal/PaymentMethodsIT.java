package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.CLIENT_TOKEN;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.clientele.webportal.RegistryStub.Received;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Modes de paiement" and the card part of an order's pay page, against the billing-service stub: the seed's empty
 * list, saved cards and their removal, Stripe's card field on exactly the pages that need it (and their CSP),
 * "unavailable" in words without Stripe, and the PaymentIntent the pay form's script asks for.
 */
class PaymentMethodsIT extends PortalIntegration {

    static final String AVAILABLE = """
            {"available":true,"publishableKey":"pk_test_portal","jsUrl":"https://js.stripe.com/v3/","message":null}""";
    static final String UNAVAILABLE = """
            {"available":false,"publishableKey":null,"jsUrl":null,
             "message":"Le paiement par carte n'est pas offert pour le moment. Vous pouvez payer en succursale."}""";
    static final String VISA = """
            [{"id":"pm_Visa","brand":"visa","last4":"4242","expMonth":3,"expYear":2030}]""";

    private final UUID orderId = UUID.fromString("0b6f7c1e-3c52-4a43-9d0e-4f3a1e2b5c77");

    @BeforeEach
    void client() {
        backend.reply("GET", "/api/clients/me", 200, Pages.FRANCIS);
    }

    @Test
    void withoutASavedCardThePageSaysSoAndOffersToAddOneAsTheSeedShows() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, AVAILABLE);
        backend.reply("GET", "/api/payment-methods", 200, "[]");

        MvcResult result = mvc.perform(get("/paiements").with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn();
        Document page = Pages.html(result);

        assertThat(testId(page, "section-title").text()).isEqualTo("Modes de paiement");
        assertThat(testId(page, "no-payment-method").text()).isEqualTo("Aucun mode de paiement enregistré.");
        assertThat(testId(page, "add-payment-method").text()).isEqualTo("Ajouter un mode de paiement");
        assertThat(testId(page, "add-payment-method").attr("href")).isEqualTo("/paiements/ajouter");
        assertThat(testId(page, "nav-payment-methods").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("[data-testid=coming-soon]")).isEmpty();
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .as("no Stripe on a page without a card field")
                .doesNotContain("stripe");
        assertThat(backend.received())
                .filteredOn(r -> r.path().startsWith("/api/payment-methods"))
                .extracting(Received::authorization)
                .containsOnly("Bearer " + CLIENT_TOKEN);
    }

    @Test
    void savedCardsAreListedAndOneIsRemoved() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, AVAILABLE);
        backend.reply("GET", "/api/payment-methods", 200, VISA);
        backend.reply("DELETE", "/api/payment-methods/pm_Visa", 204, "");

        Document page = page(get("/paiements").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(page, "saved-card-text").text()).isEqualTo("Visa •••• 4242, exp. 03/2030");
        Element remove = testId(page, "saved-card").selectFirst("form");
        assertThat(remove.attr("action")).isEqualTo("/paiements/pm_Visa/retirer");
        assertThat(testId(page, "remove-card").attr("aria-label")).isEqualTo("Remove the Visa card ending in 4242");
        assertThat(page.select("[data-testid=no-payment-method]")).isEmpty();

        mvc.perform(post("/paiements/pm_Visa/retirer").with(Pages.client()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/paiements?retire"));
        assertThat(backend.received())
                .anySatisfy(
                        r -> assertThat(r.method() + " " + r.path()).isEqualTo("DELETE /api/payment-methods/pm_Visa"));

        backend.reply("GET", "/api/payment-methods", 200, "[]");
        Document after = page(get("/paiements").param("retire", ""), HttpStatus.OK);
        assertThat(testId(after, "removed-message").text()).isEqualTo("Mode de paiement retiré.");
    }

    @Test
    void withoutStripeThePageSaysCardPaymentIsUnavailableAndOffersNoForm() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, UNAVAILABLE);

        Document page = page(get("/paiements"), HttpStatus.OK);

        assertThat(testId(page, "card-unavailable").text()).startsWith("Le paiement par carte n'est pas offert");
        assertThat(page.select("[data-testid=add-payment-method]")).isEmpty();
        assertThat(backend.received()).noneMatch(r -> r.path().equals("/api/payment-methods"));
        mvc.perform(get("/paiements/ajouter").with(Pages.client())).andExpect(redirectedUrl("/paiements"));
    }

    @Test
    void billingDownAlsoSaysUnavailableInWords() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 503, "{\"detail\":\"down\"}");

        Document page = page(get("/paiements").param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "card-unavailable").text()).startsWith("Card payment is not available at the moment.");
    }

    @Test
    void addingACardShowsStripesFieldWithTheSetupIntentAndAllowsExactlyStripe() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, AVAILABLE);
        backend.reply(
                "POST",
                "/api/payment-methods/setup-intents",
                201,
                "{\"setupIntentId\":\"seti_1\",\"clientSecret\":\"seti_1_secret_x\",\"publishableKey\":\"pk_test_portal\"}");

        MvcResult result = mvc.perform(get("/paiements/ajouter").with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn();
        Document page = Pages.html(result);

        Element form = testId(page, "card-setup-form");
        assertThat(form.attr("data-client-secret")).isEqualTo("seti_1_secret_x");
        assertThat(form.attr("data-publishable-key")).isEqualTo("pk_test_portal");
        assertThat(form.attr("data-stripe-js")).isEqualTo("https://js.stripe.com/v3/");
        assertThat(form.attr("data-done-url")).isEqualTo("/paiements?ajoute=");
        assertThat(page.select("#card-element-label").text())
                .isEqualTo("Carte (numéro, date d’expiration, CVC et code postal)");
        assertThat(testId(page, "card-element").attr("aria-labelledby")).isEqualTo("card-element-label");
        assertThat(page.select("script").eachAttr("src"))
                .contains("/js/stripe-card.js")
                .noneMatch(s -> s.contains("stripe.com"));
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; script-src 'self' https://js.stripe.com https://*.js.stripe.com; "
                        + "style-src 'self'; img-src 'self' data:; connect-src 'self' https://api.stripe.com; "
                        + "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com; "
                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
        Received setup = backend.received().stream()
                .filter(r -> r.path().equals("/api/payment-methods/setup-intents"))
                .findFirst()
                .orElseThrow();
        assertThat(setup.body()).matches("\\{\"requestId\":\"[0-9a-f-]{36}\"}");
        mvc.perform(get("/js/stripe-card.js")).andExpect(status().isOk());
    }

    @Test
    void otherPagesKeepThePolicyThatAllowsNothingFromElsewhere() throws Exception {
        String policy = mvc.perform(get("/adresses").with(Pages.client()))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy).startsWith("default-src 'self'; script-src 'self';").doesNotContain("stripe");
    }

    @Test
    void thePayPagesCardFormOffersSavedCardsOrANewOne() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, AVAILABLE);
        backend.reply("GET", "/api/payment-methods", 200, VISA);

        Document fragment = Pages.html(mvc.perform(get("/orders/" + orderId + "/pay/card")
                        .header("HX-Request", "true")
                        .with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn());

        Element form = testId(fragment, "card-pay-form");
        assertThat(form.attr("action")).isEqualTo("/orders/" + orderId + "/pay/card");
        assertThat(form.attr("data-result-url")).isEqualTo("/orders/" + orderId + "/pay/card/result");
        assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
        assertThat(testId(fragment, "card-choice").selectFirst("legend").text()).isEqualTo("Carte à utiliser");
        assertThat(fragment.select("label[for=pay-pm_Visa]").text()).isEqualTo("Visa •••• 4242, exp. 03/2030");
        assertThat(testId(fragment, "saved-card-choice").hasAttr("checked")).isTrue();
        assertThat(testId(fragment, "new-card-choice").val()).isEmpty();
        assertThat(fragment.select("label[for=save-card]").text())
                .isEqualTo("Enregistrer cette carte pour mes prochains paiements");
        assertThat(testId(fragment, "card-pay").text()).isEqualTo("Payer par carte");
    }

    @Test
    void thePayPagesCardFormSaysUnavailableInWords() throws Exception {
        backend.reply("GET", "/api/payment-methods/availability", 200, UNAVAILABLE);

        Document fragment = Pages.html(mvc.perform(get("/orders/" + orderId + "/pay/card")
                        .header("HX-Request", "true")
                        .with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(fragment, "card-unavailable").text()).startsWith("Le paiement par carte n'est pas offert");
        assertThat(fragment.select("form")).isEmpty();
    }

    @Test
    void theFormsScriptGetsAPaymentIntentOrTheReasonInWords() throws Exception {
        backend.reply("POST", "/api/payments/card-intents", 201, """
                {"paymentIntentId":"pi_1","orderId":"%s","clientSecret":"pi_1_secret_x","publishableKey":"pk_test_portal",
                 "amount":"40.24","status":"requires_payment_method"}""".formatted(orderId));

        String answer = mvc.perform(post("/orders/" + orderId + "/pay/card")
                        .param("paymentMethodId", "pm_Visa")
                        .param("saveCard", "false")
                        .with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.json(answer).get("clientSecret").asString()).isEqualTo("pi_1_secret_x");
        assertThat(Pages.json(answer).get("paymentIntentId").asString()).isEqualTo("pi_1");
        Received sent = backend.received().stream()
                .filter(r -> r.path().equals("/api/payments/card-intents"))
                .findFirst()
                .orElseThrow();
        assertThat(Pages.json(sent.body()).get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(Pages.json(sent.body()).get("paymentMethodId").asString()).isEqualTo("pm_Visa");

        backend.reply(
                "POST",
                "/api/payments/card-intents",
                422,
                "{\"status\":422,\"detail\":\"Votre compte est suspendu : le paiement en ligne n'est pas offert.\"}");
        String refused = mvc.perform(post("/orders/" + orderId + "/pay/card").with(Pages.client()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.json(refused).get("detail").asString()).startsWith("Votre compte est suspendu");

        backend.reply("POST", "/api/payments/card-intents", 503, "{\"status\":503,\"detail\":\"down\"}");
        String down = mvc.perform(post("/orders/" + orderId + "/pay/card").with(Pages.client()))
                .andExpect(status().isServiceUnavailable())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.json(down).get("detail").asString()).startsWith("Le paiement par carte n'est pas offert");
    }

    @Test
    void afterStripeConfirmsThePageWaitsForTheWebhookThenSaysPaid() throws Exception {
        backend.reply(
                "GET",
                "/api/payments/card-intents/pi_1",
                200,
                "{\"paymentIntentId\":\"pi_1\",\"orderId\":\"%s\",\"status\":\"processing\",\"recorded\":false}"
                        .formatted(orderId));

        Document waiting =
                page(get("/orders/" + orderId + "/pay/card/result").param("payment_intent", "pi_1"), HttpStatus.OK);
        assertThat(testId(waiting, "card-processing").text()).startsWith("Votre paiement est en cours de confirmation");
        assertThat(testId(waiting, "card-outcome").attr("hx-trigger")).isEqualTo("every 3s");

        backend.reply(
                "GET",
                "/api/payments/card-intents/pi_1",
                200,
                "{\"paymentIntentId\":\"pi_1\",\"orderId\":\"%s\",\"status\":\"succeeded\",\"recorded\":true}"
                        .formatted(orderId));
        Document paid =
                page(get("/orders/" + orderId + "/pay/card/result").param("payment_intent", "pi_1"), HttpStatus.OK);
        assertThat(testId(paid, "card-paid").text()).isEqualTo("Paiement reçu. Merci! Votre commande est payée.");
        assertThat(testId(paid, "card-outcome").hasAttr("hx-trigger")).isFalse();
    }
}
