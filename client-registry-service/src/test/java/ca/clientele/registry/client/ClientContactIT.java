package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract 1: a client's contact details reach services (realm role service) and staff, nobody else. */
class ClientContactIT extends RegistryApiSupport {

    @Test
    void aServiceTokenReadsTheContactDetails() {
        Someone alice = client("Alice", "Gagnon");
        assertThat(put(
                                "/api/clients/" + alice.id() + "/options",
                                alice.token(),
                                "{\"newsletter\":true,\"sms\":true,\"version\":0}")
                        .status())
                .isEqualTo(200);
        String service = jwts.token(UUID.randomUUID(), List.of("service"), null, null, null);

        ApiClient.Response response = api.get("/api/clients/" + alice.id() + "/contact", service);

        assertThat(response.status()).isEqualTo(200);
        JsonNode contact = response.json();
        assertThat(contact.get("id").asString()).isEqualTo(alice.id().toString());
        assertThat(contact.get("firstName").asString()).isEqualTo("Alice");
        assertThat(contact.get("lastName").asString()).isEqualTo("Gagnon");
        assertThat(contact.get("email").asString()).isEqualTo(alice.email());
        assertThat(contact.get("language").asString()).isEqualTo("fr");
        assertThat(contact.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(contact.get("newsletter").asBoolean()).isTrue();
        assertThat(contact.get("sms").asBoolean()).isTrue();
        assertThat(contact.has("notes")).isFalse();
        assertThat(contact.has("discount")).isFalse();
    }

    @Test
    void staffReadItToo() {
        Someone alice = client("Alice", "Gagnon");
        assertThat(api.get("/api/clients/" + alice.id() + "/contact", staff()).status())
                .isEqualTo(200);
    }

    @Test
    void aClientGetsNotFoundEvenForTheirOwnId() {
        Someone alice = client("Alice", "Gagnon");
        Someone bob = client("Bob", "Roy");
        for (UUID id : List.of(alice.id(), bob.id())) {
            ApiClient.Response response = api.get("/api/clients/" + id + "/contact", alice.token());
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain("Gagnon", "Roy");
        }
    }

    @Test
    void anUnknownIdIsAProblem404() {
        String service = jwts.token(UUID.randomUUID(), List.of("service"), null, null, null);
        ApiClient.Response response = api.get("/api/clients/" + UUID.randomUUID() + "/contact", service);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aServiceTokenReachesNothingElse() {
        Someone alice = client("Alice", "Gagnon");
        String service = jwts.token(UUID.randomUUID(), List.of("service"), null, null, null);
        assertThat(api.get("/api/clients/" + alice.id(), service).status()).isEqualTo(404);
        assertThat(api.get("/api/clients/" + alice.id() + "/consents", service).status())
                .isEqualTo(404);
    }
}
