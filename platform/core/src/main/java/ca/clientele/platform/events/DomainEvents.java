package ca.clientele.platform.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a service's domain events through the transactional outbox: the event is recorded in
 * the {@code event_publication} table inside the caller's transaction (Spring Modulith), and sent
 * to Kafka only after that transaction commits. A rollback publishes nothing; a crash before the
 * send is repaired by {@link OutboxResubmission} on a surviving replica (ADR 0033).
 */
public class DomainEvents {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ApplicationEventPublisher publisher;
    private final EventsProperties properties;
    private final JsonMapper mapper;
    private final Clock clock;

    public DomainEvents(
            ApplicationEventPublisher publisher, EventsProperties properties, JsonMapper mapper, Clock clock) {
        this.publisher = publisher;
        this.properties = properties;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param name the short event name, appended to the service's type prefix
     * @param subject what the event is about: the CloudEvent subject and the Kafka record key, so
     *     the events of one subject stay in order (each service says which of its ids it uses)
     * @param data ids and facts only, never personal details
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CloudEvent publish(String name, UUID subject, Object data) {
        CloudEvent event = new CloudEvent(
                CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(),
                properties.source(),
                properties.typePrefix() + "." + name,
                subject.toString(),
                OffsetDateTime.now(clock),
                CloudEvent.JSON,
                mapper.convertValue(data, MAP));
        publisher.publishEvent(event);
        return event;
    }
}
