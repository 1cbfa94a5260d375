package ca.clientele.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * In process, inside the cancelling or moving transaction: a cancelled or moved appointment freed this time of this
 * staff member for this service ({@code date} in the branch's zone). The waitlist offers it to the first in line.
 */
public record AppointmentFreed(
        UUID appointmentId, UUID clientId, UUID serviceId, UUID branchId, UUID staffId, Instant start, LocalDate date) {

    /** The time {@code appointment} held at {@code start} with {@code staffId}, now free. */
    static AppointmentFreed of(Appointment appointment, UUID staffId, Instant start, ZoneId zone) {
        return new AppointmentFreed(
                appointment.id(),
                appointment.clientId(),
                appointment.serviceId(),
                appointment.branchId(),
                staffId,
                start,
                start.atZone(zone).toLocalDate());
    }
}
