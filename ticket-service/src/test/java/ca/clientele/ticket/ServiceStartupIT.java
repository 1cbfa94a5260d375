package ca.clientele.ticket;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.ticket.v1",
                8,
                List.of(
                        "ticket_category",
                        "ticket",
                        "ticket_message",
                        "ticket_search_token",
                        "ticket_staff",
                        "client_standing",
                        "ticket_service_option",
                        "ticket_canned_reply",
                        "incident"),
                List.of(
                        "/api/tickets/categories",
                        "/api/tickets/statuses",
                        "/api/tickets/service-options",
                        "/api/tickets/canned-replies",
                        "/api/incidents"));
    }
}
