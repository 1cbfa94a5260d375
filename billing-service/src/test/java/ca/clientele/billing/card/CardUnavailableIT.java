package ca.clientele.billing.card;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.payment.CardRefunds;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without Stripe keys (the local default), card payment says, in words, that it is not offered. */
@ServiceIntegrationTest
class CardUnavailableIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    CardRefunds refunds;

    @Test
    void withoutAKeyCardPaymentIsUnavailableInWords() {
        ApiClient api = new ApiClient(port);
        String client = jwts.client(UUID.randomUUID(), null, null, null);

        ApiClient.Response fr = api.get("/api/payment-methods/availability", client);
        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.json().get("available").asBoolean()).isFalse();
        assertThat(fr.json().get("publishableKey").isNull()).isTrue();
        assertThat(fr.json().get("message").asString()).startsWith("Le paiement par carte n'est pas offert");
        ApiClient.Response en = api.get("/api/payment-methods/availability", client, "en");
        assertThat(en.json().get("message").asString()).startsWith("Card payment is not available");

        assertThat(api.get("/api/payment-methods", client).body()).isEqualTo("[]");
        ApiClient.Response setup = api.post("/api/payment-methods/setup-intents", client, "{}");
        assertThat(setup.status()).isEqualTo(503);
        assertThat(setup.json().get("detail").asString()).startsWith("Le paiement par carte n'est pas offert");
        assertThat(refunds.available()).isFalse();

        // Without a signing secret no webhook is believed: 503, so Stripe retries once it is configured.
        ApiClient.Response webhook =
                api.post("/webhooks/stripe", null, "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}");
        assertThat(webhook.status()).isEqualTo(503);
    }
}
