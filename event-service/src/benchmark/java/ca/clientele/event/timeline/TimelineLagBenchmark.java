package ca.clientele.event.timeline;

import ca.clientele.event.EventServiceApplication;
import ca.clientele.platform.testing.BenchmarkServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timeline lag (docs/benchmarks.md, issue 12): event-service on loopback ports with its embedded PostgreSQL and
 * Kafka ({@link BenchmarkServer}). A producer stand-in commits a one-row transaction (its outbox write) and then
 * sends the CloudEvent, as the outbox's externalization does after a commit, at {@code benchmark.rate} events per
 * second (default 200) for {@code benchmark.seconds} (default 60), keyed by {@code benchmark.clients} clients
 * (default 2,000) so the per-client hash chains see realistic contention. Measured in the same run:
 *
 * <ul>
 *   <li>timeline lag: from the producer's commit to the entry being visible to a reader of {@code timeline_entry}
 *       (stored, chained, committed), polled every 10 ms;
 *   <li>raw Kafka: from the send to the record being received by a plain consumer of the same topic (own group).
 * </ul>
 *
 * <p>Run (not part of the test suite): {@code ./mvnw -Pbenchmark -pl event-service test-compile exec:exec
 * -Dexec.executable=java -Dexec.args="-cp %classpath ca.clientele.event.timeline.TimelineLagBenchmark"}
 */
public final class TimelineLagBenchmark {

    static final String TOPIC = "clientele.billing.v1";

