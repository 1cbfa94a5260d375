package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class TicketStatusIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Test
    void statusesCarryTheSeedsFrenchLabelsAndEnglishOnRequest() {
        ApiClient api = new ApiClient(port);
        String client = jwts.client(UUID.randomUUID(), null, null, null);

        ApiClient.Response fr = api.get("/api/tickets/statuses", client);
        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.body())
                .isEqualTo("[{\"code\":\"WAITING_ON_STAFF\",\"label\":\"En attente de la réponse de l'agent\"},"
                        + "{\"code\":\"WAITING_ON_CLIENT\",\"label\":\"En attente de la réponse du client\"},"
                        + "{\"code\":\"CLOSED\",\"label\":\"Fermé\"}]");

        ApiClient.Response en = api.get("/api/tickets/statuses", client, "en");
        assertThat(en.json().get(2).get("label").asString()).isEqualTo("Closed");
        assertThat(en.json().get(0).get("label").asString()).isEqualTo("Waiting for the agent's reply");
    }
}
