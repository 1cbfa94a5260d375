package ca.clientele.booking.appointment;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.client.ClientBanned;
import ca.clientele.booking.slot.BookingPolicy;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling, completing and marking no-shows, each on the version the caller saw (409 when stale). A client cancels
 * their own appointment up to the cancellation notice before its start; staff at any time; the system when the
 * registry bans a client. Every cancellation says who, in which role, and how long before the start, and offers the
 * freed time to the waitlist (in process, same transaction).
 */
@Service
class AppointmentChanges {

    private final AppointmentRepository appointments;
    private final AppointmentEvents events;
    private final AppointmentViews views;
    private final BranchDirectory branches;
    private final BookingPolicy policy;
    private final ApplicationEventPublisher inProcess;
    private final Clock clock;

    AppointmentChanges(
            AppointmentRepository appointments,
            AppointmentEvents events,
            AppointmentViews views,
            BranchDirectory branches,
            BookingPolicy policy,
            ApplicationEventPublisher inProcess,
            Clock clock) {
        this.appointments = appointments;
        this.events = events;
        this.views = views;
        this.branches = branches;
        this.policy = policy;
        this.inProcess = inProcess;
        this.clock = clock;
    }

    @Transactional
    AppointmentView cancel(UUID id, Cancellation request, Caller caller, Locale locale) {
        Appointment appointment = current(id, request.version(), caller);
        Instant now = clock.instant();
        if (!caller.isStaff()
                && appointment.status().isLive()
                && appointment.noticeAt(now).compareTo(policy.cancelNotice()) < 0) {
            throw new TooLateException(policy.cancelNotice());
        }
        cancel(appointment, caller.id(), caller.isStaff() ? ActorRole.STAFF : ActorRole.CLIENT, request.reason(), now);
        return views.view(appointment, caller, locale);
    }

    @Transactional
    AppointmentView complete(UUID id, VersionedRequest request, Caller caller, Locale locale) {
        return settle(id, request, caller, locale, Appointment::complete, events::completed);
    }

    @Transactional
    AppointmentView noShow(UUID id, VersionedRequest request, Caller caller, Locale locale) {
        return settle(id, request, caller, locale, Appointment::noShow, events::noShow);
    }

    /** Staff say how a live appointment ended (done, or the client did not come), and the platform is told. */
    private AppointmentView settle(
            UUID id,
            VersionedRequest request,
            Caller caller,
            Locale locale,
            BiConsumer<Appointment, Instant> outcome,
            BiConsumer<Appointment, UUID> announce) {
        Appointment appointment = current(id, request.version(), caller);
        outcome.accept(appointment, clock.instant());
        appointments.saveAndFlush(appointment);
        announce.accept(appointment, caller.id());
        return views.view(appointment, caller, locale);
    }

    /**
     * A banned client keeps no future appointment: the system cancels them, in the transaction that recorded the ban
     * (a redelivered ban finds none left).
     */
    @EventListener
    void on(ClientBanned banned) {
        Instant now = clock.instant();
        List<Appointment> future = appointments.findByClientIdAndStartsAtAfterAndStatusIn(
                banned.clientId(), now, List.of(AppointmentStatus.UNPAID, AppointmentStatus.CONFIRMED));
        for (Appointment appointment : future) {
            cancel(appointment, banned.changedBy(), ActorRole.SYSTEM, null, now);
        }
    }

    private Appointment current(UUID id, long version, Caller caller) {
        Appointment appointment = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(appointment.clientId());
        if (!appointment.isAtVersion(version)) {
            throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
        }
        return appointment;
    }

    private void cancel(Appointment appointment, UUID by, ActorRole role, String reason, Instant now) {
        appointment.cancel(by, role, reason, now);
        appointments.saveAndFlush(appointment);
        events.cancelled(appointment, appointment.noticeAt(now).toMinutes());
        ZoneId zone =
                branches.find(appointment.branchId()).map(BranchSchedule::zone).orElse(ZoneId.of("America/Montreal"));
        inProcess.publishEvent(AppointmentFreed.of(appointment, appointment.staffId(), appointment.startsAt(), zone));
    }
}
