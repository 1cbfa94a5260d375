package ca.clientele.event.notification;

/** How a notification reaches its client. */
enum Channel {
    EMAIL,
    SMS
}