    private TimelineLagBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("benchmark.rate", 200);
        int seconds = Integer.getInteger("benchmark.seconds", 60);
        int clientCount = Integer.getInteger("benchmark.clients", 2_000);
        int total = rate * seconds;
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(UUID.randomUUID());
        }
        try (BenchmarkServer server = BenchmarkServer.start(
                EventServiceApplication.class,
                "clientele.client.v1",
                "clientele.ticket.v1",
                "clientele.booking.v1",
                TOPIC,
                "clientele.document.v1",
                "clientele.notification.v1")) {
            String bootstrap = server.bean(Environment.class).getProperty("spring.kafka.bootstrap-servers");
            JdbcClient jdbc = server.bean(JdbcClient.class);
            jdbc.sql("create table if not exists benchmark_outbox (id text primary key, at timestamptz not null)")
                    .update();
            Map<String, Long> committedAt = new ConcurrentHashMap<>();
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Map<String, Long> visibleAt = new ConcurrentHashMap<>();
            Map<String, Long> consumedAt = new ConcurrentHashMap<>();
            int warmUp = 50;
            Thread poller = Thread.ofPlatform().start(() -> poll(jdbc, committedAt, visibleAt, total + warmUp, warmUp));
            Thread raw = Thread.ofPlatform().start(() -> consume(bootstrap, consumedAt, total + warmUp));

            Map<String, Object> props = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.ACKS_CONFIG, "all");
            long start;
            try (KafkaProducer<String, byte[]> producer =
                    new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
                // Warm-up (not measured): both consumers joined their groups, the code paths are compiled.
                for (int i = 0; i < warmUp; i++) {
                    UUID client = clients.get(i % clients.size());
                    producer.send(new ProducerRecord<>(
                            TOPIC, client.toString(), orderPlaced(UUID.randomUUID().toString(), client, i)));
                }
                long warmDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while ((visibleAt.size() < warmUp || consumedAt.size() < warmUp) && System.nanoTime() < warmDeadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
                start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    UUID client = clients.get(i % clients.size());
                    String id = UUID.randomUUID().toString();
                    // The producer's transaction (its outbox row) commits; the event leaves after the commit.
                    jdbc.sql("insert into benchmark_outbox (id, at) values (?, now())")
                            .param(id)
                            .update();
                    committedAt.put(id, System.nanoTime());
                    sentAt.put(id, System.nanoTime());
                    producer.send(new ProducerRecord<>(TOPIC, client.toString(), orderPlaced(id, client, i)));
                }
            }
            long sendSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            poller.join(TimeUnit.MINUTES.toMillis(3));
            raw.join(TimeUnit.MINUTES.toMillis(1));
            List<Long> lag = micros(committedAt, visibleAt);
            List<Long> kafka = micros(sentAt, consumedAt);
            System.out.printf(
                    "%n| Measure | Events | Seen | Sent in (s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |%n"
                            + "|---|---:|---:|---:|---:|---:|---:|---:|%n"
                            + "%s%n%s%n"
                            + "(timeline lag: producer commit → entry visible in timeline_entry, polled every 10 ms;"
                            + " raw Kafka: send → received by a plain consumer, same topic, same run)%n",
                    row("Timeline lag", total, lag, sendSeconds),
                    row("Raw Kafka produce → consume", total, kafka, sendSeconds));
            System.out.println(jdbc.sql("select count(*) || ' entries, ' || count(distinct client_id) || ' clients'"
                            + " from timeline_entry")
                    .query(String.class)
                    .single());
        }
    }

    /**
     * Sees each entry as soon as it is committed. Identity ids are taken at insert time, not at commit: a transaction
     * that commits after a later one leaves a lower id behind the highest seen, so a scan of "id above the last seen"
     * misses it (the first version of this benchmark lost 196 events that way). The warm-up is watched by that scan;
     * the measured events by their ids, every id committed by the producer and not yet seen.
     */
    private static void poll(
            JdbcClient jdbc, Map<String, Long> committedAt, Map<String, Long> visibleAt, int total, int warmUp) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        long last = 0;
        while (visibleAt.size() < total && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            if (committedAt.isEmpty()) {
                record Row(long id, String eventId) {}
                List<Row> rows = jdbc.sql("select id, event_id from timeline_entry where id > ? order by id")
                        .param(last)
                        .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
                        .list();
                for (Row row : rows) {
                    if (visibleAt.size() < warmUp) {
                        visibleAt.putIfAbsent(row.eventId(), now);
                    }
                    last = Math.max(last, row.id());
                }
            } else {
                String[] waiting = committedAt.keySet().stream()
                        .filter(id -> !visibleAt.containsKey(id))
                        .toArray(String[]::new);
                if (waiting.length > 0) {
                    for (String id : jdbc.sql("select event_id from timeline_entry where event_id = any(?)")
                            .param(waiting)
                            .query(String.class)
                            .list()) {
                        visibleAt.putIfAbsent(id, now);
                    }
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private static void consume(String bootstrap, Map<String, Long> consumedAt, int total) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (consumedAt.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    String value = new String(record.value(), StandardCharsets.UTF_8);
                    int at = value.indexOf("\"id\": \"") + 7;
                    consumedAt.putIfAbsent(value.substring(at, at + 36), now);
                }
            }
        }
    }

    private static List<Long> micros(Map<String, Long> from, Map<String, Long> to) {
        List<Long> values = new ArrayList<>();
        to.forEach((id, seen) -> {
            Long start = from.get(id);
            if (start != null) {
                values.add(TimeUnit.NANOSECONDS.toMicros(seen - start));
            }
        });
        Collections.sort(values);
        return values;
    }

    private static String row(String name, int total, List<Long> sorted, long sendSeconds) {
        return "| %s | %d | %d | %d | %s | %s | %s | %s |"
                .formatted(
                        name,
                        total,
                        sorted.size(),
                        sendSeconds,
                        ms(percentile(sorted, 50)),
                        ms(percentile(sorted, 95)),
                        ms(percentile(sorted, 99)),
                        ms(sorted.isEmpty() ? -1 : sorted.getLast()));
    }

    private static String ms(long micros) {
        return micros < 0 ? "–" : "%.1f".formatted(micros / 1000.0);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static byte[] orderPlaced(String id, UUID client, int number) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/billing-service",
                 "type": "ca.clientele.billing.order-placed", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json",
                 "data": {"orderId": "%s", "number": %d, "appointmentId": null, "clientId": "%s", "kind": "SHOP",
                          "total": 40.24}}"""
                .formatted(id, client, OffsetDateTime.now(), UUID.randomUUID(), number, client);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
