package ca.clientele.booking.appointment;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A booking: one client, one or more of their pets (with the names to show, in the same order: booking keeps a
 * display copy), a service at a branch with a staff member at a start time. {@code clientName}: staff bookings (a
 * client's comes from their token). {@code location}: home visits. {@code recurrence}: every N weeks, until a date or
 * N times, each occurrence its own appointment.
 */
@CrossFieldRules
record NewBooking(
        @NotNull UUID clientId,
        @NotNull UUID serviceId,
        @NotNull UUID branchId,
        @NotNull UUID staffId,
        @NotNull Instant start,
        @NotEmpty @Size(max = 6) List<@NotNull UUID> petIds,
        @NotEmpty @Size(max = 6) List<@NotBlank @Size(max = 60) String> petNames,
        @Size(max = 120) String clientName,
        @Valid Location location,
        @Size(max = 1000) String notes,
        @Valid Recurrence recurrence)
        implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        return petRules(petIds, petNames);
    }

    /** Each pet once, and one name per pet: a booking's rule, and a change's ({@link AppointmentChange}). */
    static List<CrossFieldRules.Broken> petRules(List<UUID> petIds, List<String> petNames) {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        if (petIds != null && new HashSet<>(petIds).size() != petIds.size()) {
            broken.add(new CrossFieldRules.Broken("petIds", "booking.appointment.pets.duplicate"));
        }
        if (petIds != null && petNames != null && petIds.size() != petNames.size()) {
            broken.add(new CrossFieldRules.Broken("petNames", "booking.appointment.pet-names.count"));
        }
        return broken;
    }

    /** Every {@code everyWeeks} weeks at the same local time, until a date (inclusive) or {@code count} times. */
    @CrossFieldRules
    record Recurrence(
            @NotNull @Min(1) @Max(12) Integer everyWeeks,
            LocalDate until,
            @Min(2) @Max(52) Integer count) implements CrossFieldRules.Checked {

        @Override
        public List<CrossFieldRules.Broken> brokenRules() {
            if ((until == null) == (count == null)) {
                return List.of(new CrossFieldRules.Broken("count", "booking.appointment.recurrence.until-or-count"));
            }
            return List.of();
        }
    }
}
