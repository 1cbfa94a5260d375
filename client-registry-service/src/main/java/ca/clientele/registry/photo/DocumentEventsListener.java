package ca.clientele.registry.photo;

import ca.clientele.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the documents service's topic; failures go to the error handler of {@link PhotoKafkaConfiguration}. */
@Component
class DocumentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(DocumentEventsListener.class);

    private final DocumentEvents events;

    DocumentEventsListener(DocumentEvents events) {
        this.events = events;
    }

    @KafkaListener(topics = PhotoKafkaConfiguration.DOCUMENT_TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(record.value());
        } catch (RuntimeException unreadable) {
            throw new MalformedDocumentEventException(
                    "not a CloudEvent: " + unreadable.getClass().getName());
        }
        if (DocumentEvents.concernsRegistry(event) && !events.apply(event)) {
            log.debug("Document event {} already applied", event.id());
        }
    }
}
