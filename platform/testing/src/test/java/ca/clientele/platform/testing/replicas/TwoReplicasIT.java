package ca.clientele.platform.testing.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two replicas of one service (two Spring contexts of {@link ReplicaApplication} on one PostgreSQL and one Kafka):
 * a job under a lease runs on one of them at a time, and the two share the partitions of a topic they consume
 * (ADR 0033).
 */
class TwoReplicasIT {

    private static final String TOPIC = "replica.consumed.v1";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        kafka.afterPropertiesSet();
        first = replica("first");
        second = replica("second");
    }

    private static ConfigurableApplicationContext replica(String node) {
        return new SpringApplicationBuilder(ReplicaApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.application.name=replica",
                        "--replica.node=" + node,
                        "--replica.listen-to=" + TOPIC,
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--logging.structured.format.console=");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (kafka != null) {
            kafka.destroy();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aJobUnderALeaseRunsOnOneReplicaWhileTheOtherSkipsIt() throws Exception {
        LockedJob onFirst = first.getBean(LockedJob.class);
        LockedJob onSecond = second.getBean(LockedJob.class);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> run(onFirst, runs, entered, release));
        assertThat(entered.await(2, TimeUnit.MINUTES)).isTrue();

        // The same job, due on the other replica while the first still runs it: skipped, not run twice.
        onSecond.run(runs, new CountDownLatch(1), release);
        assertThat(runs).hasValue(1);

        release.countDown();
        running.join();
        // The lease ends with the run: the next one may happen on either replica.
        onSecond.run(runs, new CountDownLatch(1), release);
        assertThat(runs).hasValue(2);
    }

    private static void run(LockedJob job, AtomicInteger runs, CountDownLatch entered, CountDownLatch release) {
        try {
            job.run(runs, entered, release);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReplicasShareTheTopicsPartitionsAndTheGroupConsumesEachRecordOnce() {
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(assigned(first)).isNotEmpty();
            assertThat(assigned(second)).isNotEmpty();
            assertThat(assigned(first)).doesNotContainAnyElementsOf(assigned(second));
            assertThat(assigned(first).size() + assigned(second).size()).isEqualTo(3);
        });

        List<String> sent = IntStream.range(0, 60).mapToObj(i -> "record-" + i).toList();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            sent.forEach(value -> producer.send(new ProducerRecord<>(TOPIC, "key-" + value, value.getBytes())));
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> TopicListener.RECEIVED.size() >= sent.size());
        assertThat(TopicListener.RECEIVED)
                .extracting(TopicListener.Received::value)
                .containsExactlyInAnyOrderElementsOf(sent);
        Map<String, Set<Integer>> partitionsByNode = TopicListener.RECEIVED.stream()
                .collect(Collectors.groupingBy(
                        TopicListener.Received::node,
                        Collectors.mapping(TopicListener.Received::partition, Collectors.toSet())));
        assertThat(partitionsByNode).containsOnlyKeys("first", "second");
        assertThat(partitionsByNode.get("first")).doesNotContainAnyElementsOf(partitionsByNode.get("second"));
    }

    private static Collection<TopicPartition> assigned(ConfigurableApplicationContext replica) {
        Collection<TopicPartition> partitions = replica.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(TopicListener.ID)
                .getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }
}
