package ca.clientele.event.notification;

import ca.clientele.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the services' topics in its own consumer group (the timeline reads them in another), so a slow or failing
 * notification never holds the timeline back.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final NotificationTriggers triggers;

    NotificationListener(NotificationTriggers triggers) {
        this.triggers = triggers;
    }

    @KafkaListener(
            id = "notifications",
            groupId = "${clientele.notifications.consumer-group:event-service-notifications}",
            autoStartup = "${clientele.notifications.enabled:true}",
            topics = {
                "clientele.client.v1",
                "clientele.ticket.v1",
                "clientele.booking.v1",
                "clientele.billing.v1",
                "clientele.document.v1"
            })
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(record.value());
        } catch (RuntimeException notACloudEvent) {
            log.warn(
                    "Notifications skipped malformed record {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return;
        }
        if (event.subject() == null || event.id() == null || event.type() == null) {
            return;
        }
        triggers.on(event);
    }
}
