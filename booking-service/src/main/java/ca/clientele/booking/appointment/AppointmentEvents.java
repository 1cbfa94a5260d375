package ca.clientele.booking.appointment;

import ca.clientele.booking.service.Place;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.observability.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What appointments tell the rest of the platform, through the outbox, inside the caller's transaction (schemas in
 * docs/events). Ids, times, codes and prices only: no name, no address, no note, no reason typed by a person. The
 * subject of every event is the appointment's client, so a client's events stay in order. Bookings made and cancelled
 * are also counted, once committed ({@code clientele_bookings_booked_total}, {@code clientele_bookings_cancelled_total},
 * docs/observability.md).
 */
@Component
class AppointmentEvents {

    static final String CURRENCY = "CAD";

    private final DomainEvents events;
    private final Counter created;
    private final Counter cancelled;

    AppointmentEvents(DomainEvents events, MeterRegistry meters) {
        this.events = events;
        this.created = Counter.builder("clientele.bookings.booked")
                .description("Appointments booked (each one of a recurring series counts)")
                .register(meters);
        this.cancelled = Counter.builder("clientele.bookings.cancelled")
                .description("Appointments cancelled, by the client or by staff")
                .register(meters);
    }

    void booked(Appointment appointment, List<Line> lines) {
        AfterCommit.increment(created);
        events.publish(
                "appointment-booked",
                appointment.clientId(),
                new Booked(
                        appointment.id(),
                        appointment.clientId(),
                        appointment.number(),
                        appointment.seriesId(),
                        appointment.serviceId(),
                        appointment.branchId(),
                        appointment.staffId(),
                        appointment.startsAt(),
                        appointment.endsAt(),
                        appointment.place(),
                        appointment.petIds(),
                        lines,
                        CURRENCY,
                        appointment.bookedBy(),
                        appointment.bookedByRole()));
    }

    void rescheduled(Appointment appointment, Appointment.Slot from, UUID movedBy, ActorRole role) {
        events.publish(
                "appointment-rescheduled",
                appointment.clientId(),
                new Rescheduled(
                        appointment.id(),
                        appointment.clientId(),
                        When.of(from),
                        When.of(appointment.slot()),
                        movedBy,
                        role));
    }

    /** Staff changed the service and/or pets (and maybe the time): what it was and is, with the new priced lines. */
    void changed(
            Appointment appointment,
            UUID serviceBefore,
            List<UUID> petsBefore,
            Appointment.Slot from,
            List<Line> lines,
            UUID changedBy) {
        events.publish(
                "appointment-changed",
                appointment.clientId(),
                new Changed(
                        appointment.id(),
                        appointment.clientId(),
                        new What(serviceBefore, petsBefore, When.of(from)),
                        new What(appointment.serviceId(), appointment.petIds(), When.of(appointment.slot())),
                        lines,
                        CURRENCY,
                        changedBy,
                        ActorRole.STAFF));
    }

    void cancelled(Appointment appointment, long noticeMinutes) {
        AfterCommit.increment(cancelled);
        events.publish(
                "appointment-cancelled",
                appointment.clientId(),
                new Cancelled(
                        appointment.id(),
                        appointment.clientId(),
                        appointment.serviceId(),
                        appointment.branchId(),
                        appointment.staffId(),
                        appointment.startsAt(),
                        appointment.endsAt(),
                        appointment.cancelledAt(),
                        appointment.cancelledBy(),
                        appointment.cancelledByRole(),
                        appointment.cancelReason() != null,
                        noticeMinutes));
    }

    void completed(Appointment appointment, UUID completedBy) {
        events.publish(
                "appointment-completed",
                appointment.clientId(),
                new Completed(appointment.id(), appointment.clientId(), appointment.staffId(), completedBy));
    }

    void noShow(Appointment appointment, UUID markedBy) {
        events.publish(
                "appointment-no-show",
                appointment.clientId(),
                new NoShow(appointment.id(), appointment.clientId(), appointment.staffId(), markedBy));
    }

    void reportCardShared(Appointment appointment, UUID petId, UUID sharedBy) {
        events.publish(
                "report-card-shared",
                appointment.clientId(),
                new ReportCardShared(appointment.id(), appointment.clientId(), petId, sharedBy));
    }

    record Booked(
            UUID appointmentId,
            UUID clientId,
            int number,
            UUID seriesId,
            UUID serviceId,
            UUID branchId,
            UUID staffId,
            Instant start,
            Instant end,
            Place place,
            List<UUID> petIds,
            List<Line> lines,
            String currency,
            UUID bookedBy,
            ActorRole byRole) {}

    record When(Instant start, Instant end, UUID staffId) {

        static When of(Appointment.Slot slot) {
            return new When(slot.start(), slot.end(), slot.staffId());
        }
    }

    record What(UUID serviceId, List<UUID> petIds, When when) {}

    record Changed(
            UUID appointmentId,
            UUID clientId,
            What from,
            What to,
            List<Line> lines,
            String currency,
            UUID changedBy,
            ActorRole byRole) {}

    record Rescheduled(UUID appointmentId, UUID clientId, When from, When to, UUID movedBy, ActorRole byRole) {}

    /**
     * {@code reason} is whether a reason was given, not the reason (typed by a person, it stays encrypted here);
     * {@code noticeMinutes} is how long before the start it was cancelled (negative once started).
     */
    record Cancelled(
            UUID appointmentId,
            UUID clientId,
            UUID serviceId,
            UUID branchId,
            UUID staffId,
            Instant start,
            Instant end,
            Instant cancelledAt,
            UUID cancelledBy,
            ActorRole byRole,
            boolean reasonGiven,
            long noticeMinutes) {}

    record Completed(UUID appointmentId, UUID clientId, UUID staffId, UUID completedBy) {}

    record NoShow(UUID appointmentId, UUID clientId, UUID staffId, UUID markedBy) {}

    record ReportCardShared(UUID appointmentId, UUID clientId, UUID petId, UUID sharedBy) {}
}
