package ca.clientele.platform.events;

import ca.clientele.platform.scheduling.SchedulerLockAutoConfiguration;
import ca.clientele.platform.time.ClockAutoConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.config.EventPublicationAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox repair job for services that publish (ADR 0033). Off with
 * {@code clientele.events.outbox.resubmission-enabled=false} (e.g. a JVM that only trains a start-up archive).
 */
@AutoConfiguration(
        after = {
            EventPublicationAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class,
            ClockAutoConfiguration.class,
            SchedulerLockAutoConfiguration.class
        })
@ConditionalOnClass({IncompleteEventPublications.class, JdbcTemplate.class})
@ConditionalOnProperty("clientele.events.topic")
@ConditionalOnProperty(name = "clientele.events.outbox.resubmission-enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxResubmissionAutoConfiguration {

    @Bean
    @ConditionalOnBean({IncompleteEventPublications.class, JdbcTemplate.class})
    OutboxResubmission outboxResubmission(
            IncompleteEventPublications publications, JdbcTemplate jdbc, OutboxProperties properties, Clock clock) {
        return new OutboxResubmission(publications, jdbc, properties, clock);
    }
}
