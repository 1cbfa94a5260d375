package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The timeline end to end inside the service: CloudEvents published on the real (embedded) Kafka
 * topics, consumed into the real PostgreSQL, read back through the secured REST API.
 */
@ServiceIntegrationTest
class TimelineIT {

    private static final String REGISTERED = "ca.clientele.client.client-registered";
    private static final String REGISTRY = "/clientele/client-registry-service";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        staff = jwts.staff(UUID.randomUUID());
    }

    @Test
    void aClientRegisteredEventAppearsWithItsTitleInTheCallersLanguage() {
        UUID client = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Instant registeredAt = Instant.parse("2026-11-22T14:05:00Z");
        send(
                TimelineTopics.CLIENT,
                client,
                cloudEvent(eventId, client, REGISTERED, registeredAt, registeredData(client)));

        JsonNode page = awaitTimeline(client, 1);
        JsonNode entry = page.get("content").get(0);
        assertThat(fieldNames(entry))
                .containsExactly(
                        "id",
                        "type",
                        "source",
                        "occurredAt",
                        "clientId",
                        "title",
                        "summary",
                        "category",
                        "actorKind",
                        "actorId",
                        "link",
                        "data",
                        "raw",
                        "chainPosition");
        assertThat(entry.get("summary").asString()).isEqualTo("Fiche client créée (inscription sur le portail)");
        assertThat(entry.get("category").asString()).isEqualTo("client");
        assertThat(entry.get("actorKind").asString()).isEqualTo("CLIENT");
        assertThat(entry.get("actorId").asString()).isEqualTo(client.toString());
        assertThat(entry.get("link").asString()).isEqualTo("/clients/" + client);
        assertThat(entry.get("raw").isNull()).isTrue();
        assertThat(entry.get("chainPosition").asLong()).isEqualTo(1);
        assertThat(entry.get("id").asString()).isEqualTo(eventId);
        assertThat(entry.get("type").asString()).isEqualTo(REGISTERED);
        assertThat(entry.get("source").asString()).isEqualTo(REGISTRY);
        assertThat(Instant.parse(entry.get("occurredAt").asString())).isEqualTo(registeredAt);
        assertThat(entry.get("title").asString()).isEqualTo("Fiche client créée");
        assertThat(entry.get("data").get("clientId").asString()).isEqualTo(client.toString());
        assertThat(entry.get("data").get("channel").asString()).isEqualTo("PORTAL");
        assertThat(fieldNames(page.get("page"))).containsExactly("number", "size", "totalElements", "totalPages");
        assertThat(page.get("page").get("number").asInt()).isZero();
        assertThat(page.get("page").get("size").asInt()).isEqualTo(20);
        assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(1);

        ApiClient.Response english = api.get("/api/events?clientId=" + client, staff, "en");
        assertThat(english.json().get("content").get(0).get("title").asString()).isEqualTo("Client record created");
        ApiClient.Response french = api.get("/api/events?clientId=" + client, staff, "fr-CA");
        assertThat(french.json().get("content").get(0).get("title").asString()).isEqualTo("Fiche client créée");

        // Opening the entry, as the admin portal does.
        ApiClient.Response opened = api.get("/api/events/" + eventId, staff, "en");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("id").asString()).isEqualTo(eventId);
        assertThat(opened.json().get("title").asString()).isEqualTo("Client record created");
        assertThat(opened.json().get("data").get("channel").asString()).isEqualTo("PORTAL");
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneEntry() {
        UUID client = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] event =
                cloudEvent(eventId, client, REGISTERED, Instant.parse("2026-11-22T09:00:00Z"), registeredData(client));
        send(TimelineTopics.CLIENT, client, event);
        send(TimelineTopics.CLIENT, client, event);
        // Same key, same partition: once the later marker is stored, both copies have been consumed.
        String marker = UUID.randomUUID().toString();
        send(
                TimelineTopics.CLIENT,
                client,
                cloudEvent(
                        marker,
                        client,
                        "ca.clientele.client.client-updated",
                        Instant.parse("2026-11-22T10:00:00Z"),
                        "{}"));

        JsonNode page = awaitTimeline(client, 2);
        assertThat(ids(page)).containsExactly(marker, eventId);
        assertThat(jdbc.sql("select count(*) from timeline_entry where event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from processed_event where consumer = 'timeline' and event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aClientReadsOnlyTheirOwnTimeline() {
        UUID client = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(
                TimelineTopics.CLIENT,
                client,
                cloudEvent(eventId, client, REGISTERED, Instant.now(), registeredData(client)));
        awaitTimeline(client, 1);

        String own = jwts.client(client, "own@exemple.ca", "Élise", "Béliveau");
        ApiClient.Response mine = api.get("/api/events?clientId=" + client, own);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(ids(mine.json())).containsExactly(eventId);
        assertThat(api.get("/api/events/" + eventId, own).status()).isEqualTo(200);

        // Another client learns nothing, not even that the timeline or the event exists.
        UUID stranger = UUID.randomUUID();
        String other = jwts.client(stranger, "other@exemple.ca", "Autre", "Personne");
        ApiClient.Response foreign = api.get("/api/events?clientId=" + client, other);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(foreign.body()).doesNotContain(eventId);
        assertThat(api.get("/api/events/" + eventId, other).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + UUID.randomUUID(), staff).status()).isEqualTo(404);

        // Without a client id, a client gets their own timeline, never everyone's.
        assertThat(ids(api.get("/api/events", own).json())).containsExactly(eventId);

        // Their own (empty) timeline is fine.
        ApiClient.Response empty = api.get("/api/events?clientId=" + stranger, other);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("page").get("totalElements").asLong()).isZero();

        assertThat(api.get("/api/events?clientId=" + client, null).status()).isEqualTo(401);
        assertThat(api.get("/api/events/" + eventId, null).status()).isEqualTo(401);
        assertThat(api.get("/api/events?clientId=" + client, TestJwts.forged(client))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anInvalidFilterIsALocalizedProblem() {
        ApiClient.Response invalid = api.get("/api/events?clientId=not-a-uuid", staff);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.json().get("title").asString()).isEqualTo("Données invalides");
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("clientId");

        ApiClient.Response category = api.get("/api/events?category=nonsense", staff, "en");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.isProblem()).isTrue();
        assertThat(category.json().get("title").asString()).isEqualTo("Invalid input");

        ApiClient.Response date = api.get("/api/events?from=yesterday", staff, "en");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.isProblem()).isTrue();

        ApiClient.Response badSize = api.get("/api/events?clientId=" + UUID.randomUUID() + "&size=0", staff);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.isProblem()).isTrue();
        assertThat(badSize.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aMalformedRecordIsSkippedAndTheNextOneArrives() {
        UUID client = UUID.randomUUID();
        // Same key as the good event, so all three share a partition and the bad ones come first.
        send(TimelineTopics.CLIENT, client, "this is not JSON".getBytes(StandardCharsets.UTF_8));
        send(TimelineTopics.CLIENT, client, """
                {"specversion":"1.0","id":"%s","source":"/x","type":"%s","subject":"not-a-client-id","data":{}}
                """.formatted(UUID.randomUUID(), REGISTERED)
                .getBytes(StandardCharsets.UTF_8));
        String good = UUID.randomUUID().toString();
        send(
                TimelineTopics.CLIENT,
                client,
                cloudEvent(good, client, REGISTERED, Instant.now(), registeredData(client)));

        assertThat(ids(awaitTimeline(client, 1))).containsExactly(good);
    }

    @Test
    void everyServiceTopicFeedsTheTimelineNewestFirstInPages() {
        UUID client = UUID.randomUUID();
        Instant base = Instant.parse("2026-11-20T16:30:00Z");
        String booked = UUID.randomUUID().toString();
        String invoiced = UUID.randomUUID().toString();
        String mailed = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        // Sent out of time order, on different topics: the timeline orders by event time.
        send(
                TimelineTopics.BILLING,
                client,
                cloudEvent(
                        invoiced,
                        client,
                        "ca.clientele.billing.invoice-issued",
                        base.plusSeconds(600),
                        "{\"invoiceId\":\"F-1001\",\"total\":\"40.24\",\"currency\":\"CAD\"}"));
        send(
                TimelineTopics.BOOKING,
                client,
                cloudEvent(booked, client, "ca.clientele.booking.appointment-booked", base, "{\"minutes\":20}"));
        send(
                TimelineTopics.DOCUMENT,
                client,
                cloudEvent(unknown, client, "ca.clientele.document.something-new", base.plusSeconds(1200), "{}"));
        send(
                TimelineTopics.NOTIFICATION,
                client,
                cloudEvent(mailed, client, "ca.clientele.notification.email-sent", base.plusSeconds(900), "{}"));

        JsonNode all = awaitTimeline(client, 4);
        assertThat(ids(all)).containsExactly(unknown, mailed, invoiced, booked);
        assertThat(titles(all))
                .containsExactly(
                        "Évènement ca.clientele.document.something-new",
                        "Courriel envoyé",
                        "Facture émise",
                        "Rendez-vous réservé");
        assertThat(all.get("content").get(2).get("data").get("total").asString())
                .isEqualTo("40.24");

        JsonNode second = api.get("/api/events?clientId=" + client + "&page=1&size=3", staff)
                .json();
        assertThat(ids(second)).containsExactly(booked);
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(second.get("page").get("size").asInt()).isEqualTo(3);
        assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(4);
        assertThat(second.get("page").get("totalPages").asInt()).isEqualTo(2);

        JsonNode capped =
                api.get("/api/events?clientId=" + client + "&size=1000", staff).json();
        assertThat(capped.get("page").get("size").asInt()).isEqualTo(100);
        assertThat(capped.get("content").size()).isEqualTo(4);
    }

    @Test
    void theApiIsDocumented() {
        ApiClient.Response docs = api.get("/v3/api-docs", staff);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/events")).isTrue();
        assertThat(docs.json().get("paths").has("/api/events/{eventId}")).isTrue();
    }

    private void send(String topic, UUID key, byte[] value) {
        kafka.send(topic, key.toString(), value).join();
    }

    private JsonNode awaitTimeline(UUID client, int expected) {
        List<JsonNode> last = new ArrayList<>(1);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    ApiClient.Response response = api.get("/api/events?clientId=" + client, staff);
                    last.clear();
                    last.add(response.json());
                    return response.status() == 200
                            && response.json().get("page").get("totalElements").asLong() >= expected;
                });
        JsonNode page = last.getFirst();
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(expected);
        return page;
    }

    private static byte[] cloudEvent(String id, UUID client, String type, Instant time, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":%s}""".formatted(id, REGISTRY, type, client, time, dataJson).getBytes(StandardCharsets.UTF_8);
    }

    private static String registeredData(UUID client) {
        return "{\"clientId\":\"%s\",\"registeredAt\":\"2026-11-22T14:05:00Z\",\"channel\":\"PORTAL\"}"
                .formatted(client);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(entry -> ids.add(entry.get("id").asString()));
        return ids;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("content").forEach(entry -> titles.add(entry.get("title").asString()));
        return titles;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
