package ca.clientele.platform.testing.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with two replicas of a service as separate processes on one PostgreSQL and one Kafka (ADR 0033). Each
 * replica commits an event every 20 ms; its producer holds records 2 s before sending ({@code linger.ms}), a slow
 * broker in effect, so that at any instant a replica has committed events that Kafka has not yet acknowledged.
 *
 * <ul>
 *   <li>{@code kill -9} of one replica loses none of its committed events: the survivor's resubmission job sends
 *       them; a duplicate is possible only for an event the killed replica had already handed to Kafka, and the
 *       consumer's {@link ProcessedEvents} ledger applies each event once.
 *   <li>A replica that starts never resends what a live replica is still sending, whereas Spring Modulith's
 *       republication at start (the old setting) does, which is why it is off.
 * </ul>
 */
class OutboxAcrossProcessesIT {

    private static final String TOPIC = "clientele.replica.v1";
    private static final String RESUBMIT_AFTER = "PT10S";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    private final List<ReplicaProcess> replicas = new ArrayList<>();

    @BeforeAll
    static void startInfrastructure() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        jdbc = new JdbcTemplate(dataSource);
        kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        if (kafka != null) {
            kafka.destroy();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void killReplicasLeft() throws InterruptedException {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
    }

    @Test
    void killingAReplicaMidPublicationLosesNoCommittedEventAndDuplicatesOnlyWhatItHadHandedToKafka() throws Exception {
        ReplicaProcess killed = start("killed", publishing()).awaitReady();
        ReplicaProcess survivor = start("survivor", publishing()).awaitReady();
        await().atMost(Duration.ofMinutes(2)).until(() -> completed(killed) > 50 && completed(survivor) > 50);
        await().atMost(Duration.ofMinutes(1)).until(() -> incomplete(killed) > 0);

        killed.kill();
        int abandoned = incomplete(killed);
        assertThat(abandoned).as("sends in flight when the replica died").isPositive();

        // The survivor's job resends them once they are older than resubmit-after.
        await().atMost(Duration.ofMinutes(3)).until(() -> incomplete(killed) == 0);
        survivor.stop();

        Map<String, Integer> onKafka = readTopic();
        List<Publication> publications = publications();
        List<Publication> ofKilled = of(publications, killed);
        assertThat(ofKilled).allSatisfy(it -> assertThat(onKafka).containsKey(it.eventId()));
        assertThat(of(publications, survivor).stream().filter(Publication::completed))
                .allSatisfy(it -> assertThat(onKafka).containsKey(it.eventId()));

        // Resent: exactly the events the killed replica left incomplete, each once; nothing of the live replica.
        assertThat(ofKilled.stream().filter(Publication::resubmitted))
                .hasSize(abandoned)
                .allSatisfy(it -> assertThat(it.attempts()).isEqualTo(2));
        assertThat(of(publications, survivor)).noneMatch(Publication::resubmitted);
        Set<String> resubmitted = publications.stream()
                .filter(Publication::resubmitted)
                .map(Publication::eventId)
                .collect(Collectors.toSet());
        Set<String> duplicated = onKafka.entrySet().stream()
                .filter(it -> it.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(resubmitted).containsAll(duplicated);

        // Through the consumers' ledger, each event takes effect once.
        assertThat(applyOnce("kill-test", onKafka)).isEqualTo(onKafka.size());
    }

    @Test
    void aStartingReplicaLeavesALiveReplicasSendsAloneWhereRepublishOnRestartDuplicatedThem() throws Exception {
        ReplicaProcess live = start("live", publishing()).awaitReady();
        await().atMost(Duration.ofMinutes(2)).until(() -> completed(live) > 50 && incomplete(live) > 0);

        // The old setting: a replica starting (a rolling restart) resends every incomplete publication, including
        // what the live replica has committed but not yet sent.
        ReplicaProcess old = start(
                        "old-setting", List.of("--spring.modulith.events.republish-outstanding-events-on-restart=true"))
                .awaitReady();
        Set<String> takenFromTheLiveReplica = of(publications(), live).stream()
                .filter(Publication::resubmitted)
                .map(Publication::eventId)
                .collect(Collectors.toSet());
        assertThat(takenFromTheLiveReplica).isNotEmpty();
        // Both replicas send them: the same events reach Kafka twice.
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            Map<String, Integer> onKafka = readTopic();
            return takenFromTheLiveReplica.stream().anyMatch(id -> onKafka.getOrDefault(id, 0) > 1);
        });
        old.stop();

        // The platform's setting: a replica starts and runs its resubmission job many times (every second) while
        // the live replica keeps sending; none of the live replica's publications is taken.
        int before = takenFromTheLiveReplica.size();
        ReplicaProcess fresh = start("new-setting", List.of()).awaitReady();
        int completedAtStart = completed(live);
        AtomicInteger runsSeen = new AtomicInteger();
        AtomicReference<Timestamp> lastRun = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            Timestamp run = lastResubmissionRun();
            if (run != null && !run.equals(lastRun.getAndSet(run))) {
                runsSeen.incrementAndGet();
            }
            return runsSeen.get() > 5 && completed(live) > completedAtStart + 200;
        });
        assertThat(of(publications(), live).stream().filter(Publication::resubmitted))
                .hasSize(before);
        fresh.stop();
        live.stop();
    }

    private static List<String> publishing() {
        return List.of("--replica.publish-every=PT0.02S");
    }

    private ReplicaProcess start(String node, List<String> extra) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=replica",
                "--clientele.events.topic=" + TOPIC,
                "--clientele.events.source=/clientele/replica",
                "--clientele.events.type-prefix=ca.clientele.replica",
                "--clientele.events.outbox.resubmit-after=" + RESUBMIT_AFTER,
                "--clientele.events.outbox.resubmit-interval=PT1S",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--spring.kafka.producer.properties.linger.ms=2000",
                "--spring.kafka.producer.batch-size=1MB",
                "--logging.structured.format.console=",
                "--logging.level.ca.clientele=INFO"));
        arguments.addAll(extra);
        ReplicaProcess replica = ReplicaProcess.start(node, arguments);
        replicas.add(replica);
        return replica;
    }

    /** One outbox row; Modulith counts the first send as attempt 1, so a resubmitted row has more. */
    record Publication(String eventId, String node, boolean completed, int attempts) {

        boolean resubmitted() {
            return attempts > 1;
        }
    }

    private static List<Publication> publications() {
        return jdbc.query(
                "select serialized_event::jsonb ->> 'id', serialized_event::jsonb -> 'data' ->> 'node', "
                        + "completion_date is not null, completion_attempts from event_publication",
                (rs, row) -> new Publication(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)));
    }

    private static List<Publication> of(List<Publication> publications, ReplicaProcess replica) {
        return publications.stream()
                .filter(it -> replica.node().equals(it.node()))
                .toList();
    }

    private static int completed(ReplicaProcess replica) {
        return count(replica, "completion_date is not null");
    }

    private static int incomplete(ReplicaProcess replica) {
        return count(replica, "completion_date is null");
    }

    private static int count(ReplicaProcess replica, String condition) {
        Integer count = jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event::jsonb -> 'data' ->> 'node' = ? and "
                        + condition,
                Integer.class,
                replica.node());
        return count == null ? 0 : count;
    }

    private static Timestamp lastResubmissionRun() {
        return jdbc
                .query(
                        "select locked_at from shedlock where name = 'outbox-resubmission'",
                        (rs, row) -> rs.getTimestamp(1))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Every record on the topic, start to end: how many times each CloudEvent id was delivered. */
    private static Map<String, Integer> readTopic() {
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(it -> consumer.position(it) < end.get(it))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    counts.merge(ReceivedEvent.parse(record.value()).id(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Each delivery through the ledger, as a consumer does it: returns how many deliveries took effect. */
    private static int applyOnce(String consumer, Map<String, Integer> deliveries) {
        ProcessedEvents ledger = new ProcessedEvents(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        int applied = 0;
        for (Map.Entry<String, Integer> event : deliveries.entrySet()) {
            for (int delivery = 0; delivery < event.getValue(); delivery++) {
                if (Boolean.TRUE.equals(
                        transaction.execute(status -> ledger.firstDelivery(consumer, event.getKey())))) {
                    applied++;
                }
            }
        }
        return applied;
    }
}
