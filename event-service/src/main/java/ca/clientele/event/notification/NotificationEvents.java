package ca.clientele.event.notification;

import java.util.UUID;

/** The data of the events this service publishes on {@code clientele.notification.v1} (contract 2). */
final class NotificationEvents {

    static final String SENT = "notification-sent";
    static final String FAILED = "notification-failed";

    /** A notification left: its template, language and subject as sent, and what triggered it. No address. */
    record NotificationSent(
            UUID notificationId,
            Channel channel,
            String template,
            String language,
            String subject,
            String triggerEventId,
            String triggerType) {}

    /** A notification given up after its last attempt, and why (never an address or a name). */
    record NotificationFailed(
            UUID notificationId,
            Channel channel,
            String template,
            String language,
            String subject,
            String triggerEventId,
            String triggerType,
            String reason) {}

    private NotificationEvents() {}
}
