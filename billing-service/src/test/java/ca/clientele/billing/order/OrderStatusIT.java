package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class OrderStatusIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Test
    void statusesCarryTheSeedsFrenchLabelsAndEnglishOnRequest() {
        ApiClient api = new ApiClient(port);
        String client = jwts.client(UUID.randomUUID(), null, null, null);

        ApiClient.Response fr = api.get("/api/orders/statuses", client);
        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.body())
                .isEqualTo("[{\"code\":\"PENDING_PAYMENT\",\"label\":\"Attente de paiement\"},"
                        + "{\"code\":\"PAID\",\"label\":\"Payée\"},"
                        + "{\"code\":\"COMPLETED\",\"label\":\"Complétée\"},"
                        + "{\"code\":\"REFUNDED\",\"label\":\"Remboursée\"},"
                        + "{\"code\":\"CANCELLED\",\"label\":\"Annulée\"}]");

        ApiClient.Response en = api.get("/api/orders/statuses", client, "en");
        assertThat(en.json().get(0).get("label").asString()).isEqualTo("Awaiting payment");
        assertThat(en.json().get(3).get("label").asString()).isEqualTo("Refunded");
    }
}
