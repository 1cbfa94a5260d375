package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff register a client who called (Keycloak account first, then the record) and invite them. */
class StaffRegistrationIT extends RegistryApiSupport {

    @Test
    void staffCreateAPhoneClientWithAnAccountAndInviteThem() {
        String email = "gisele." + UUID.randomUUID() + "@exemple.ca";
        ApiClient.Response created = api.post("/api/clients", staff(), """
                {"firstName":"Gisèle","lastName":"Dubé","email":"%s","mobilePhone":"514 555-0142",
                 "preferredLanguage":"en"}""".formatted(email.toUpperCase()));
        assertThat(created.status()).isEqualTo(201);
        JsonNode record = created.json();
        UUID id = UUID.fromString(record.get("id").asString());
        assertThat(identity.operationsFor(id)).containsExactly("create");
        assertThat(identity.callsFor(id).getFirst().detail()).isEqualTo(email + "|en");
        assertThat(record.get("email").asString()).isEqualTo(email);
        assertThat(record.get("displayName").asString()).isEqualTo("Gisèle Dubé");
        assertThat(record.get("mobilePhone").asString()).isEqualTo("+15145550142");
        assertThat(record.get("preferredLanguage").asString()).isEqualTo("en");
        assertThat(record.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(record.get("version").asLong()).isZero();
        assertThat(record.has("notes")).as("staff read the staff view").isTrue();

        String registered = events.first(id, "client-registered");
        EventSchemas.assertValid("client-registered", registered);
        assertThat(ClientEvents.data(registered).get("channel").asString()).isEqualTo("STAFF");
        assertThat(registered).doesNotContain("Gisèle", "Dubé", email, "5550142");

        // The client signs in for the first time: the record is already theirs.
        ApiClient.Response firstVisit = api.post("/api/clients/me", jwts.client(id, email, "Gisèle", "Dubé"), null);
        assertThat(firstVisit.status()).isEqualTo(200);
        assertThat(firstVisit.json().get("mobilePhone").asString()).isEqualTo("+15145550142");

        Instant before = Instant.now();
        ApiClient.Response invited = api.post("/api/clients/" + id + "/invitation", staff(), null);
        assertThat(invited.status()).isEqualTo(202);
        assertThat(Instant.parse(invited.json().get("sentAt").asString()))
                .isBetween(before.minusSeconds(1), before.plus(Duration.ofMinutes(1)));
        assertThat(identity.operationsFor(id)).containsExactly("create", "invite");

        assertThat(api.post("/api/clients/" + UUID.randomUUID() + "/invitation", staff(), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEmailAlreadyUsedIsAConflictAndMakesNoAccount() {
        Someone existing = client("Paul", "Fortin");
        ApiClient.Response inRegistry = api.post("/api/clients", staff(), newClient(existing.email()));
        assertThat(inRegistry.status()).isEqualTo(409);
        assertThat(inRegistry.json().get("detail").asString())
                .isEqualTo("Cette adresse courriel est déjà utilisée par un autre client.");
        assertThat(identity.operationsFor(existing.id())).isEmpty();

        String keycloakOnly = "compte." + UUID.randomUUID() + "@exemple.ca";
        identity.existingAccount(UUID.randomUUID(), keycloakOnly);
        ApiClient.Response inKeycloak = api.post("/api/clients", staff(), newClient(keycloakOnly));
        assertThat(inKeycloak.status()).isEqualTo(409);
        assertThat(api.get("/api/clients?q=" + keycloakOnly, staff()).json().get("content"))
                .isEmpty();
    }

    @Test
    void whenTheRecordCannotBeStoredTheNewAccountIsDeletedAgain() {
        Someone existing = client("Rita", "Nadeau");
        // Keycloak hands out an id the registry already has: the insert fails after the account exists.
        identity.nextAccountId(existing.id());
        ApiClient.Response failed =
                api.post("/api/clients", staff(), newClient("rita2." + UUID.randomUUID() + "@exemple.ca"));
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.isProblem()).isTrue();
        assertThat(identity.operationsFor(existing.id())).containsExactly("create", "delete");
        assertThat(stored(existing.id()).get("email").asString()).isEqualTo(existing.email());

        String down = "panne." + UUID.randomUUID() + "@exemple.ca";
        identity.breakFor(down);
        try {
            ApiClient.Response unavailable = api.post("/api/clients", staff(), newClient(down));
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.isProblem()).isTrue();
        } finally {
            identity.repair(down);
        }
        assertThat(api.get("/api/clients?q=" + down, staff()).json().get("content"))
                .isEmpty();
    }

    @Test
    void aBannedClientIsNotInvited() {
        Someone banned = client("Yves", "Caron");
        assertThat(put(
                                "/api/clients/" + banned.id() + "/status",
                                staff(),
                                "{\"status\":\"BANNED\",\"reason\":\"Fraude\",\"version\":0}")
                        .status())
                .isEqualTo(200);
        ApiClient.Response refused =
                api.send("POST", "/api/clients/" + banned.id() + "/invitation", staff(), null, "en");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("A banned client cannot be invited: reactivate the client first.");
        assertThat(identity.operationsFor(banned.id())).containsExactly("disable-and-logout");
    }

    private static String newClient(String email) {
        return """
                {"firstName":"Nouveau","lastName":"Client","email":"%s"}""".formatted(email);
    }
}
