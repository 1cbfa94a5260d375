package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.AppointmentClient;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Nouveau rendez-vous" from the timesheet: a client found in the registry (a phone client without
 * portal account too), 1 to 6 of their pets, a service, the staff member, the day and time in the
 * branch's time zone, notes. Domain rules (hours, vaccines, the slot still free) are booking-service's.
 */
record AppointmentForm(
        @NotNull UUID clientId,
        @NotEmpty @Size(max = 6) List<UUID> petIds,
        @NotNull UUID serviceId,
        @NotNull UUID branchId,
        @NotNull UUID staffId,
        @NotNull LocalDate date,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime time,

        @Size(max = 1000) String notes) {

    AppointmentForm {
        petIds = petIds == null ? List.of() : petIds;
    }

    /** Where the clicked cell was: that staff member, day and time, nothing else chosen yet. */
    static AppointmentForm at(UUID clientId, UUID branchId, UUID staffId, LocalDate date, LocalTime time) {
        return new AppointmentForm(clientId, List.of(), null, branchId, staffId, date, time, null);
    }

    /** The same with this service and these pets (a free slot chosen after a refusal keeps them). */
    AppointmentForm choosing(UUID service, List<UUID> pets) {
        return new AppointmentForm(clientId, pets, service, branchId, staffId, date, time, notes);
    }

    /** {@code location}: the visit's address for a home service, else null. */
    AppointmentClient.NewBooking toBooking(
            ZoneId zone, String clientName, List<String> petNames, AppointmentClient.Location location) {
        return new AppointmentClient.NewBooking(
                clientId,
                serviceId,
                branchId,
                staffId,
                date.atTime(time).atZone(zone).toInstant(),
                petIds,
                petNames,
                clientName,
                location,
                notes);
    }
}
