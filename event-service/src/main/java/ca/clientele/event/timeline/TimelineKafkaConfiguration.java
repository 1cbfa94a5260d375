package ca.clientele.event.timeline;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

@Configuration(proxyBeanMethods = false)
class TimelineKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TimelineKafkaConfiguration.class);

    /**
     * Every topic the timeline reads exists before the listener starts, so it subscribes to all of
     * them at once instead of waiting for a producer's first event and a metadata refresh. Same
     * sizing as the producers' own declaration (3 partitions locally).
     */
    @Bean
    KafkaAdmin.NewTopics timelineTopics(
            @Value("${clientele.events.partitions:3}") int partitions,
            @Value("${clientele.events.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(TimelineTopics.ALL.stream()
                .map(name -> TopicBuilder.name(name)
                        .partitions(partitions)
                        .replicas(replicas)
                        .build())
                .toArray(NewTopic[]::new));
    }

    /**
     * A failing record is retried twice (a database hiccup heals), then logged and skipped so one
     * bad record never blocks a client's partition. A malformed record is skipped at once.
     * Boot applies this handler to the listener container factory.
     */
    @Bean
    DefaultErrorHandler timelineErrorHandler() {
        DefaultErrorHandler handler =
                new DefaultErrorHandler(TimelineKafkaConfiguration::skip, new FixedBackOff(1_000L, 2));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        // Spring Kafka's own failure logs print the record (its key is a client id) and exception
        // messages that may quote the payload; skip() logs what an operator needs instead.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static void skip(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = rootCause(failure);
        if (cause instanceof MalformedEventException malformed) {
            skipMalformed(record, malformed);
        } else {
            log.error(
                    "Skipped record {}-{}@{} after retries: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    cause.getClass().getName());
        }
    }

    /** What an operator needs of a skipped malformed record: where it is and why, never its content. */
    static void skipMalformed(ConsumerRecord<?, ?> record, MalformedEventException malformed) {
        log.warn(
                "Skipped malformed record {}-{}@{}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                malformed.getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
