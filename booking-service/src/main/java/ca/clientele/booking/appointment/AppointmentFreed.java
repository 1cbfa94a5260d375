package ca.clientele.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * In process, inside the cancelling transaction: a cancelled appointment freed this time of this staff member for this
 * service ({@code date} in the branch's zone). The waitlist offers it to the first in line.
 */
public record AppointmentFreed(
        UUID appointmentId,
        UUID clientId,
        UUID serviceId,
        UUID branchId,
        UUID staffId,
        Instant start,
        LocalDate date) {}
