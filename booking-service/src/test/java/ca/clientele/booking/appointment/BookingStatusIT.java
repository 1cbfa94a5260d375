package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppointmentIntegrationTest
class BookingStatusIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Test
    void statusesCarryTheSeedsFrenchLabelsAndEnglishOnRequest() {
        ApiClient api = new ApiClient(port);
        String client = jwts.client(UUID.randomUUID(), null, null, null);

        ApiClient.Response fr = api.get("/api/bookings/statuses", client);
        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.body())
                .isEqualTo("[{\"code\":\"UNPAID\",\"label\":\"Non payé\"},"
                        + "{\"code\":\"CONFIRMED\",\"label\":\"Payé / Confirmé\"},"
                        + "{\"code\":\"COMPLETED\",\"label\":\"Terminé\"},"
                        + "{\"code\":\"CANCELLED\",\"label\":\"Annulé\"},"
                        + "{\"code\":\"NO_SHOW\",\"label\":\"Absent\"}]");

        ApiClient.Response en = api.get("/api/bookings/statuses", client, "en");
        assertThat(en.json().get(0).get("label").asString()).isEqualTo("Unpaid");
        assertThat(en.json().get(4).get("label").asString()).isEqualTo("No-show");
    }
}
