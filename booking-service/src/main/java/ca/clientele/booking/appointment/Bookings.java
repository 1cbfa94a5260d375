package ca.clientele.booking.appointment;

import ca.clientele.booking.client.ClientStanding;
import ca.clientele.booking.client.ClientStandings;
import ca.clientele.booking.slot.BookingPolicy;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking and moving appointments. The rules are checked first ({@link BookingRules}); then the row is written in its
 * own transaction and the database decides whether the time is still free: a violation of the exclusion constraint
 * (SQLState 23P01) becomes "Ce créneau vient d'être pris" with the free slots left that day, computed after the
 * failed transaction. Each occurrence of a recurring booking is its own transaction: one taken occurrence is reported
 * and the others stay booked, except the first, whose refusal refuses the whole series (ADR 0019).
 */
@Service
class Bookings {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final int MAX_OCCURRENCES = 52;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AppointmentRepository appointments;
    private final BookingRules rules;
    private final ClientStandings standings;
    private final AppointmentEvents events;
    private final AppointmentViews views;
    private final BookingPolicy policy;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher inProcess;
    private final Clock clock;

    Bookings(
            AppointmentRepository appointments,
            BookingRules rules,
            ClientStandings standings,
            AppointmentEvents events,
            AppointmentViews views,
            BookingPolicy policy,
            MessageSource messages,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            ApplicationEventPublisher inProcess,
            Clock clock) {
        this.appointments = appointments;
        this.rules = rules;
        this.standings = standings;
        this.events = events;
        this.views = views;
        this.policy = policy;
        this.messages = messages;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.inProcess = inProcess;
        this.clock = clock;
    }

    /** One appointment. */
    AppointmentView book(NewBooking request, Caller caller, Locale locale) {
        BookingRules.Prepared booking = prepare(request, caller);
        Appointment appointment = bookOne(booking, request, request.start(), null, caller);
        return views.view(appointment, caller, locale);
    }

    /**
     * A recurring booking: every N weeks at the same local time (across daylight-saving changes), until a date or N
     * times. The first occurrence must be bookable, or nothing is; each later one is booked or reported.
     */
    SeriesView bookSeries(NewBooking request, Caller caller, Locale locale) {
        BookingRules.Prepared booking = prepare(request, caller);
        List<Instant> starts = occurrences(request.start(), request.recurrence(), booking);
        UUID seriesId = UUID.randomUUID();
        List<AppointmentView> booked = new ArrayList<>();
        List<SeriesView.Conflict> conflicts = new ArrayList<>();
        booked.add(views.view(bookOne(booking, request, starts.getFirst(), seriesId, caller), caller, locale));
        for (Instant start : starts.subList(1, starts.size())) {
            try {
                booked.add(views.view(bookOne(booking, request, start, seriesId, caller), caller, locale));
            } catch (SlotTakenException e) {
                conflicts.add(new SeriesView.Conflict(
                        start, "SLOT_TAKEN", messages.getMessage("booking.appointment.slot-taken", null, locale)));
            } catch (InvalidBookingInput e) {
                conflicts.add(new SeriesView.Conflict(start, e.reason(), message(e, locale)));
            }
        }
        return new SeriesView(seriesId, booked, conflicts);
    }

