package ca.clientele.platform.observability;

import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every process adds to Boot's metrics and tracing (ADR 0035, names in docs/observability.md): the trace of a
 * request follows the work it hands to other threads, and a service with an outbox reports how many events are still
 * waiting to leave.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
public class ObservabilityAutoConfiguration {

    /** The outbox backlog gauge: publications not yet completed (Kafka unreachable, or events failing). */
    static final String OUTBOX_BACKLOG = "clientele.outbox.backlog";

    /**
     * Spring Modulith sends outbox events to Kafka on the application task executor once the transaction commits;
     * without this decorator that thread starts a new trace and the consumer's span is no child of the request.
     * Boot applies a single TaskDecorator bean to the executors it builds.
     */
    @Bean
    @ConditionalOnClass(ContextSnapshotFactory.class)
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    /**
     * Counted at each scrape (an indexed count on a table the outbox keeps small), so that every replica reports the
     * same figure: alert on the max across pods, not the sum.
     */
    @Bean
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnBean(JdbcTemplate.class)
    @ConditionalOnProperty("clientele.events.topic")
    MeterBinder outboxBacklog(JdbcTemplate jdbc) {
        return registry -> Gauge.builder(OUTBOX_BACKLOG, jdbc, ObservabilityAutoConfiguration::incomplete)
                .description("Outbox events recorded but not yet published to Kafka")
                .register(registry);
    }

    private static double incomplete(JdbcTemplate jdbc) {
        Long count =
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return count == null ? 0 : count;
    }
}
