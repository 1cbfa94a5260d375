package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.RecordingIdentityAccounts;
import ca.clientele.registry.RegistryIntegrationTest;
import ca.clientele.registry.RegistryTestDoubles;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** What the record ITs share: the API as clients and staff call it, the events, the test doubles. */
@RegistryIntegrationTest
abstract class RegistryApiSupport {

    /** The staff member of every staff token here; {@link TestJwts#staff} names them Cynthia Lemay. */
    static final UUID STAFF = UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingIdentityAccounts identity;

    @Autowired
    RegistryTestDoubles.KnownPlaces places;

    ApiClient api;
    ClientEvents events;

    /** A registered client and their token. */
    record Someone(UUID id, String email, String token) {}

    @BeforeEach
    void setUpApi() {
        api = new ApiClient(port);
        events = new ClientEvents(broker);
    }

    @AfterEach
    void closeEvents() {
        events.close();
    }

    /** A client whose first portal visit created their record (version 0). */
    Someone client(String given, String family) {
        UUID id = UUID.randomUUID();
        String email = given.toLowerCase(java.util.Locale.ROOT) + "." + id + "@exemple.ca";
        String token = jwts.client(id, email, given, family);
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        return new Someone(id, email, token);
    }

    String staff() {
        return jwts.staff(STAFF);
    }

    /** The record as staff read it (notes included): what is stored. */
    JsonNode stored(UUID id) {
        ApiClient.Response response = api.get("/api/clients/" + id, staff());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    ApiClient.Response put(String path, String token, String json) {
        return api.put(path, token, json);
    }

    ApiClient.Response put(String path, String token, String json, String language) {
        return api.send("PUT", path, token, json, language);
    }
}
