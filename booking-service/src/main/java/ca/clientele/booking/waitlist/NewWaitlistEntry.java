package ca.clientele.booking.waitlist;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "M'aviser si un créneau plus tôt se libère": a service, a branch or any, the pets, the dates acceptable. */
@CrossFieldRules
record NewWaitlistEntry(
        @NotNull UUID clientId,
        @NotNull UUID serviceId,
        UUID branchId,
        @NotEmpty @Size(max = 6) List<@NotNull UUID> petIds,
        @NotNull LocalDate earliest,
        @NotNull LocalDate latest)
        implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            return List.of(new CrossFieldRules.Broken("latest", "booking.waitlist.latest-before-earliest"));
        }
        return List.of();
    }
}
