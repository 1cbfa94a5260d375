package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.platform.portal.DisplayFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A staff member's time off, from a day and time to a day and time (Montreal's clock), with a reason. */
record TimeOffForm(
        @NotNull LocalDate startsOn,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime startsAt,

        @NotNull LocalDate endsOn,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime endsAt,

        @Size(max = 200) String reason) {

    static TimeOffForm blank() {
        return new TimeOffForm(null, LocalTime.of(9, 0), null, LocalTime.of(17, 0), null);
    }

    CatalogClient.NewTimeOff toTimeOff() {
        return new CatalogClient.NewTimeOff(
                startsOn.atTime(startsAt).atZone(DisplayFormat.ZONE).toInstant(),
                endsOn.atTime(endsAt).atZone(DisplayFormat.ZONE).toInstant(),
                reason);
    }
}
