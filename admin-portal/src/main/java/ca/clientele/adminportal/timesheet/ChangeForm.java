package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.AppointmentClient;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Service et animaux": another service (same place, offered at the appointment's branch) and
 * other pets of the client, with the version the page showed. Time and staff member stay: the
 * "Déplacer" form changes those. booking-service checks the slot again (duration, qualification,
 * vaccinations, overlap) and refuses a price change once the appointment is paid.
 */
record ChangeForm(
        @NotNull UUID serviceId, @NotEmpty @Size(max = 6) List<UUID> petIds, long version) {

    /** A service to choose (id, name), as the form's select shows it. */
    record ServiceChoice(UUID id, String name) {}

    static ChangeForm of(Appointment appointment) {
        return new ChangeForm(appointment.serviceId(), appointment.petIds(), appointment.version());
    }

    /** {@code names}: each pet's name to show (the client's pets, or the appointment's copy). */
    AppointmentClient.Change toChange(Map<UUID, String> names) {
        List<String> petNames =
                petIds.stream().map(id -> names.getOrDefault(id, "")).toList();
        return new AppointmentClient.Change(serviceId, petIds, petNames, null, null, version);
    }
}
