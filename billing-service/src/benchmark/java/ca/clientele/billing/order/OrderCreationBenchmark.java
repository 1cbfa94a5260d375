package ca.clientele.billing.order;

import ca.clientele.billing.BillingServiceApplication;
import ca.clientele.platform.testing.BenchmarkServer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order creation from booking's events (docs/benchmarks.md, issue 11): billing-service on loopback ports with its
 * embedded PostgreSQL and Kafka ({@link BenchmarkServer}); {@code appointment-booked} events published at
 * {@code benchmark.rate} per second (default 100) for {@code benchmark.seconds} (default 60), each for another client;
 * a poller reads {@code customer_order} every 20 ms and records when each appointment's order became visible. Prints
 * the event → order visible latency percentiles and the throughput as a Markdown table.
 *
 * <p>Run (not part of the test suite): {@code ./mvnw -Pbenchmark -pl billing-service test-compile exec:exec
 * -Dexec.executable=java -Dexec.args="-cp %classpath ca.clientele.billing.order.OrderCreationBenchmark"}
 */
public final class OrderCreationBenchmark {

    private OrderCreationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("benchmark.rate", 100);
        int seconds = Integer.getInteger("benchmark.seconds", 60);
        int total = rate * seconds;
        try (BenchmarkServer server = BenchmarkServer.start(
                BillingServiceApplication.class, "clientele.billing.v1", "clientele.booking.v1", "clientele.client.v1")) {
            String bootstrap = server.bean(Environment.class).getProperty("spring.kafka.bootstrap-servers");
            JdbcClient jdbc = server.bean(JdbcClient.class);
            Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
            Map<UUID, Long> seenAt = new ConcurrentHashMap<>();
            Thread poller = Thread.ofPlatform().start(() -> poll(jdbc, sentAt, seenAt, total));

            Map<String, Object> props = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 0);
            long start;
            try (KafkaProducer<String, byte[]> producer =
                    new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
                // Warm-up (not measured): the consumers have joined their group and own every partition, the code
                // paths are compiled. Without it the first run measured the group's start, not order creation.
                int warmUp = 30;
                for (int i = 0; i < warmUp; i++) {
                    UUID client = UUID.randomUUID();
                    producer.send(new ProducerRecord<>(
                            "clientele.booking.v1", client.toString(), booked(UUID.randomUUID(), client)));
                }
                long warmDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (jdbc.sql("select count(*) from customer_order").query(Long.class).single() < warmUp
                        && System.nanoTime() < warmDeadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
                start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    UUID client = UUID.randomUUID();
                    UUID appointment = UUID.randomUUID();
                    sentAt.put(appointment, System.nanoTime());
                    producer.send(new ProducerRecord<>(
                            "clientele.booking.v1", client.toString(), booked(appointment, client)));
                }
            }
            long sendSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            poller.join(TimeUnit.SECONDS.toMillis(120));
            List<Long> latencies = new ArrayList<>();
            seenAt.forEach((appointment, seen) -> latencies.add(
                    TimeUnit.NANOSECONDS.toMillis(seen - sentAt.get(appointment))));
            Collections.sort(latencies);
            long orders = seenAt.size();
            System.out.printf(
                    "%n| Events | Sent in (s) | Orders | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |%n"
                            + "|---:|---:|---:|---:|---:|---:|---:|%n| %d | %d | %d | %d | %d | %d | %d |%n"
                            + "(latency: event published → order visible to a reader, polled every 20 ms)%n",
                    total,
                    sendSeconds,
                    orders,
                    percentile(latencies, 50),
                    percentile(latencies, 95),
                    percentile(latencies, 99),
                    latencies.isEmpty() ? -1 : latencies.getLast());
        }
    }

    /**
     * Looks up the appointments sent and not seen yet (unique index), rather than reading every order every 20 ms:
     * that scan grew with the table and loaded the service it measured.
     */
    private static void poll(JdbcClient jdbc, Map<UUID, Long> sentAt, Map<UUID, Long> seenAt, int total) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (seenAt.size() < total && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            String[] waiting = sentAt.keySet().stream()
                    .filter(id -> !seenAt.containsKey(id))
                    .map(UUID::toString)
                    .toArray(String[]::new);
            if (waiting.length > 0) {
                for (UUID appointment : jdbc.sql("select appointment_id from customer_order where appointment_id = any(?::uuid[])")
                        .param(waiting)
                        .query(UUID.class)
                        .list()) {
                    seenAt.putIfAbsent(appointment, now);
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static byte[] booked(UUID appointment, UUID client) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/booking-service",
                 "type": "ca.clientele.booking.appointment-booked", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json",
                 "data": {"appointmentId": "%s", "clientId": "%s", "number": 1515, "seriesId": null,
                  "serviceId": "%s", "branchId": "%s", "staffId": "%s",
                  "start": "2026-12-10T15:00:00Z", "end": "2026-12-10T15:20:00Z", "place": "IN_STORE",
                  "petIds": ["%s"],
                  "lines": [{"description": "Taille des griffes", "quantity": 1, "unitPrice": 35.00, "amount": 35.00,
                             "taxable": true}],
                  "currency": "CAD", "bookedBy": "%s", "byRole": "CLIENT"}}"""
                .formatted(UUID.randomUUID(), client, OffsetDateTime.now(), appointment, client, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), client);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
