package ca.clientele.registry.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.RegistryIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The documents service's photo events, published on the real (embedded) Kafka topic, consumed into
 * the real PostgreSQL and read back through the registry's API: the client's and the pet's photo
 * references follow them, another client's pet is never touched, a redelivery changes nothing.
 */
@RegistryIntegrationTest
class PhotoEventsIT {

    private static final String TOPIC = "clientele.document.v1";
    private static final String SOURCE = "/clientele/document-service";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aNewProfilePhotoAppearsInTheClientsRecordAndARedeliveryIsIgnored() {
        UUID client = UUID.randomUUID();
        String token = register(client, "Élise", "Béliveau");
        assertThat(me(token).get("photoReference").isNull()).isTrue();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstEvent = UUID.randomUUID().toString();

        publish(client, firstEvent, "profile-photo-changed", photo(first, client));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        first.toString().equals(me(token).get("photoReference").asString()));
        publish(client, UUID.randomUUID().toString(), "profile-photo-changed", photo(second, client));
        // The first event again (Kafka delivers at least once), then a marker on the same key.
        publish(client, firstEvent, "profile-photo-changed", photo(first, client));
        UUID pet = addPet(client, token, "Moka");
        UUID marker = UUID.randomUUID();
        publish(client, UUID.randomUUID().toString(), "pet-photo-changed", petPhoto(marker, client, pet));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> marker.toString()
                        .equals(pet(client, pet, token).get("photoReference").asString()));

        assertThat(me(token).get("photoReference").asString()).isEqualTo(second.toString());
        assertThat(jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = ?")
                        .params(DocumentEvents.CONSUMER, firstEvent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Staff read it too.
        JsonNode staffView =
                api.get("/api/clients/" + client, jwts.staff(UUID.randomUUID())).json();
        assertThat(staffView.get("photoReference").asString()).isEqualTo(second.toString());
    }

    @Test
    void aPetPhotoChangesOnlyAPetOfThatClient() {
        UUID owner = UUID.randomUUID();
        String ownerToken = register(owner, "Mireille", "Paquin");
        UUID ownersPet = addPet(owner, ownerToken, "Biscuit");
        UUID other = UUID.randomUUID();
        String otherToken = register(other, "Jacques", "Poirier");
        UUID othersPet = addPet(other, otherToken, "Pistache");

        // The owner's id with the other client's pet: nothing changes.
        publish(
                owner,
                UUID.randomUUID().toString(),
                "pet-photo-changed",
                petPhoto(UUID.randomUUID(), owner, othersPet));
        UUID photo = UUID.randomUUID();
        publish(owner, UUID.randomUUID().toString(), "pet-photo-changed", petPhoto(photo, owner, ownersPet));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> photo.toString()
                        .equals(pet(owner, ownersPet, ownerToken)
                                .get("photoReference")
                                .asString()));

        assertThat(pet(other, othersPet, otherToken).get("photoReference").asString())
                .isEqualTo("doc-initial");
        assertThat(pet(other, othersPet, otherToken).get("version").asLong()).isZero();
        assertThat(me(otherToken).get("photoReference").isNull()).isTrue();
    }

    @Test
    void aDeletedPhotoIsForgottenAndOtherDocumentEventsAreIgnored() {
        UUID client = UUID.randomUUID();
        String token = register(client, "Cynthia", "Roy");
        UUID pet = addPet(client, token, "Caramel");
        UUID profile = UUID.randomUUID();
        UUID petPhoto = UUID.randomUUID();
        publish(client, UUID.randomUUID().toString(), "profile-photo-changed", photo(profile, client));
        publish(client, UUID.randomUUID().toString(), "pet-photo-changed", petPhoto(petPhoto, client, pet));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> petPhoto.toString()
                        .equals(pet(client, pet, token).get("photoReference").asString()));

        // Events the registry does not read, and an unreadable one, pass by without harm.
        publish(client, UUID.randomUUID().toString(), "document-shared", """
                {"documentId":"%s","clientId":"%s","name":"Facture.pdf","purpose":"SHARED_FILE"}
                """.formatted(UUID.randomUUID(), client));
        publish(client, UUID.randomUUID().toString(), "profile-photo-changed", "{\"clientId\":\"" + client + "\"}");
        publish(client, UUID.randomUUID().toString(), "document-deleted", photo(profile, client));
        publish(client, UUID.randomUUID().toString(), "document-deleted", photo(petPhoto, client));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> pet(client, pet, token).get("photoReference").isNull());
        assertThat(me(token).get("photoReference").isNull()).isTrue();
    }

    private String register(UUID id, String given, String family) {
        String token = jwts.client(id, id + "@exemple.ca", given, family);
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        return token;
    }

    private UUID addPet(UUID client, String token, String name) {
        ApiClient.Response added = api.post("/api/clients/" + client + "/pets", token, """
                {"name":"%s","species":"DOG","sex":"FEMALE","neutered":false,"photoReference":"doc-initial"}
                """.formatted(name));
        assertThat(added.status()).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }

    private JsonNode me(String token) {
        return api.get("/api/clients/me", token).json();
    }

    private JsonNode pet(UUID client, UUID pet, String token) {
        return api.get("/api/clients/" + client + "/pets/" + pet, token).json();
    }

    private static String photo(UUID documentId, UUID clientId) {
        return "{\"documentId\":\"%s\",\"clientId\":\"%s\",\"unknownField\":1}".formatted(documentId, clientId);
    }

    private static String petPhoto(UUID documentId, UUID clientId, UUID petId) {
        return "{\"documentId\":\"%s\",\"clientId\":\"%s\",\"petId\":\"%s\"}".formatted(documentId, clientId, petId);
    }

    /** A CloudEvent as the documents service's outbox sends it (key = subject = the client id). */
    private void publish(UUID client, String id, String name, String data) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"%s","type":"ca.clientele.document.%s",
                 "subject":"%s","time":"2026-12-01T18:00:00Z","datacontenttype":"application/json","data":%s}
                """.formatted(id, SOURCE, name, client, data);
        kafka.send(TOPIC, client.toString(), event.getBytes(StandardCharsets.UTF_8))
                .join();
    }
}
