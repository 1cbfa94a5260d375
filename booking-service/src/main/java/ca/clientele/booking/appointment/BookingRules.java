package ca.clientele.booking.appointment;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.pet.Pets;
import ca.clientele.booking.service.OfferedService;
import ca.clientele.booking.service.Place;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.booking.service.Vaccine;
import ca.clientele.booking.slot.Availability;
import ca.clientele.booking.slot.Slot;
import ca.clientele.booking.slot.SlotCheck;
import ca.clientele.booking.slot.SlotDay;
import ca.clientele.booking.slot.SlotFinder;
import ca.clientele.booking.slot.SlotProblem;
import ca.clientele.booking.slot.SlotQuery;
import ca.clientele.booking.slot.SlotRequest;
import ca.clientele.booking.staff.StaffDirectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a booking must satisfy before the database is asked for the time: a known, active service given at an open
 * branch, a known staff member, the client's own pets, an address for a home visit, the slot rules of the catalogue
 * ({@link Availability}: hours, closures, time off, area, notice) and the service's vaccines, current on the day of
 * the appointment. Whether the time is still free is not checked here: the exclusion constraint decides (ADR 0019).
 */
@Component
class BookingRules {

    static final int FREE_SLOTS = 6;

    private final ServiceCatalog services;
    private final BranchDirectory branches;
    private final StaffDirectory staff;
    private final Availability availability;
    private final SlotFinder slots;
    private final Pets pets;

    BookingRules(
            ServiceCatalog services,
            BranchDirectory branches,
            StaffDirectory staff,
            Availability availability,
            SlotFinder slots,
            Pets pets) {
        this.services = services;
        this.branches = branches;
        this.staff = staff;
        this.availability = availability;
        this.slots = slots;
        this.pets = pets;
    }

    /** The parts of a booking that stay the same for every occurrence and every move. */
    record Prepared(
            OfferedService service,
            BranchSchedule branch,
            UUID clientId,
            List<UUID> petIds,
            List<String> petNames,
            Location location) {

        BigDecimal latitude() {
            return location == null ? null : location.latitude();
        }

        BigDecimal longitude() {
            return location == null ? null : location.longitude();
        }

        String postalCode() {
            return location == null ? null : location.postalCode();
        }

        /** What billing prices: one line, the service's French name (invoices are French first), per pet or visit. */
        List<Line> lines() {
            int quantity = service.pricing().quantity(petIds.size());
            return List.of(new Line(
                    service.nameFr(), quantity, service.price(), service.amount(petIds.size()), service.taxable()));
        }
    }

