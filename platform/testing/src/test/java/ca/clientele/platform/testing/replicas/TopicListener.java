package ca.clientele.platform.testing.replicas;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A consumer as the services write them: no group id of its own, so the group is the platform default
 * ({@code spring.application.name}), the same for every replica of the service.
 */
@Component
@ConditionalOnProperty("replica.listen-to")
class TopicListener {

    static final String ID = "replica-listener";

    record Received(String node, int partition, String value) {}

    /** Shared by the replicas of one JVM, which is what lets a test count the group's deliveries. */
    static final Queue<Received> RECEIVED = new ConcurrentLinkedQueue<>();

    private final String node;

    TopicListener(@Value("${replica.node}") String node) {
        this.node = node;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${replica.listen-to}")
    void on(ConsumerRecord<String, byte[]> record) {
        RECEIVED.add(new Received(node, record.partition(), new String(record.value())));
    }
}
