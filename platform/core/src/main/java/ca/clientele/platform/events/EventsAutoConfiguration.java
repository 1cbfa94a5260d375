package ca.clientele.platform.events;

import ca.clientele.platform.time.ClockAutoConfiguration;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox for services that publish ({@code clientele.events.topic} set) and the
 * CloudEvents externalization.
 */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, ClockAutoConfiguration.class})
@ConditionalOnClass({EventExternalizationConfiguration.class, JdbcTemplate.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnProperty("clientele.events.topic")
    DomainEvents domainEvents(
            ApplicationEventPublisher publisher, EventsProperties properties, JsonMapper mapper, Clock clock) {
        return new DomainEvents(publisher, properties, mapper, clock);
    }

    /**
     * Only our envelopes leave the service, as JSON bytes, keyed by their subject. The mapper is
     * looked up when the first event leaves, not here: Modulith builds this configuration while the
     * context is still being prepared, and a JsonMapper created that early misses every
     * {@code spring.jackson.*} property (unknown fields were then silently accepted).
     */
    @Bean
    @ConditionalOnProperty("clientele.events.topic")
    EventExternalizationConfiguration eventExternalization(
            EventsProperties properties, ObjectProvider<JsonMapper> mapper) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof CloudEvent)
                .route(
                        CloudEvent.class,
                        event -> RoutingTarget.forTarget(properties.topic()).andKey(event.subject()))
                .mapping(CloudEvent.class, event -> mapper.getObject().writeValueAsBytes(event))
                .build();
    }

    /** The service's own topic exists before its first event, so consumers can subscribe at once. */
    @Bean
    @ConditionalOnProperty("clientele.events.topic")
    NewTopic serviceTopic(EventsProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitionsOrDefault())
                .replicas(properties.replicasOrDefault())
                .build();
    }
}
