package ca.clientele.ticket;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.ticket.v1",
                3,
                List.of("ticket_category"),
                List.of("/api/tickets/categories", "/api/tickets/statuses"));
    }
}
