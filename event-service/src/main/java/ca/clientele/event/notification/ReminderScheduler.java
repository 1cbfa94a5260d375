package ca.clientele.event.notification;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due reminder rows (24 h before an appointment, see {@link NotificationTriggers}) into queued notifications
 * and deletes them in one transaction, rows locked {@code FOR UPDATE SKIP LOCKED}: a reminder survives restarts and
 * is queued once. Its trigger id names the appointment and its start, so a moved appointment gets a new reminder
 * and the same start never gets two. The row locks alone make replicas safe; the lease {@value #LOCK} (ADR 0033) only
 * spares the other replicas a query that would find every due row taken.
 */
@Component
class ReminderScheduler {

    static final String TRIGGER_TYPE = "appointment-reminder";
    static final String LOCK = "event-reminders";

    private final NotificationStore store;
    private final TriggerCatalog catalog;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderScheduler(
            NotificationStore store,
            TriggerCatalog catalog,
            NotificationProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${clientele.notifications.poll-interval:PT5S}",
            initialDelayString = "${clientele.notifications.poll-interval:PT5S}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1M")
    void queueDue() {
        if (properties.enabled()) {
            transaction.executeWithoutResult(status -> queueBatch());
        }
    }

    int queueBatch() {
        Instant now = clock.instant();
        var template = catalog.template(NotificationTriggers.REMINDER_TEMPLATE);
        var due = store.claimDueReminders(now, properties.batchSize());
        for (var reminder : due) {
            if (reminder.startsAt().isAfter(now)) {
                String trigger = "reminder:" + reminder.appointmentId() + ":" + reminder.startsAt();
                for (Channel channel : template.channels()) {
                    store.enqueue(
                            trigger,
                            TRIGGER_TYPE,
                            template.name(),
                            channel,
                            reminder.clientId(),
                            reminder.params(),
                            now);
                }
            }
            store.cancelReminder(reminder.appointmentId());
        }
        return due.size();
    }
}