    /**
     * Another time (and maybe another staff member) for a live appointment. A client: their own, up to the
     * cancellation notice before its current start, and the new time follows the client's slot rules.
     */
    AppointmentView move(UUID id, Move request, Caller caller, Locale locale) {
        Appointment current = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(current.clientId());
        if (!current.isAtVersion(request.version())) {
            throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
        }
        if (!current.status().isLive()) {
            throw new AppointmentStateException(current.status());
        }
        boolean byStaff = caller.isStaff();
        if (!byStaff) {
            requireMayBook(current.clientId(), false);
            if (current.noticeAt(clock.instant()).compareTo(policy.cancelNotice()) < 0) {
                throw new TooLateException(policy.cancelNotice());
            }
        }
        BookingRules.Prepared booking = rules.prepared(current);
        UUID staffId = request.staffId() == null ? current.staffId() : request.staffId();
        Appointment.Slot to = rules.slot(booking, staffId, request.start(), id, byStaff);
        Appointment moved = claim(
                booking,
                to,
                byStaff,
                () -> transactions.execute(status -> {
                    Appointment appointment = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
                    if (!appointment.isAtVersion(request.version())) {
                        throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
                    }
                    Appointment.Slot from = appointment.move(to, clock.instant());
                    Appointment saved = appointments.saveAndFlush(appointment);
                    events.rescheduled(saved, from, caller.id(), byStaff ? ActorRole.STAFF : ActorRole.CLIENT);
                    // The old time is free again: the waitlist offers it as it would a cancelled one.
                    inProcess.publishEvent(AppointmentFreed.of(
                            saved,
                            from.staffId(),
                            from.start(),
                            booking.branch().zone()));
                    return saved;
                }));
        return views.view(moved, caller, locale);
    }

    /**
     * Staff change an appointment's service and pets (and maybe its time and staff member): the same slot rules,
     * vaccinations and no-overlap constraint as a booking, from the version they saw. A change of price is refused
     * once the appointment is paid (cancel and book again: the refund is billing's); billing reprices an unpaid
     * appointment's order from the event's lines.
     */
    AppointmentView change(UUID id, AppointmentChange request, Caller caller, Locale locale) {
        Appointment current = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (!current.isAtVersion(request.version())) {
            throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
        }
        if (!current.status().isLive()) {
            throw new AppointmentStateException(current.status());
        }
        BookingRules.Prepared booking = rules.changed(current, request);
        List<Line> lines = booking.lines();
        String linesJson = JSON.writeValueAsString(lines);
        List<Line> before = List.of(JSON.readValue(current.linesJson(), Line[].class));
        if (current.status() != AppointmentStatus.UNPAID && !samePrice(before, lines)) {
            throw new InvalidBookingInput(
                    "PAID",
                    List.of(new InvalidBookingInput.FieldProblem("serviceId", "booking.appointment.change.paid")),
                    true);
        }
        UUID staffId = request.staffId() == null ? current.staffId() : request.staffId();
        Instant start = request.start() == null ? current.startsAt() : request.start();
        Appointment.Slot to = rules.slot(booking, staffId, start, id, true);
        Appointment changed = claim(
                booking,
                to,
                true,
                () -> transactions.execute(status -> {
                    Appointment appointment = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
                    if (!appointment.isAtVersion(request.version())) {
                        throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
                    }
                    UUID serviceBefore = appointment.serviceId();
                    List<UUID> petsBefore = appointment.petIds();
                    Appointment.Slot from = appointment.change(
                            booking.service().id(),
                            booking.petIds(),
                            booking.petNames(),
                            linesJson,
                            to,
                            clock.instant());
                    Appointment saved = appointments.saveAndFlush(appointment);
                    events.changed(saved, serviceBefore, petsBefore, from, lines, caller.id());
                    if (!from.equals(saved.slot())) {
                        // The old time is free again, for the old service's waitlist.
                        inProcess.publishEvent(new AppointmentFreed(
                                saved.id(),
                                saved.clientId(),
                                serviceBefore,
                                saved.branchId(),
                                from.staffId(),
                                from.start(),
                                from.start().atZone(booking.branch().zone()).toLocalDate()));
                    }
                    return saved;
                }));
        return views.view(changed, caller, locale);
    }

    /** Same amounts to charge (a description alone does not change a price). */
    private static boolean samePrice(List<Line> before, List<Line> after) {
        return before.size() == after.size()
                && java.util.stream.IntStream.range(0, before.size()).allMatch(i -> {
                    Line a = before.get(i);
                    Line b = after.get(i);
                    return a.quantity() == b.quantity()
                            && a.unitPrice().compareTo(b.unitPrice()) == 0
                            && a.amount().compareTo(b.amount()) == 0
                            && a.taxable() == b.taxable();
                });
    }

