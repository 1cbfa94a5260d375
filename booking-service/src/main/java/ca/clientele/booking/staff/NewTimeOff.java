package ca.clientele.booking.staff;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Time off: from {@code starts} to {@code ends} (instants), at most a year at once. */
@CrossFieldRules
record NewTimeOff(
        @NotNull Instant starts,
        @NotNull Instant ends,
        @Size(max = 200) String reason) implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        if (starts == null || ends == null) {
            return List.of();
        }
        if (!starts.isBefore(ends)) {
            return List.of(new CrossFieldRules.Broken("ends", "booking.range.order"));
        }
        if (Duration.between(starts, ends).toDays() > 366) {
            return List.of(new CrossFieldRules.Broken("ends", "booking.staff.time-off.too-long"));
        }
        return List.of();
    }
}
