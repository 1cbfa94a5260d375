package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The registry's client-status-changed events feed this service's own copy of each client's standing: a suspended or
 * banned client reads their tickets but can neither open nor reply (403, in their language); staff still can.
 */
@TicketIntegrationTest
class ClientStandingIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    TicketApi api;
    UUID clientId;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        clientId = UUID.randomUUID();
        client = jwts.client(clientId, null, "Paul", "Bédard");
        staff = jwts.staff(UUID.randomUUID());
    }

    @Test
    void aSuspendedClientReadsButCannotOpenNorReplyUntilReactivated() {
        String ticket = api.open(client, clientId, "Avant la suspension", "Bonjour")
                .get("id")
                .asString();

        String eventId = UUID.randomUUID().toString();
        statusChanged(eventId, "ACTIVE", "SUSPENDED");
        statusChanged(eventId, "ACTIVE", "SUSPENDED"); // redelivered: recorded once
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(standing()));

        ApiClient.Response open =
                api.http.post("/api/tickets", client, TicketApi.newTicket(clientId, "Sujet", "Texte"));
        assertThat(open.status()).isEqualTo(403);
        assertThat(open.isProblem()).isTrue();
        assertThat(open.json().get("detail").asString()).startsWith("Votre compte est suspendu");
        ApiClient.Response reply =
                api.http.send("POST", "/api/tickets/" + ticket + "/messages", client, "{\"body\": \"Allo\"}", "en");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("detail").asString()).startsWith("Your account is suspended");

        assertThat(api.get(client, ticket).get("canReply").asBoolean()).isFalse();
        assertThat(api.list(client, "clientId=" + clientId).get("content")).hasSize(1);
        assertThat(api.get(staff, ticket).get("canReply").asBoolean()).isTrue();
        api.reply(staff, ticket, "Votre compte est suspendu, appelez-nous.");
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        statusChanged(UUID.randomUUID().toString(), "SUSPENDED", "BANNED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "BANNED".equals(standing()));
        assertThat(api.http
                        .post("/api/tickets", client, TicketApi.newTicket(clientId, "Sujet", "Texte"))
                        .json()
                        .get("detail")
                        .asString())
                .startsWith("Votre compte est banni");

        statusChanged(UUID.randomUUID().toString(), "BANNED", "ACTIVE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(standing()));
        api.reply(client, ticket, "Merci!");
    }

    private String standing() {
        return jdbc.sql("select status from client_standing where client_id = ?")
                .param(clientId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void statusChanged(String eventId, String from, String to) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/client-registry-service",
                 "type": "ca.clientele.client.client-status-changed", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json",
                 "data": {"clientId": "%s", "from": "%s", "to": "%s", "changedBy": "%s"}}""".formatted(eventId, clientId, OffsetDateTime.now(), clientId, from, to, UUID.randomUUID());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    "clientele.client.v1", clientId.toString(), json.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
