package ca.clientele.event.notification;

import ca.clientele.event.notification.TriggerCatalog.Param;
import ca.clientele.event.notification.TriggerCatalog.Trigger;
import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Turns an incoming event into queued notifications (and reminder rows), as {@link TriggerCatalog} says, in one
 * transaction with the consumer's ledger: a redelivered event is a no-op, and the unique key of a notification
 * stops a replay that the ledger no longer remembers.
 */
@Component
class NotificationTriggers {

    static final String CONSUMER = "notifications";
    static final String REMINDER_TEMPLATE = "appointment-reminder";

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggers.class);

    private final TriggerCatalog catalog;
    private final NotificationStore store;
    private final ProcessedEvents processed;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationTriggers(
            TriggerCatalog catalog,
            NotificationStore store,
            ProcessedEvents processed,
            NotificationProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.processed = processed;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many notifications were queued */
    @Transactional
    int on(ReceivedEvent event) {
        var triggers = catalog.triggersOf(event.type());
        if (triggers.isEmpty() || !processed.firstDelivery(CONSUMER, event.id())) {
            return 0;
        }
        Instant now = clock.instant();
        int queued = 0;
        for (Trigger trigger : triggers) {
            JsonNode data = event.data();
            if (data == null || !trigger.matches(data)) {
                continue;
            }
            Map<String, String> params = params(trigger, data);
            for (UUID recipient : recipients(trigger, event)) {
                for (Channel channel : trigger.template().channels()) {
                    if (store.enqueue(
                            event.id(), event.type(), trigger.template().name(), channel, recipient, params, now)) {
                        queued++;
                    }
                }
            }
            if (trigger.reminder() != null) {
                reminder(trigger, event, data, params);
            }
        }
        log.debug("Event {} ({}) queued {} notification(s)", event.id(), event.type(), queued);
        return queued;
    }

    private void reminder(Trigger trigger, ReceivedEvent event, JsonNode data, Map<String, String> params) {
        UUID appointment = UUID.fromString(data.get("appointmentId").asString());
        if (trigger.reminder() == TriggerCatalog.ReminderAction.CANCEL) {
            store.cancelReminder(appointment);
            return;
        }
        String start = params.get("start");
        if (start == null) {
            return;
        }
        Instant startsAt = OffsetDateTime.parse(start).toInstant();
        Duration lead = properties.reminderLead();
        store.scheduleReminder(appointment, UUID.fromString(event.subject()), startsAt, startsAt.minus(lead), params);
    }

    private static Set<UUID> recipients(Trigger trigger, ReceivedEvent event) {
        Set<UUID> ids = new LinkedHashSet<>();
        switch (trigger.recipients()) {
            case SUBJECT -> ids.add(UUID.fromString(event.subject()));
            case RECIPIENT_CLIENT_IDS -> {
                JsonNode list = event.data().get("recipientClientIds");
                if (list != null) {
                    list.forEach(id -> ids.add(UUID.fromString(id.asString())));
                }
            }
        }
        return ids;
    }

    /** The facts the template shows, raw (ISO dates, plain numbers); {@link NotificationRenderer} formats them. */
    static Map<String, String> params(Trigger trigger, JsonNode data) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Param param : trigger.params()) {
            JsonNode value = param.read(data);
            if (value != null && !value.isNull() && !value.isMissingNode()) {
                params.put(param.name(), value.asString());
                if (param.format() != null) {
                    params.put(param.name() + ".format", param.format());
                }
            }
        }
        return params;
    }
}
