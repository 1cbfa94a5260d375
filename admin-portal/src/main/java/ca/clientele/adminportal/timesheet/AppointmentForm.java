package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.AppointmentClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * "Nouveau rendez-vous" from the timesheet: a client found in the registry (a phone client without
 * portal account too), 1 to 6 of their pets, a service, the staff member, the day and time in the
 * branch's time zone, notes, and "Répéter" (every N weeks, N times or until a date: each occurrence
 * its own appointment, the ones booking-service could not book listed with why). Domain rules (hours, vaccines, the slot still free) are booking-service's.
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

        @Size(max = 1000) String notes,
        Boolean repeat,
        @Min(1) @Max(12) Integer everyWeeks,
        @Min(2) @Max(52) Integer count,
        LocalDate until) {

    AppointmentForm {
        petIds = petIds == null ? List.of() : petIds;
    }

    /** "Répéter": a series, each occurrence its own appointment. */
    boolean repeats() {
        return Boolean.TRUE.equals(repeat);
    }

    /** A series needs its frequency and either a count or an end date (not both). */
    void checkRecurrence(BindingResult binding) {
        if (!repeats()) {
            return;
        }
        if (everyWeeks == null && !binding.hasFieldErrors("everyWeeks")) {
            binding.rejectValue("everyWeeks", "timesheet.repeat.every.required");
        }
        if ((count == null) == (until == null)
                && !binding.hasFieldErrors("count")
                && !binding.hasFieldErrors("until")) {
            binding.rejectValue("count", "timesheet.repeat.count-or-until");
        }
        if (until != null && date != null && until.isBefore(date) && !binding.hasFieldErrors("until")) {
            binding.rejectValue("until", "timesheet.repeat.until-before");
        }
    }

    /** Where the clicked cell was: that staff member, day and time, nothing else chosen yet. */
    static AppointmentForm at(UUID clientId, UUID branchId, UUID staffId, LocalDate date, LocalTime time) {
        return new AppointmentForm(
                clientId, List.of(), null, branchId, staffId, date, time, null, false, null, null, null);
    }

    /** The same with this service and these pets (a free slot chosen after a refusal keeps them). */
    AppointmentForm choosing(UUID service, List<UUID> pets) {
        return new AppointmentForm(
                clientId, pets, service, branchId, staffId, date, time, notes, repeat, everyWeeks, count, until);
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
                notes,
                repeats() ? new AppointmentClient.Recurrence(everyWeeks, until, until == null ? count : null) : null);
    }
}
