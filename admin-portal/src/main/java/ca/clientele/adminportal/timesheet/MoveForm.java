package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.AppointmentClient;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Déplacer": the new day, time (branch's time zone) and staff member of an appointment, with the
 * version it was shown with. The keyboard's way to do what dragging the block does (same post).
 */
record MoveForm(
        @NotNull LocalDate date,

        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime time,

        UUID staffId,
        long version) {

    static MoveForm of(Appointment appointment, ZoneId zone) {
        ZonedDateTime start = appointment.start().atZone(zone);
        return new MoveForm(start.toLocalDate(), start.toLocalTime(), appointment.staffId(), appointment.version());
    }

    AppointmentClient.Move toMove(ZoneId zone) {
        return new AppointmentClient.Move(date.atTime(time).atZone(zone).toInstant(), staffId, version);
    }
}
