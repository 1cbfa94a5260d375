package ca.clientele.adminportal.bookingservice;

import ca.clientele.adminportal.web.Fallback;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Section 4 of a client's page ("Rendez-vous"), read-only as the seed says: the upcoming
 * appointments (soonest first), the past ones (newest first; one under way is the first of them),
 * each with a link into the timesheet at its day, and the pets' report cards. Each degrades to a
 * notice when booking-service fails, so the rest of the client page still works.
 */
@Component
public class ClientAppointments {

    /** The most recent of each list; the timesheet has the rest. */
    static final int SIZE = 20;

    private final AppointmentClient appointments;

    ClientAppointments(AppointmentClient appointments) {
        this.appointments = appointments;
    }

    /** {@code appointmentsUpcoming}, {@code appointmentsPast}, {@code reportCards} or their {@code …Unavailable}. */
    public void fill(Model model, UUID clientId) {
        Fallback.intoModel(
                model,
                "appointmentsUpcoming",
                () -> appointments.search(clientId, null, null, null, null, "upcoming", 0, SIZE));
        Fallback.intoModel(
                model,
                "appointmentsPast",
                () -> appointments.search(clientId, null, null, null, null, "past", 0, SIZE));
        Fallback.intoModel(model, "reportCards", () -> appointments.reportCards(clientId, null));
    }
}
