package ca.clientele.document.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's attachments are readable by that ticket's client and staff only, as document-service's own copy of the
 * ticket service's ticket-opened events says.
 */
@ServiceIntegrationTest
class AttachmentsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    Producer<String, byte[]> producer;
    UUID alice;
    UUID bob;
    UUID ticket;

    @BeforeEach
    void setUp() {
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        producer = new DefaultKafkaProducerFactory<>(props, new StringSerializer(), new ByteArraySerializer())
                .createProducer();
        alice = UUID.randomUUID();
        bob = UUID.randomUUID();
        ticket = UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void aKnownTicketsAttachmentsBelongToItsClientOnly() throws Exception {
        String eventId = UUID.randomUUID().toString();
        ticketOpened(eventId, ticket, alice);
        ticketOpened(eventId, ticket, bob); // the same event redelivered (with a tampered body): ignored
        awaitReader(ticket);
        assertThat(jdbc.sql("select client_id from ticket_reader where ticket_id = ?")
                        .param(ticket)
                        .query(UUID.class)
                        .single())
                .isEqualTo(alice);

        Answer own = upload(client(alice), alice, ticket);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        JsonNode view = JSON.readTree(own.body());
        assertThat(view.get("ticketId").asString()).isEqualTo(ticket.toString());
        assertThat(view.get("purposeLabel").asString()).isEqualTo("Pièce jointe");

        // Bob cannot attach to Alice's ticket, not even staff for Bob.
        assertThat(upload(client(bob), bob, ticket).status()).isEqualTo(404);
        assertThat(upload(jwts.staff(UUID.randomUUID()), bob, ticket).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from document where ticket_id = ?")
                        .param(ticket)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        ApiClient api = new ApiClient(port);
        JsonNode listed = api.get("/api/documents?clientId=" + alice + "&ticketId=" + ticket, client(alice))
                .json();
        assertThat(listed.get("content").get(0).get("id").asString())
                .isEqualTo(view.get("id").asString());
        assertThat(api.get("/api/documents?clientId=" + alice, client(alice))
                        .json()
                        .get("content")
                        .size())
                .as("attachments are listed only by ticket")
                .isZero();
    }

    @Test
    void anAttachmentToATicketLaterKnownAsAnotherClientsIsNoLongerReadableByTheUploader() throws Exception {
        Answer early = upload(client(alice), alice, ticket);
        assertThat(early.status())
                .as("an unknown ticket: the client id decides")
                .isEqualTo(201);
        String id = JSON.readTree(early.body()).get("id").asString();
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/documents/" + id, client(alice)).status()).isEqualTo(200);

        ticketOpened(UUID.randomUUID().toString(), ticket, bob);
        awaitReader(ticket);

        assertThat(api.get("/api/documents/" + id, client(alice)).status()).isEqualTo(404);
        assertThat(api.get("/api/documents/" + id + "/content", client(alice)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/documents/" + id, jwts.staff(UUID.randomUUID()))
                        .status())
                .isEqualTo(200);
    }

    private void ticketOpened(String eventId, UUID ticketId, UUID clientId) throws Exception {
        String event = JSON.writeValueAsString(Map.of(
                "specversion", "1.0",
                "id", eventId,
                "source", "/clientele/ticket-service",
                "type", "ca.clientele.ticket.ticket-opened",
                "subject", clientId.toString(),
                "time", "2026-12-01T10:00:00Z",
                "datacontenttype", "application/json",
                "data",
                        Map.of(
                                "ticketId",
                                ticketId.toString(),
                                "clientId",
                                clientId.toString(),
                                "publicNumber",
                                "1042",
                                "subject",
                                "Taille des griffes",
                                "somethingNew",
                                true)));
        producer.send(new ProducerRecord<>(
                        "clientele.ticket.v1", clientId.toString(), event.getBytes(StandardCharsets.UTF_8)))
                .get();
    }

    private void awaitReader(UUID ticketId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from ticket_reader where ticket_id = ?")
                                .param(ticketId)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    record Answer(int status, String body) {}

    private Answer upload(String token, UUID clientId, UUID ticketId) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"clientId\"\r\n\r\n" + clientId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nATTACHMENT\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"ticketId\"\r\n\r\n" + ticketId + "\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo-griffe.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nla griffe cassée\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private String client(UUID id) {
        return jwts.client(id, null, null, null);
    }
}
