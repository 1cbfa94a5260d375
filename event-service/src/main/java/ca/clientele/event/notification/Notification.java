package ca.clientele.event.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A row of the outbox of notifications; the recipient's address is never stored (fetched when sending). */
record Notification(
        UUID id,
        String triggerEventId,
        String triggerType,
        String template,
        Channel channel,
        UUID clientId,
        Map<String, String> params,
        NotificationState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String language,
        String subject,
        Instant createdAt,
        Instant sentAt) {}
