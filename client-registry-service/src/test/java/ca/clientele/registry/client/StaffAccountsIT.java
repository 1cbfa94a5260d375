package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.RecordingIdentityAccounts;
import ca.clientele.registry.RegistryIntegrationTest;
import ca.clientele.registry.identity.StaffAccount;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The staff's sign-in accounts, for administrators only. */
@RegistryIntegrationTest
class StaffAccountsIT {

    static final String PATH = "/api/clients/staff-accounts";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    RecordingIdentityAccounts identity;

    @AfterEach
    void repair() {
        identity.repair(RecordingIdentityAccounts.STAFF_LIST);
    }

    @Test
    void administratorsListTheStaffAccountsOthersAreRefused() {
        UUID cynthia = UUID.randomUUID();
        identity.staffAccount(new StaffAccount(cynthia, "Cynthia Lemay", "cynthia@clientele.test"));
        ApiClient api = new ApiClient(port);

        ApiClient.Response listed = api.get(PATH, jwts.admin(UUID.randomUUID()));
        assertThat(listed.status()).isEqualTo(200);
        JsonNode account = null;
        for (JsonNode each : listed.json()) {
            if (each.get("userId").asString().equals(cynthia.toString())) {
                account = each;
            }
        }
        assertThat(account).isNotNull();
        assertThat(account.get("name").asString()).isEqualTo("Cynthia Lemay");
        assertThat(account.get("email").asString()).isEqualTo("cynthia@clientele.test");

        UUID client = UUID.randomUUID();
        for (String token :
                new String[] {jwts.staff(UUID.randomUUID()), jwts.client(client, client + "@exemple.ca", "A", "B")}) {
            ApiClient.Response refused = api.get(PATH, token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(api.get(PATH, null).status()).isEqualTo(401);

        identity.breakFor(RecordingIdentityAccounts.STAFF_LIST);
        ApiClient.Response down = api.get(PATH, jwts.admin(UUID.randomUUID()), "fr-CA");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("detail").asString())
                .startsWith("Le service de connexion (Keycloak) est injoignable");
    }
}
