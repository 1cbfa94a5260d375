package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A staff member's extra hours: one date at a branch, from a time to a time (the branch's clock).
 * That the end comes after the start is booking-service's rule (its 400 lands on {@code ends}).
 */
record ExtraHoursForm(
        @NotNull UUID branchId,
        @NotNull LocalDate date,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime starts,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime ends) {

    static ExtraHoursForm blank() {
        return new ExtraHoursForm(null, null, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    CatalogClient.NewExtraHours toExtraHours() {
        return new CatalogClient.NewExtraHours(branchId, date, starts, ends);
    }
}
