package ca.clientele.event;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;
import java.util.UUID;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        // The notification topic is the one this service will publish on; it creates it with those it reads.
        super(
                "clientele.notification.v1",
                3,
                List.of("timeline_entry", "processed_event", "notification", "notification_reminder"),
                List.of("/api/events?clientId=" + UUID.randomUUID(), "/api/events/notifications"));
    }
}
