package ca.clientele.billing.order;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/** Booking's topic, which orders follow, and how any failing record of billing's consumers is handled. */
@Configuration(proxyBeanMethods = false)
class BookingTopicConfiguration {

    static final String NAME = "clientele.booking.v1";
    private static final Logger log = LoggerFactory.getLogger(BookingTopicConfiguration.class);

    @Bean
    KafkaAdmin.NewTopics bookingTopic(
            @Value("${clientele.events.partitions:3}") int partitions,
            @Value("${clientele.events.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(new NewTopic[] {
            TopicBuilder.name(NAME).partitions(partitions).replicas(replicas).build()
        });
    }

    /**
     * A failing record is retried (a conflict with a concurrent payment passes on the next try), then skipped with
     * its position logged (never its payload), so one bad record does not block a partition.
     */
    @Bean
    DefaultErrorHandler billingEventsErrorHandler() {
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, failure) -> log.error(
                        "Skipped record {}-{}@{}: {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        failure.getClass().getName()),
                new FixedBackOff(1_000L, 4));
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }
}
