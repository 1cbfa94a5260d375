package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.AppointmentClient;
import jakarta.validation.constraints.Size;

/** "Annuler le rendez-vous": an optional reason (kept with the cancellation), the version shown. */
record CancelForm(@Size(max = 500) String reason, long version) {

    AppointmentClient.Cancel toCancel() {
        return new AppointmentClient.Cancel(reason, version);
    }
}
