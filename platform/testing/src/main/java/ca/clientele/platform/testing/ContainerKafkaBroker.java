package ca.clientele.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The {@link EmbeddedKafkaBroker} the tests already use (they ask it only for its address, through
 * {@code KafkaTestUtils}), backed by a Kafka container in KRaft mode: with {@code -Pcontainers}, no test changes.
 */
final class ContainerKafkaBroker implements EmbeddedKafkaBroker {

    private static final int PARTITIONS = 1;

    private final KafkaContainer container = new KafkaContainer(TestInfrastructure.image("kafka"));
    private final Set<String> topics = new LinkedHashSet<>();
    private String brokerListProperty = BROKER_LIST_PROPERTY;
    private Duration adminTimeout = Duration.ofSeconds(DEFAULT_ADMIN_TIMEOUT);

    @Override
    public void afterPropertiesSet() {
        container.start();
        System.setProperty(brokerListProperty, getBrokersAsString());
    }

    @Override
    public void destroy() {
        container.stop();
    }

    @Override
    public String getBrokersAsString() {
        return container.getBootstrapServers();
    }

    @Override
    public EmbeddedKafkaBroker brokerListProperty(String property) {
        this.brokerListProperty = property;
        return this;
    }

    @Override
    public EmbeddedKafkaBroker kafkaPorts(int... ports) {
        throw new UnsupportedOperationException("A container's port is chosen by the container engine");
    }

    @Override
    public EmbeddedKafkaBroker brokerProperties(Map<String, String> properties) {
        properties.forEach(
                (key, value) -> container.withEnv("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
        return this;
    }

    @Override
    public EmbeddedKafkaBroker adminTimeout(int seconds) {
        this.adminTimeout = Duration.ofSeconds(seconds);
        return this;
    }

    @Override
    public Set<String> getTopics() {
        return Set.copyOf(topics);
    }

    @Override
    public int getPartitionsPerTopic() {
        return PARTITIONS;
    }

    @Override
    public void addTopics(String... names) {
        addTopics(Arrays.stream(names)
                .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                .toArray(NewTopic[]::new));
    }

    @Override
    public void addTopics(NewTopic... newTopics) {
        addTopicsWithResults(newTopics).values().stream()
                .filter(e -> e != null)
                .findFirst()
                .ifPresent(e -> {
                    throw new IllegalStateException("Could not create topics", e);
                });
    }

    @Override
    public Map<String, Exception> addTopicsWithResults(String... names) {
        return addTopicsWithResults(Arrays.stream(names)
                .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                .toArray(NewTopic[]::new));
    }

    @Override
    public Map<String, Exception> addTopicsWithResults(NewTopic... newTopics) {
        Map<String, Exception> results = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                getBrokersAsString(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) adminTimeout.toMillis()))) {
            admin.createTopics(Arrays.asList(newTopics)).values().forEach((name, future) -> {
                try {
                    future.get();
                    topics.add(name);
                    results.put(name, null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.put(name, e);
                } catch (ExecutionException e) {
                    results.put(name, e);
                }
            });
        }
        return results;
    }

    @Override
    public void consumeFromAllEmbeddedTopics(Consumer<?, ?> consumer, boolean seekToEnd) {
        consumeFromEmbeddedTopics(consumer, seekToEnd, topics.toArray(String[]::new));
    }

    @Override
    public void consumeFromAllEmbeddedTopics(Consumer<?, ?> consumer) {
        consumeFromAllEmbeddedTopics(consumer, false);
    }

    @Override
    public void consumeFromAnEmbeddedTopic(Consumer<?, ?> consumer, boolean seekToEnd, String topic) {
        consumeFromEmbeddedTopics(consumer, seekToEnd, topic);
    }

    @Override
    public void consumeFromAnEmbeddedTopic(Consumer<?, ?> consumer, String topic) {
        consumeFromEmbeddedTopics(consumer, false, topic);
    }

    @Override
    public void consumeFromEmbeddedTopics(Consumer<?, ?> consumer, String... names) {
        consumeFromEmbeddedTopics(consumer, false, names);
    }

    @Override
    public void consumeFromEmbeddedTopics(Consumer<?, ?> consumer, boolean seekToEnd, String... names) {
        consumer.subscribe(Arrays.asList(names));
        // Like the embedded broker: return once the partitions are assigned, positioned as asked.
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        if (seekToEnd) {
            consumer.seekToEnd(consumer.assignment());
        }
    }
}
