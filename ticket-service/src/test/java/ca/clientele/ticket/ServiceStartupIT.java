package ca.clientele.ticket;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.ticket.v1",
                4,
                List.of(
                        "ticket_category",
                        "ticket",
                        "ticket_message",
                        "ticket_search_token",
                        "ticket_staff",
                        "client_standing"),
                List.of("/api/tickets/categories", "/api/tickets/statuses"));
    }
}
