package ca.clientele.ticket.client;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Keeps {@code client_standing} from the registry's {@code client-status-changed} events (a tolerant reader of the two
 * fields it needs). Idempotent: a redelivered event is recognised by its CloudEvent id.
 */
@Component
class ClientStatusListener {

    static final String TOPIC = "clientele.client.v1";
    static final String TYPE = "ca.clientele.client.client-status-changed";
    private static final Logger log = LoggerFactory.getLogger(ClientStatusListener.class);

    private final ClientStandings standings;
    private final ProcessedEvents processed;
    private final Clock clock;

    ClientStatusListener(ClientStandings standings, ProcessedEvents processed, Clock clock) {
        this.standings = standings;
        this.processed = processed;
        this.clock = clock;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        if (!TYPE.equals(event.type()) || !processed.firstDelivery("client-standing", event.id())) {
            return;
        }
        StatusChanged changed = event.dataAs(StatusChanged.class);
        if (changed.clientId() == null || changed.to() == null) {
            log.warn("Skipped client-status-changed event {} without clientId or status", event.id());
            return;
        }
        Instant at = event.time() == null ? clock.instant() : event.time().toInstant();
        standings.record(changed.clientId(), changed.to(), at);
    }

    /** What this service reads of a client-status-changed event. */
    record StatusChanged(UUID clientId, ClientStanding to) {}

    @Configuration(proxyBeanMethods = false)
    static class ClientTopicConfiguration {

        /** The registry's topic exists before the listener subscribes (the registry may not have published yet). */
        @Bean
        KafkaAdmin.NewTopics clientTopic(
                @Value("${clientele.events.partitions:3}") int partitions,
                @Value("${clientele.events.replicas:1}") int replicas) {
            return new KafkaAdmin.NewTopics(new NewTopic[] {
                TopicBuilder.name(TOPIC)
                        .partitions(partitions)
                        .replicas(replicas)
                        .build()
            });
        }

        /**
         * A failing record is retried twice, then skipped with its position logged (never its payload), so one bad
         * record does not block a partition.
         */
        @Bean
        DefaultErrorHandler clientEventsErrorHandler() {
            DefaultErrorHandler handler = new DefaultErrorHandler(
                    (record, failure) -> log.error(
                            "Skipped record {}-{}@{}: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            failure.getClass().getName()),
                    new FixedBackOff(1_000L, 2));
            handler.setLogLevel(KafkaException.Level.DEBUG);
            return handler;
        }
    }
}
