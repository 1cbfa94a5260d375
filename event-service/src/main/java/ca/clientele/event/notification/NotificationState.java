package ca.clientele.event.notification;

/**
 * QUEUED until sent; SENT once; FAILED after the last attempt (staff may requeue it); SKIPPED when the client's
 * options or standing exclude it (no SMS consent or no mobile phone, a banned client and a notice not legally
 * required, an unknown client).
 */
enum NotificationState {
    QUEUED,
    SENT,
    FAILED,
    SKIPPED
}
