package ca.clientele.document.ticket;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
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
 * Keeps {@code ticket_reader} from the ticket service's {@code ticket-opened} events (a tolerant reader: its own record
 * of the two ids it needs). Idempotent: a redelivered event is recognised by its CloudEvent id.
 */
@Component
class TicketOpenedListener {

    static final String TOPIC = "clientele.ticket.v1";
    static final String TYPE = "ca.clientele.ticket.ticket-opened";
    private static final Logger log = LoggerFactory.getLogger(TicketOpenedListener.class);

    private final TicketReaders readers;
    private final ProcessedEvents processed;

    TicketOpenedListener(TicketReaders readers, ProcessedEvents processed) {
        this.readers = readers;
        this.processed = processed;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        if (!TYPE.equals(event.type()) || !processed.firstDelivery("ticket-reader", event.id())) {
            return;
        }
        TicketOpened opened = event.dataAs(TicketOpened.class);
        if (opened.ticketId() == null || opened.clientId() == null) {
            log.warn("Skipped ticket-opened event {} without ticketId or clientId", event.id());
            return;
        }
        readers.record(opened.ticketId(), opened.clientId());
    }

    /** What this service reads of a ticket-opened event. */
    record TicketOpened(UUID ticketId, UUID clientId) {}

    @Configuration(proxyBeanMethods = false)
    static class TicketTopicConfiguration {

        /** The topic exists before the listener subscribes (the ticket service may not have published yet). */
        @Bean
        KafkaAdmin.NewTopics ticketTopic(
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
        DefaultErrorHandler ticketEventsErrorHandler() {
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
