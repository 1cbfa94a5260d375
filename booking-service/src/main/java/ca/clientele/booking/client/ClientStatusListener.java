package ca.clientele.booking.client;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code client_standing} from the registry's {@code client-status-changed} events (a tolerant reader of the
 * fields it needs) and, on a ban, has the client's future appointments cancelled in the same transaction.
 * Idempotent: a redelivered event is recognised by its CloudEvent id. Its own consumer group, because the pet copy
 * reads the same topic.
 */
@Component
class ClientStatusListener {

    static final String TYPE = "ca.clientele.client.client-status-changed";
    private static final Logger log = LoggerFactory.getLogger(ClientStatusListener.class);

    private final ClientStandings standings;
    private final ProcessedEvents processed;
    private final ApplicationEventPublisher inProcess;
    private final Clock clock;

    ClientStatusListener(
            ClientStandings standings, ProcessedEvents processed, ApplicationEventPublisher inProcess, Clock clock) {
        this.standings = standings;
        this.processed = processed;
        this.inProcess = inProcess;
        this.clock = clock;
    }

    @KafkaListener(id = "booking-client-standing", topics = RegistryTopicConfiguration.NAME)
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
        if (changed.to() == ClientStanding.BANNED) {
            inProcess.publishEvent(new ClientBanned(changed.clientId(), changed.changedBy()));
        }
    }

    /** What this service reads of a client-status-changed event. */
    record StatusChanged(UUID clientId, ClientStanding to, UUID changedBy) {}
}
