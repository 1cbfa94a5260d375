package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.RegistryIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RegistryIntegrationTest
class ClientRegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api;
    Consumer<String, byte[]> consumer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.client.v1"));
    }

    @AfterEach
    void tearDown() {
        consumer.close();
    }

    @Test
    void firstVisitRecordsThePortalsLanguageAsThePreferredOne() {
        UUID english = UUID.randomUUID();
        String englishToken = jwts.client(english, "lea." + english + "@exemple.ca", "Lea", "Smith");
        ApiClient.Response created = api.send("POST", "/api/clients/me", englishToken, null, "en-CA,en;q=0.9");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("preferredLanguage").asString()).isEqualTo("en");

        UUID french = UUID.randomUUID();
        String frenchToken = jwts.client(french, "luc." + french + "@exemple.ca", "Luc", "Roy");
        assertThat(api.send("POST", "/api/clients/me", frenchToken, null, "fr-CA")
                        .json()
                        .get("preferredLanguage")
                        .asString())
                .isEqualTo("fr");
        assertThat(api.send("POST", "/api/clients/me", englishToken, null, "fr-CA")
                        .json()
                        .get("preferredLanguage")
                        .asString())
                .as("an existing record keeps its language")
                .isEqualTo("en");
    }

    @Test
    void firstVisitCreatesTheRecordOnceAndPublishesClientRegistered() {
        UUID id = UUID.randomUUID();
        String email = "francis." + id + "@exemple.ca";
        String token = jwts.client(id, email, "Francis", "Marceau");

        assertThat(api.get("/api/clients/me", token).status()).isEqualTo(404);

        ApiClient.Response created = api.post("/api/clients/me", token, null);
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).isEqualTo(id.toString());
        assertThat(body.get("firstName").asString()).isEqualTo("Francis");
        assertThat(body.get("lastName").asString()).isEqualTo("Marceau");
        assertThat(body.get("displayName").asString()).isEqualTo("Francis Marceau");
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");

        ApiClient.Response again = api.post("/api/clients/me", token, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(api.get("/api/clients/me", token).json().get("email").asString())
                .isEqualTo(email);

        List<ConsumerRecord<String, byte[]>> events = recordsFor(id, 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, byte[]> record = events.getFirst();
        assertThat(record.key()).isEqualTo(id.toString());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("ca.clientele.client.client-registered");
        assertThat(event.get("source").asString()).isEqualTo("/clientele/client-registry-service");
        assertThat(event.get("subject").asString()).isEqualTo(id.toString());
        assertThat(event.get("data").get("clientId").asString()).isEqualTo(id.toString());
        assertThat(event.get("data").get("channel").asString()).isEqualTo("PORTAL");
        // Events carry ids and facts, never personal details.
        String raw = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("Francis", "Marceau", email);
        EventSchemas.assertValid("client-registered", raw);
    }

    @Test
    void aFailedTransactionPublishesNothing() {
        String sharedEmail = "shared." + UUID.randomUUID() + "@exemple.ca";
        UUID first = UUID.randomUUID();
        assertThat(api.post("/api/clients/me", jwts.client(first, sharedEmail, "Une", "Personne"), null)
                        .status())
                .isEqualTo(201);

        // Same e-mail under another account: the insert fails on the unique blind index, the
        // transaction rolls back, and its event must never reach Kafka.
        UUID rejected = UUID.randomUUID();
        ApiClient.Response duplicate =
                api.post("/api/clients/me", jwts.client(rejected, sharedEmail, "Autre", "Personne"), null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();
        assertThat(api.get("/api/clients/me", jwts.client(rejected, sharedEmail, "Autre", "Personne"))
                        .status())
                .isEqualTo(404);

        // A later, successful registration is the marker: the test topic has one partition, so
        // anything the failed transaction had sent would arrive before it.
        UUID marker = UUID.randomUUID();
        api.post("/api/clients/me", jwts.client(marker, "marker." + marker + "@exemple.ca", "Marc", "Eur"), null);
        List<String> keys = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
            return keys.contains(marker.toString());
        });
        assertThat(keys).doesNotContain(rejected.toString());
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%" + rejected + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void personalDataIsEncryptedAtRest() {
        UUID id = UUID.randomUUID();
        String email = "zoe." + id + "@exemple.ca";
        String token = jwts.client(id, email, "Zoé", "Béliveau-Tremblay");
        String staff = jwts.staff(UUID.randomUUID()); // Cynthia Lemay
        String record = "/api/clients/" + id;
        api.post("/api/clients/me", token, null);
        assertThat(api.put(record + "/profile", token, """
                                {"firstName":"Zoé","lastName":"Béliveau-Tremblay","displayName":"Zozo Béliveau",
                                 "mobilePhone":"514 555-0177","homePhone":"+33 1 42 68 53 00",
                                 "bio":"Ma chienne Grisette adore les visites.","version":0}
                                """).status()).isEqualTo(200);
        assertThat(api.put(record + "/addresses", token, """
                                {"billingAddress":{"line1":"4521 rue Fabre","line2":"Appartement Quatorze",
                                                   "city":"Rosemont","province":"QC","postalCode":"H2J 3V2"},
                                 "shippingAddress":{"line1":"77 boulevard Gouin","city":"Pierrefonds","province":"QC",
                                                    "postalCode":"H9K 1A1"},"version":1}
                                """).status()).isEqualTo(200);
        assertThat(api.put(record + "/general", staff, """
                                {"latitude":45.539871,"longitude":-73.581234,"discountPercent":15,
                                 "notes":"Allergique au parfum","version":2}
                                """).status()).isEqualTo(200);
        assertThat(api.put(record + "/status", staff, """
                                {"status":"SUSPENDED","reason":"Retards répétés aux rendez-vous","version":3}
                                """).status()).isEqualTo(200);
        assertThat(api.put(record + "/options", token, "{\"newsletter\":true,\"sms\":true,\"version\":4}")
                        .status())
                .isEqualTo(200);
        String newEmail = "zoe.nouveau." + id + "@exemple.ca";
        assertThat(api.put(record + "/email", token, "{\"email\":\"%s\",\"version\":5}".formatted(newEmail))
                        .status())
                .isEqualTo(200);
        String phoneClientEmail = "hector." + id + "@exemple.ca";
        assertThat(api.post("/api/clients", staff, """
                                {"firstName":"Hector","lastName":"Quintal","email":"%s","mobilePhone":"438 555-0166"}
                                """.formatted(phoneClientEmail))
                        .status())
                .isEqualTo(201);

        String everything = everyRegistryRow();
        String outbox = String.join(
                "|",
                jdbc.sql("select serialized_event from event_publication")
                        .query(String.class)
                        .list());
        for (String secret : List.of(
                "Zoé",
                "Zoe",
                "zoe",
                "Zozo",
                "Béliveau",
                "beliveau",
                "Tremblay",
                email,
                newEmail,
                "5550177",
                "555-0177",
                "142685300",
                "Grisette",
                "visites",
                "Fabre",
                "Quatorze",
                "Rosemont",
                "Gouin",
                "Pierrefonds",
                "H2J",
                "H9K",
                "45.539871",
                "73.581234",
                "Allergique",
                "parfum",
                "Retards",
                "Cynthia",
                "Lemay",
                "Hector",
                "Quintal",
                phoneClientEmail,
                "5550166")) {
            assertThat(everything).doesNotContainIgnoringCase(secret);
            assertThat(outbox).doesNotContainIgnoringCase(secret);
        }
    }

    /** Every row of every table of the registry's schema, as text: what a database dump would show. */
    private String everyRegistryRow() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        assertThat(tables).contains("client", "client_search_token", "client_consent", "flyway_schema_history");
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("select t::text from \"" + table + "\" t")
                    .query(String.class)
                    .list()
                    .forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(UUID clientId, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                if (clientId.toString().equals(r.key())) {
                    found.add(r);
                }
            });
            return found.size() >= expected;
        });
        return found;
    }
}