    private BookingRules.Prepared prepare(NewBooking request, Caller caller) {
        caller.requireOwnOrStaff(request.clientId());
        requireMayBook(request.clientId(), caller.isStaff());
        return rules.prepare(request);
    }

    private void requireMayBook(UUID clientId, boolean byStaff) {
        ClientStanding standing = standings.of(clientId);
        if (!standing.mayBook()) {
            throw new AccountBlockedException(standing, byStaff);
        }
    }

    private Appointment bookOne(
            BookingRules.Prepared booking, NewBooking request, Instant start, UUID seriesId, Caller caller) {
        boolean byStaff = caller.isStaff();
        Appointment.Slot slot = rules.slot(booking, request.staffId(), start, null, byStaff);
        List<Line> lines = booking.lines();
        String clientName = clientName(request, caller);
        return claim(
                booking,
                slot,
                byStaff,
                () -> transactions.execute(status -> {
                    Appointment appointment = appointments.saveAndFlush(new Appointment(new Appointment.Booking(
                            nextNumber(),
                            booking.clientId(),
                            clientName,
                            booking.petIds(),
                            booking.petNames(),
                            booking.service().id(),
                            booking.service().place(),
                            booking.branch().id(),
                            slot,
                            booking.location() == null
                                    ? null
                                    : booking.location().toJson(),
                            request.notes(),
                            JSON.writeValueAsString(lines),
                            seriesId,
                            caller.id(),
                            byStaff ? ActorRole.STAFF : ActorRole.CLIENT,
                            clock.instant())));
                    events.booked(appointment, lines);
                    return appointment;
                }));
    }

    /**
     * Runs the write; when the database refuses the time (another live appointment of the staff member overlaps),
     * answers with the free slots of that day, read after the failed transaction.
     */
    private Appointment claim(
            BookingRules.Prepared booking, Appointment.Slot wanted, boolean byStaff, Supplier<Appointment> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (isSlotTaken(e)) {
                throw new SlotTakenException(rules.freeSlots(booking, wanted.staffId(), wanted.start(), byStaff));
            }
            throw e;
        }
    }

    static boolean isSlotTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A client's name comes from their token; staff say it, or the last booking's copy is kept. */
    private String clientName(NewBooking request, Caller caller) {
        if (!caller.isStaff()) {
            String name = ((caller.givenName() == null ? "" : caller.givenName()) + " "
                            + (caller.familyName() == null ? "" : caller.familyName()))
                    .strip();
            return name.isEmpty() ? null : name;
        }
        if (request.clientName() != null && !request.clientName().isBlank()) {
            return request.clientName();
        }
        return appointments
                .findFirstByClientIdAndClientNameIsNotNullOrderByCreatedAtDesc(request.clientId())
                .map(Appointment::clientName)
                .orElse(null);
    }

    private int nextNumber() {
        return jdbc.sql("select nextval('appointment_number_seq')")
                .query(Integer.class)
                .single();
    }

    /** The same local time in the branch's zone every N weeks (a DST change keeps 16:30 at 16:30). */
    private static List<Instant> occurrences(
            Instant first, NewBooking.Recurrence recurrence, BookingRules.Prepared booking) {
        ZonedDateTime start = first.atZone(booking.branch().zone());
        List<Instant> starts = new ArrayList<>();
        for (int n = 0; n < MAX_OCCURRENCES; n++) {
            ZonedDateTime occurrence = start.plusWeeks((long) n * recurrence.everyWeeks());
            LocalDate date = occurrence.toLocalDate();
            if (recurrence.count() != null ? n >= recurrence.count() : date.isAfter(recurrence.until())) {
                break;
            }
            starts.add(occurrence.toInstant());
        }
        if (starts.isEmpty()) {
            throw new InvalidBookingInput("recurrence.until", "booking.appointment.recurrence.until-before-start");
        }
        return starts;
    }

    private String message(InvalidBookingInput e, Locale locale) {
        return e.problems().stream()
                .map(problem -> messages.getMessage(problem.messageKey(), problem.arguments(), locale))
                .collect(Collectors.joining(" "));
    }
}
