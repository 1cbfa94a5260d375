package ca.clientele.registry.photo;

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
class PhotoKafkaConfiguration {

    static final String DOCUMENT_TOPIC = "clientele.document.v1";

    private static final Logger log = LoggerFactory.getLogger(PhotoKafkaConfiguration.class);

    /**
     * The documents topic exists before the listener starts (same sizing as its producer's own
     * declaration), so the registry subscribes at once instead of after a metadata refresh.
     */
    @Bean
    KafkaAdmin.NewTopics documentTopic(
            @Value("${clientele.events.partitions:3}") int partitions,
            @Value("${clientele.events.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(DOCUMENT_TOPIC)
                .partitions(partitions)
                .replicas(replicas)
                .build());
    }

    /**
     * A failing record is retried twice (a database hiccup heals), then logged and skipped so that
     * one bad record never blocks a client's partition; an unreadable one is skipped at once.
     * Boot applies this handler to the listener container factory.
     */
    @Bean
    DefaultErrorHandler photoErrorHandler() {
        DefaultErrorHandler handler =
                new DefaultErrorHandler(PhotoKafkaConfiguration::skip, new FixedBackOff(1_000L, 2));
        handler.addNotRetryableExceptions(MalformedDocumentEventException.class);
        // Spring Kafka's own logs would print the record (its key is a client id); skip() says enough.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static void skip(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log.warn(
                "Skipped document event {}-{}@{}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                cause.getClass().getName());
    }
}