    /** Every problem of the request found at once, so that the form shows them together; nothing is stored. */
    Prepared prepare(NewBooking request) {
        List<InvalidBookingInput.FieldProblem> problems = new ArrayList<>();
        OfferedService service = services.find(request.serviceId())
                .filter(OfferedService::active)
                .orElse(null);
        if (service == null) {
            problems.add(problem("serviceId", "booking.appointment.service.unknown"));
        }
        BranchSchedule branch =
                branches.find(request.branchId()).filter(BranchSchedule::active).orElse(null);
        if (branch == null || (service != null && !service.givenAt(branch.id()))) {
            problems.add(problem("branchId", "booking.appointment.branch.unknown"));
        }
        if (staff.find(request.staffId()).isEmpty()) {
            problems.add(problem("staffId", "booking.appointment.staff.unknown"));
        }
        if (!pets.notTheClients(request.clientId(), request.petIds()).isEmpty()) {
            problems.add(problem("petIds", "booking.appointment.pet.not-the-clients"));
        }
        Location location = null;
        if (service != null && service.place() == Place.HOME) {
            location = request.location();
            if (location == null) {
                problems.add(problem("location", "booking.appointment.location.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBookingInput("INVALID", problems, false);
        }
        return new Prepared(service, branch, request.clientId(), request.petIds(), request.petNames(), location);
    }

    /**
     * What an existing appointment would be with another service and other pets (staff changing it): the service
     * active, given at the appointment's branch and at the same place (a home visit keeps its address), the pets the
     * client's. Every problem at once; nothing is stored.
     */
    Prepared changed(Appointment appointment, AppointmentChange change) {
        List<InvalidBookingInput.FieldProblem> problems = new ArrayList<>();
        OfferedService service =
                services.find(change.serviceId()).filter(OfferedService::active).orElse(null);
        if (service == null || !service.givenAt(appointment.branchId())) {
            problems.add(problem("serviceId", "booking.appointment.change.service"));
        } else if (service.place() != appointment.place()) {
            problems.add(problem("serviceId", "booking.appointment.change.place"));
        }
        if (!pets.notTheClients(appointment.clientId(), change.petIds()).isEmpty()) {
            problems.add(problem("petIds", "booking.appointment.pet.not-the-clients"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBookingInput("INVALID", problems, false);
        }
        BranchSchedule branch =
                branches.find(appointment.branchId()).orElseThrow(() -> new IllegalStateException("Branch gone"));
        return new Prepared(
                service,
                branch,
                appointment.clientId(),
                change.petIds(),
                change.petNames(),
                Location.fromJson(appointment.locationJson()));
    }

    /** What an existing appointment was booked with, to move it. */
    Prepared prepared(Appointment appointment) {
        OfferedService service =
                services.find(appointment.serviceId()).orElseThrow(() -> new IllegalStateException("Service gone"));
        BranchSchedule branch =
                branches.find(appointment.branchId()).orElseThrow(() -> new IllegalStateException("Branch gone"));
        return new Prepared(
                service,
                branch,
                appointment.clientId(),
                appointment.petIds(),
                appointment.petNames(),
                Location.fromJson(appointment.locationJson()));
    }

    /**
     * The slot the appointment would occupy at {@code start} with this staff member: its end and its blocked range
     * (buffers and travel) as the catalogue computes them. Refused with the reason (the slot rules, or a vaccine
     * not current on that day).
     */
    Appointment.Slot slot(Prepared booking, UUID staffId, Instant start, UUID movingAppointmentId, boolean byStaff) {
        SlotCheck check = availability.check(new SlotRequest(
                booking.service().id(),
                booking.branch().id(),
                staffId,
                start,
                booking.petIds().size(),
                booking.latitude(),
                booking.longitude(),
                booking.postalCode(),
                byStaff,
                movingAppointmentId));
        if (!check.ok()) {
            SlotProblem problem = check.problemCode();
            throw new InvalidBookingInput(
                    problem.name(), List.of(problem(fieldOf(problem), problem.messageKey())), false);
        }
        LocalDate day = start.atZone(check.branchZone()).toLocalDate();
        requireVaccinations(booking, day);
        return new Appointment.Slot(
                staffId, start, check.end(), check.blockedFrom(), check.blockedUntil(), check.travelMinutes());
    }

    /**
     * Free slots of that day (the branch's), those from {@code around} on first: what to offer instead. The same staff
     * member's first (one schedule to compute: the answer of every loser of a race); every qualified staff member's
     * when that one has none left.
     */
    List<FreeSlot> freeSlots(Prepared booking, UUID staffId, Instant around, boolean byStaff) {
        List<FreeSlot> same =
                freeSlots(booking, staffId, around, byStaff, booking.branch().zone());
        return same.isEmpty()
                ? freeSlots(booking, null, around, byStaff, booking.branch().zone())
                : same;
    }

    private List<FreeSlot> freeSlots(Prepared booking, UUID staffId, Instant around, boolean byStaff, ZoneId zone) {
        LocalDate day = around.atZone(zone).toLocalDate();
        List<SlotDay> found;
        try {
            found = slots.search(new SlotQuery(
                    booking.service().id(),
                    booking.branch().id(),
                    day,
                    day,
                    booking.petIds().size(),
                    staffId,
                    booking.latitude(),
                    booking.longitude(),
                    booking.postalCode(),
                    byStaff));
        } catch (RuntimeException e) {
            return List.of(); // the answer is still "taken"; offering nothing beats failing
        }
        return found.stream()
                .flatMap(slotDay -> slotDay.slots().stream())
                .sorted(Comparator.comparing((Slot slot) -> slot.start().isBefore(around))
                        .thenComparing(Slot::start))
                .limit(FREE_SLOTS)
                .map(slot -> new FreeSlot(slot.start(), slot.end(), slot.staffId(), slot.staffName()))
                .toList();
    }

    private void requireVaccinations(Prepared booking, LocalDate day) {
        List<String> required = booking.service().requiredVaccines().stream()
                .sorted()
                .map(Vaccine::name)
                .toList();
        List<Pets.VaccineGap> gaps = pets.gaps(booking.petIds(), required, day);
        if (gaps.isEmpty()) {
            return;
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale());
        List<InvalidBookingInput.FieldProblem> problems = gaps.stream()
                .map(gap -> {
                    String petName = booking.petNames().get(booking.petIds().indexOf(gap.petId()));
                    var vaccine = new DefaultMessageSourceResolvable("booking.appointment.vaccine." + gap.vaccine());
                    return gap.lastValidUntil() == null
                            ? problem("petIds", "booking.appointment.vaccination.missing", petName, vaccine)
                            : problem(
                                    "petIds",
                                    "booking.appointment.vaccination.expired",
                                    petName,
                                    vaccine,
                                    dates.format(gap.lastValidUntil()));
                })
                .toList();
        throw new InvalidBookingInput("VACCINATION", problems, true);
    }

    private static String fieldOf(SlotProblem problem) {
        return switch (problem) {
            case NOT_QUALIFIED -> "staffId";
            case OUTSIDE_AREA -> "location";
            case SERVICE_INACTIVE -> "serviceId";
            default -> "start";
        };
    }

    private static InvalidBookingInput.FieldProblem problem(String field, String messageKey, Object... arguments) {
        return new InvalidBookingInput.FieldProblem(field, messageKey, arguments);
    }
}
