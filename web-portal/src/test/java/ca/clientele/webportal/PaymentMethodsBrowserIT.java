package ca.clientele.webportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Ajouter un mode de paiement" in Chromium: the page loads Stripe.js from js.stripe.com (answered here by a stand-in
 * with Stripe.js's shape: Stripe(key).elements().create('card').mount(…), confirmCardSetup), which the page's CSP must
 * let through; a declined card is said next to the field, a good one brings the client back to the list; axe-clean.
 */
class PaymentMethodsBrowserIT extends BrowserIntegration {

    static final String FAKE_STRIPE_JS = """
            window.__stripe = { setups: [] };
            window.Stripe = function (key, options) {
              window.__stripe.key = key;
              window.__stripe.locale = options && options.locale;
              var input;
              return {
                elements: function () {
                  return { create: function () {
                    return {
                      mount: function (element) {
                        input = document.createElement('input');
                        input.setAttribute('aria-labelledby', 'card-element-label');
                        input.setAttribute('data-testid', 'stand-in-card-number');
                        element.appendChild(input);
                      },
                      on: function () {}
                    };
                  } };
                },
                confirmCardSetup: function (secret) {
                  window.__stripe.setups.push(secret);
                  return Promise.resolve(input.value === '4000000000000002'
                      ? { error: { message: 'Votre carte a été refusée.' } }
                      : { setupIntent: { id: 'seti_1', status: 'succeeded' } });
                }
              };
            };
            """;

    @Test
    void aClientAddsACardInStripesFieldAfterADeclineUsingTheKeyboard() {
        backend.reply("GET", "/api/clients/me", 200, Pages.FRANCIS);
        backend.reply("GET", "/api/payment-methods/availability", 200, PaymentMethodsIT.AVAILABLE);
        backend.reply("GET", "/api/payment-methods", 200, "[]");
        backend.reply(
                "POST",
                "/api/payment-methods/setup-intents",
                201,
                "{\"setupIntentId\":\"seti_1\",\"clientSecret\":\"seti_1_secret_x\",\"publishableKey\":\"pk_test_portal\"}");
        List<String> cspViolations = StripeJsStandIn.install(page, FAKE_STRIPE_JS);

        // A first page of a fresh context on a busy machine (templates compiled, JIT cold) may take its time.
        page.setDefaultNavigationTimeout(30_000);
        page.navigate(BASE + "/paiements");
        PlaywrightAssertions.assertThat(page.getByTestId("no-payment-method"))
                .hasText("Aucun mode de paiement enregistré.");
        audit();

        page.getByTestId("add-payment-method").focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("stand-in-card-number"))
                .isVisible();
        assertThat(page.evaluate("window.__stripe.key")).isEqualTo("pk_test_portal");
        assertThat(page.evaluate("window.__stripe.locale")).isEqualTo("fr-CA");
        audit();

        page.getByTestId("stand-in-card-number").fill("4000000000000002");
        page.getByTestId("card-save").focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("card-error")).hasText("Votre carte a été refusée.");
        PlaywrightAssertions.assertThat(page.getByTestId("card-save")).isEnabled();
        audit();

        backend.reply("GET", "/api/payment-methods", 200, PaymentMethodsIT.VISA);
        page.getByTestId("stand-in-card-number").fill("4242424242424242");
        page.getByTestId("card-save").focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("saved-message")).hasText("Mode de paiement enregistré.");
        PlaywrightAssertions.assertThat(page.getByTestId("saved-card-text")).hasText("Visa •••• 4242, exp. 03/2030");
        assertThat(page.evaluate("window.__stripe ? window.__stripe.setups : null"))
                .as("Stripe.js is loaded only where a card is typed")
                .isNull();
        audit();
        assertThat(cspViolations).isEmpty();
    }
}
