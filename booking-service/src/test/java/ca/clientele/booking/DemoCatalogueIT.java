package ca.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Profile demo (local stack, e2e): the seed's branch, services and technicians, bookable at once. */
@ServiceIntegrationTest
@ActiveProfiles("demo")
class DemoCatalogueIT {

    static final String BRANCH = "0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001";
    static final String NAIL_TRIM = "5e1f0000-0000-4000-8000-000000000001";
    static final String HOME_VISITS = "5e1f0000-0000-4000-8000-000000000002";
    static final String CYNTHIA = "a0000000-0000-4000-8000-000000000002";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Test
    void theSeedsBranchServicesAndTechniciansAreThere() {
        ApiClient api = new ApiClient(port);
        String client = jwts.client(UUID.randomUUID(), null, null, null);

        JsonNode branch = api.get("/api/branches/" + BRANCH, client).json();
        assertThat(branch.get("code").asString()).isEqualTo("MTL-PLATEAU");
        assertThat(branch.get("hours").size()).isEqualTo(6);

        JsonNode trim = api.get("/api/services/" + NAIL_TRIM, client).json();
        assertThat(trim.get("name").asString()).isEqualTo("Taille des griffes");
        assertThat(trim.get("durationMinutes").asInt()).isEqualTo(20);
        JsonNode visits = api.get("/api/services/" + HOME_VISITS, client, "en").json();
        assertThat(visits.get("name").asString()).isEqualTo("Home visits");
        assertThat(visits.get("requiredVaccines").get(0).asString()).isEqualTo("RABIES");

        JsonNode cynthia =
                api.get("/api/staff/" + CYNTHIA, jwts.staff(UUID.randomUUID())).json();
        assertThat(cynthia.get("hours").size()).isEqualTo(6);
        assertThat(cynthia.get("homeArea").get("postalPrefixes").size()).isEqualTo(4);

        // Next week's Monday: 20-minute slots from 9:00 with both technicians.
        LocalDate monday = LocalDate.now(ZoneId.of("America/Montreal"))
                .plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        JsonNode staff = api.get(
                        "/api/slots?serviceId=%s&branchId=%s&from=%s&to=%s"
                                .formatted(NAIL_TRIM, BRANCH, monday, monday),
                        client)
                .json()
                .get(0)
                .get("staff");
        assertThat(staff.valueStream().map(member -> member.get("staffName").asString()))
                .containsExactly("Cynthia Lemay", "Julien Béliveau");
        assertThat(staff.get(0).get("starts").get(0).asString()).endsWith(":00:00Z");
        assertThat(staff.get(1).get("starts").get(0).asString()).endsWith(":00:00Z");
        // Home visits in Cynthia's postal codes.
        JsonNode home = api.get(
                        "/api/slots?serviceId=%s&branchId=%s&from=%s&to=%s&postalCode=H2T1A1"
                                .formatted(HOME_VISITS, BRANCH, monday, monday),
                        client)
                .json()
                .get(0)
                .get("staff");
        assertThat(home.size()).isPositive();
        assertThat(home.get(0).get("staffName").asString()).isEqualTo("Cynthia Lemay");
        assertThat(home.get(0).get("starts").size()).isPositive();
    }
}
