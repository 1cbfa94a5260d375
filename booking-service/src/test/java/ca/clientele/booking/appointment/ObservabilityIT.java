package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;

/**
 * Metrics and traces as Kubernetes runs them (ADR 0035): actuator on its own port, where Prometheus scrapes without
 * a token; a booking counted, the outbox backlog and the consumers' lag reported; and the trace of the request that
 * booked (as the gateway would start it) carried by the record on Kafka, so the consumer's spans join it.
 */
@TestPropertySource(properties = "management.server.port=0")
class ObservabilityIT extends AppointmentTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusIsScrapedOnTheManagementPortOnlyAndCountsBookingsOutboxAndLag() throws Exception {
        BookingFixture.World world = fixture.world();
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        double before = sample(scrape(), "clientele_bookings_booked_total");

        fixture.book(client.token(), BookingFixture.booking(client, world, BookingFixture.at(2, "16:30"), null));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = scrape();
            assertThat(sample(metrics, "clientele_bookings_booked_total"))
                    .as(() -> metrics.lines()
                            .filter(line -> line.contains("clientele_"))
                            .toList()
                            .toString())
                    .isEqualTo(before + 1);
            // Each replica counts the whole table: present (0 once published), whatever the timing.
            assertThat(sample(metrics, "clientele_outbox_backlog")).isGreaterThanOrEqualTo(0);
            // Kafka's own consumer metric, bound by Boot to every consumer of the listeners (ConsumerLagHigh).
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
            assertThat(metrics).contains("http_server_requests_seconds_bucket");
        });

        // The application port keeps the platform rule (no token, no scrape); actuator is not served there at all.
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(401);
        // The management port opens the probes and the scrape, nothing more.
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/env").statusCode()).isIn(403, 404);
    }

    @Test
    void theRecordOnKafkaCarriesTheTraceOfTheRequestThatBooked() throws Exception {
        BookingFixture.World world = fixture.world();
        BookingFixture.Client client = fixture.client("Noé", "Filou");
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpan = HexFormat.of().formatHex(randomBytes(8));

        // What the gateway sends on: a W3C traceparent of its own span, sampled.
        HttpResponse<String> booked = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bookings"))
                        .header("Authorization", "Bearer " + client.token())
                        .header("Content-Type", "application/json")
                        .header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                BookingFixture.booking(client, world, BookingFixture.at(3, "10:00"), null)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "trace-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                        props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer()) {
            consumer.subscribe(List.of("clientele.booking.v1"));
            String[] traceparent = new String[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String body = new String(record.value(), StandardCharsets.UTF_8);
                    Header header = record.headers().lastHeader("traceparent");
                    if (client.id().toString().equals(record.key())
                            && body.contains("appointment-booked")
                            && header != null) {
                        traceparent[0] = new String(header.value(), StandardCharsets.UTF_8);
                    }
                }
                return traceparent[0] != null;
            });
            // Same trace, another span: the producer's, a descendant of the gateway's.
            assertThat(traceparent[0]).startsWith("00-" + traceId + "-").doesNotContain(parentSpan);
        }
    }

    private String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the first sample of a metric (any labels), 0 when it is not there yet. */
    private static double sample(String metrics, String name) {
        Matcher m =
                Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros (an invalid W3C id)
        return bytes;
    }
}
