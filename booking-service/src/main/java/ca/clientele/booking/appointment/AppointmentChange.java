package ca.clientele.booking.appointment;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff change what an appointment is for: its service and its pets (with their names to show, in the same order),
 * and maybe its time and staff member at once ({@code start} / {@code staffId} absent: unchanged). Same client, branch
 * and place; the same slot rules and no-overlap constraint as a booking; from the version the caller saw.
 */
@CrossFieldRules
record AppointmentChange(
        @NotNull UUID serviceId,
        @NotEmpty @Size(max = 6) List<@NotNull UUID> petIds,
        @NotEmpty @Size(max = 6) List<@NotBlank @Size(max = 60) String> petNames,
        Instant start,
        UUID staffId,
        @NotNull Long version)
        implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        return NewBooking.petRules(petIds, petNames);
    }
}
