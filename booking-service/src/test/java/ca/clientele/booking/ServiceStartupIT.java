package ca.clientele.booking;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.booking.v1",
                9,
                List.of(
                        "branch",
                        "branch_hours",
                        "branch_closure",
                        "service",
                        "service_branch",
                        "service_vaccine",
                        "service_staff",
                        "staff_member",
                        "staff_hours",
                        "staff_time_off",
                        "staff_extra_hours",
                        "appointment",
                        "report_card",
                        "client_standing",
                        "pet",
                        "pet_vaccination",
                        "waitlist_entry"),
                List.of(
                        "/api/branches",
                        "/api/bookings/statuses",
                        "/api/services",
                        "/api/services/vaccines",
                        "/api/staff",
                        "/api/slots",
                        "/api/bookings?clientId=0b7d5a52-3c1e-4f4a-8a52-5d0c1f000009",
                        "/api/bookings/waitlist",
                        "/api/bookings/report-cards?clientId=0b7d5a52-3c1e-4f4a-8a52-5d0c1f000009"));
    }
}
