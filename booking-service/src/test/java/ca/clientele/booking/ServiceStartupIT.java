package ca.clientele.booking;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super("clientele.booking.v1", 3, List.of("branch"), List.of("/api/branches", "/api/bookings/statuses"));
    }
}
