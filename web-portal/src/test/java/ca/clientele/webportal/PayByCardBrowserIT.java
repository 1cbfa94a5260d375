package ca.clientele.webportal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.webportal.registry.ClientArea;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Paying an order with a saved card in Chromium, through the card part as an order's pay page includes it
 * ({@code payments/card-form :: card-slot}; the page itself is a stand-in here): the form arrives by htmx, Stripe.js
 * (a stand-in at js.stripe.com, let in by the page's CSP) confirms the PaymentIntent the portal asked billing for,
 * and the result page waits for the webhook then says paid. Keyboard only, axe-clean.
 */
@Import(PayByCardBrowserIT.PayPageStandIn.class)
class PayByCardBrowserIT extends BrowserIntegration {

    static final String FAKE_STRIPE_JS = """
            window.__stripe = { payments: [] };
            window.Stripe = function (key) {
              window.__stripe.key = key;
              return {
                elements: function () {
                  return { create: function () {
                    return { mount: function (element) {
                      var input = document.createElement('input');
                      input.setAttribute('aria-labelledby', 'card-element-label');
                      element.appendChild(input);
                    }, on: function () {} };
                  } };
                },
                confirmCardPayment: function (secret, data) {
                  window.__stripe.payments.push(secret + ' ' + data.payment_method);
                  sessionStorage.setItem('stripe-confirmed', secret + ' ' + data.payment_method);
                  return Promise.resolve({ paymentIntent: { id: 'pi_1', status: 'succeeded' } });
                }
              };
            };
            """;

    private final UUID orderId = UUID.fromString("0b6f7c1e-3c52-4a43-9d0e-4f3a1e2b5c77");

    @Test
    void aClientPaysAnOrderWithASavedCardAndSeesItPaidOnceStripeConfirms() {
        backend.reply("GET", "/api/clients/me", 200, Pages.FRANCIS);
        backend.reply("GET", "/api/payment-methods/availability", 200, PaymentMethodsIT.AVAILABLE);
        backend.reply("GET", "/api/payment-methods", 200, PaymentMethodsIT.VISA);
        backend.reply("POST", "/api/payments/card-intents", 201, """
                {"paymentIntentId":"pi_1","orderId":"%s","clientSecret":"pi_1_secret_x","publishableKey":"pk_test_portal",
                 "amount":"40.24","status":"requires_payment_method"}""".formatted(orderId));
        backend.reply(
                "GET",
                "/api/payments/card-intents/pi_1",
                200,
                "{\"paymentIntentId\":\"pi_1\",\"orderId\":\"%s\",\"status\":\"succeeded\",\"recorded\":true}"
                        .formatted(orderId));
        List<String> cspViolations = StripeJsStandIn.install(page, FAKE_STRIPE_JS);

        // A first page of a fresh context on a busy machine (templates compiled, JIT cold) may take its time.
        page.setDefaultNavigationTimeout(30_000);
        page.navigate(BASE + "/orders/" + orderId + "/pay?standIn");
        PlaywrightAssertions.assertThat(page.getByTestId("card-pay-form")).isVisible();
        PlaywrightAssertions.assertThat(page.getByTestId("saved-card-choice")).isChecked();
        PlaywrightAssertions.assertThat(page.locator("[data-card-new]")).isHidden();
        audit();

        page.getByTestId("new-card-choice").check();
        PlaywrightAssertions.assertThat(page.locator("[data-card-new]")).isVisible();
        page.getByTestId("saved-card-choice").check();
        page.getByTestId("card-pay").focus();
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.getByTestId("card-paid"))
                .hasText("Paiement reçu. Merci! Votre commande est payée.");
        assertThat(page.evaluate("sessionStorage.getItem('stripe-confirmed')")).isEqualTo("pi_1_secret_x pm_Visa");
        assertThat(backend.received())
                .filteredOn(r -> r.path().equals("/api/payments/card-intents"))
                .singleElement()
                .satisfies(sent -> {
                    assertThat(Pages.json(sent.body()).get("orderId").asString())
                            .isEqualTo(orderId.toString());
                    assertThat(Pages.json(sent.body()).get("paymentMethodId").asString())
                            .isEqualTo("pm_Visa");
                    assertThat(Pages.json(sent.body()).get("saveCard").asBoolean())
                            .isFalse();
                });
        audit();
        assertThat(cspViolations).isEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import(PayPageController.class)
    static class PayPageStandIn {}

    @Controller
    @ClientArea
    static class PayPageController {

        // Only with ?standIn: a distinct mapping, so that it never clashes with the real pay page once both exist.
        @GetMapping(path = "/orders/{orderId}/pay", params = "standIn")
        String pay(@PathVariable UUID orderId, Model model) {
            model.addAttribute("orderId", orderId);
            return "payments/pay-stand-in";
        }
    }
}
