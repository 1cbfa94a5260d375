package ca.clientele.event.timeline;

import java.util.List;

/**
 * The topics the timeline reads: one per publishing service (brief §5). An explicit list rather
 * than a pattern, so a new topic joins the timeline by a reviewed change, not by accident.
 */
final class TimelineTopics {

    static final String CLIENT = "clientele.client.v1";
    static final String TICKET = "clientele.ticket.v1";
    static final String BOOKING = "clientele.booking.v1";
    static final String BILLING = "clientele.billing.v1";
    static final String DOCUMENT = "clientele.document.v1";
    static final String NOTIFICATION = "clientele.notification.v1";

    static final List<String> ALL = List.of(CLIENT, TICKET, BOOKING, BILLING, DOCUMENT, NOTIFICATION);

    private TimelineTopics() {}
}
