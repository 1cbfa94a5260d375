package ca.clientele.booking.slot;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.service.OfferedService;
import ca.clientele.booking.service.Place;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.booking.staff.ExtraHours;
import ca.clientele.booking.staff.HomeArea;
import ca.clientele.booking.staff.StaffDirectory;
import ca.clientele.booking.staff.StaffProfile;
import ca.clientele.booking.staff.TimeOffPeriod;
import ca.clientele.booking.web.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots and the check of one start time (ADR 0018): a qualified staff member's weekly and extra hours at the
 * branch (cut to its opening hours in store), minus closures, time off and appointments with their buffers and travel,
 * on the slot grid of the branch's local time, within the minimum notice and (clients) the maximum advance.
 */
@Service
class SlotSearch implements SlotFinder, Availability {

    static final int MAX_DAYS = 31;
    static final int MAX_PETS = 6;

    private final ServiceCatalog services;
    private final BranchDirectory branches;
    private final StaffDirectory staff;
    private final ObjectProvider<BusyTimes> busyTimes;
    private final RecentCatalogue catalogue;
    private final BookingPolicy policy;
    private final Travel travel;
    private final Clock clock;

    SlotSearch(
            ServiceCatalog services,
            BranchDirectory branches,
            StaffDirectory staff,
            ObjectProvider<BusyTimes> busyTimes,
            RecentCatalogue catalogue,
            BookingPolicy policy,
            Clock clock) {
        this.catalogue = catalogue;
        this.services = services;
        this.branches = branches;
        this.staff = staff;
        this.busyTimes = busyTimes;
        this.policy = policy;
        this.travel = new Travel(policy.travel());
        this.clock = clock;
    }

    /**
     * Not in a transaction: the catalogue and the staff members' time off and extra hours come from
     * {@link RecentCatalogue}, the appointments from one plain query, so a JPA transaction would cost more (an entity
     * manager, BEGIN and COMMIT) than the search's own work. A search is
     * advice; the booking is checked in its transaction.
     */
    @Override
    public List<SlotDay> search(SlotQuery query) {
        Request request = validate(query);
        OfferedService service = request.service();
        BranchSchedule branch = request.branch();
        ZoneId zone = branch.zone();
        Instant rangeStart = Planner.startOfDay(query.from(), zone);
        Instant rangeEnd = Planner.startOfDay(query.to().plusDays(1), zone);
        Instant now = clock.instant();
        Instant earliest = now.plus(policy.minNotice());
        Instant latest = query.staff() ? null : now.plus(policy.maxAdvance());
        Set<LocalDate> closed = catalogue.closures(branch.id());
        DayPlan.Visit visit = request.visit();
        Duration duration = service.duration(query.pets());
        Grid grid = new Grid(zone, policy.slotStepMinutes(), earliest, latest);
        Duration bufferBefore = Duration.ofMinutes(service.bufferBeforeMinutes());
        // From the start to the end of the time it blocks: the appointment and the buffer after it.
        Duration blocked = duration.plusMinutes(service.bufferAfterMinutes());

        List<List<SlotDay.StaffStarts>> days = new ArrayList<>();
        List<Instant> midnights = new ArrayList<>();
        for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
            days.add(new ArrayList<>());
            midnights.add(Planner.startOfDay(date, zone));
        }
        midnights.add(rangeEnd);
        Instant[] dayStarts = midnights.toArray(Instant[]::new);
        long[] dayStartSeconds =
                midnights.stream().mapToLong(Instant::getEpochSecond).toArray();
        List<StaffProfile> qualified = qualified(service, query.staffId(), visit);
        List<UUID> ids = qualified.stream().map(StaffProfile::id).toList();
        Map<UUID, RecentCatalogue.StaffCalendar> calendars = catalogue.calendars(ids);
        Map<UUID, List<Busy>> busyTimes = busy(ids, rangeStart.minus(1, ChronoUnit.DAYS), rangeEnd, visit != null);
        for (StaffProfile member : qualified) {
            RecentCatalogue.StaffCalendar calendar = calendars.get(member.id());
            List<TimeOffPeriod> off = calendar.timeOff();
            List<ExtraHours> extra = calendar.extraHours();
            List<List<Busy>> busyByDay = byDay(busyTimes.getOrDefault(member.id(), List.of()), dayStartSeconds);
            int index = 0;
            for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1), index++) {
                if (closed.contains(date)) {
                    continue;
                }
                DayPlan plan = plan(
                        date,
                        dayStarts[index],
                        dayStarts[index + 1],
                        branch,
                        member,
                        off,
                        extra,
                        busyByDay.get(index),
                        service.place() == Place.IN_STORE);
                List<Instant> starts = visit == null
                        ? inStoreStarts(plan, bufferBefore, blocked, grid)
                        : homeVisitStarts(plan, service, duration, visit, grid);
                if (!starts.isEmpty()) {
                    days.get(index).add(new SlotDay.StaffStarts(member.id(), member.name(), starts));
                }
            }
        }
        List<SlotDay> result = new ArrayList<>(days.size());
        LocalDate date = query.from();
        for (List<SlotDay.StaffStarts> staffStarts : days) {
            result.add(new SlotDay(date, (int) duration.toMinutes(), staffStarts));
            date = date.plusDays(1);
        }
        return result;
    }

    /**
     * The starts a search may offer: on the grid of {@code step} minutes from the local midnight of {@code zone}, from
     * {@code earliest} (the minimum notice) up to {@code latest} (the maximum advance; none for staff).
     */
    private record Grid(ZoneId zone, long step, Instant earliest, Instant latest) {

        Instant first(Instant from) {
            return firstOnGrid(from.isBefore(earliest) ? earliest : from, zone, step);
        }

        Instant next(Instant start) {
            return start.plus(step, ChronoUnit.MINUTES);
        }

        boolean beforeLatest(Instant start) {
            return latest == null || !start.isAfter(latest);
        }
    }

    /**
     * In store, a start is free when its blocked time ({@code bufferBefore} before it, {@code blocked} from it) fits in
     * the day's free time: only those starts are listed, none judged one by one.
     */
    private static List<Instant> inStoreStarts(DayPlan plan, Duration bufferBefore, Duration blocked, Grid grid) {
        List<Instant> starts = new ArrayList<>();
        for (Interval free : plan.freeTime()) {
            for (Instant start = grid.first(free.from().plus(bufferBefore));
                    !start.plus(blocked).isAfter(free.to()) && grid.beforeLatest(start);
                    start = grid.next(start)) {
                starts.add(start);
            }
        }
        return starts;
    }

    /** A home visit's blocked time depends on the travel from the visit before it: each start on the grid is judged. */
    private static List<Instant> homeVisitStarts(
            DayPlan plan, OfferedService service, Duration duration, DayPlan.Visit visit, Grid grid) {
        List<Instant> starts = new ArrayList<>();
        for (Interval window : plan.windows()) {
            for (Instant start = grid.first(window.from());
                    !start.plus(duration).isAfter(window.to()) && grid.beforeLatest(start);
                    start = grid.next(start)) {
                DayPlan.Evaluation evaluation = plan.evaluate(
                        start, duration, service.bufferBeforeMinutes(), service.bufferAfterMinutes(), visit, true);
                if (evaluation.free()) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    @Override
    @Transactional(readOnly = true)
    public SlotCheck check(SlotRequest request) {
        OfferedService service = services.find(request.serviceId()).orElse(null);
        if (service == null || !service.active()) {
            return refused(SlotProblem.SERVICE_INACTIVE, null, null);
        }
        BranchSchedule branch = branches.find(request.branchId()).orElse(null);
        if (branch == null || !branch.active() || !service.givenAt(branch.id())) {
            return refused(SlotProblem.CLOSED, null, branch == null ? null : branch.zone());
        }
        ZoneId zone = branch.zone();
        int pets = Math.max(1, request.pets());
        Duration duration = service.duration(pets);
        Instant end = request.start().plus(duration);
        StaffProfile member = staff.find(request.staffId()).orElse(null);
        if (member == null || !member.active() || !service.staffIds().contains(member.id())) {
            return refused(SlotProblem.NOT_QUALIFIED, end, zone);
        }
        DayPlan.Visit visit = service.place() == Place.HOME
                ? new DayPlan.Visit(Travel.Point.of(request.latitude(), request.longitude()), request.postalCode())
                : null;
        if (visit != null && !covers(member.homeArea(), visit)) {
            return refused(SlotProblem.OUTSIDE_AREA, end, zone);
        }
        LocalDate date = request.start().atZone(zone).toLocalDate();
        Instant dayStart = Planner.startOfDay(date, zone);
        Instant dayEnd = Planner.startOfDay(date.plusDays(1), zone);
        List<TimeOffPeriod> off = staff.timeOff(member.id(), dayStart, dayEnd);
        List<ExtraHours> extra = staff.extraHours(member.id(), date, date);
        List<Busy> busy = busy(member.id(), dayStart, dayEnd, request.movingAppointmentId());
        DayPlan.Evaluation evaluation = plan(date, dayStart, dayEnd, branch, member, off, extra, busy, visit == null)
                .evaluate(
                        request.start(),
                        duration,
                        service.bufferBeforeMinutes(),
                        service.bufferAfterMinutes(),
                        visit,
                        false);
        Instant now = clock.instant();
        SlotProblem problem;
        if (request.start().isBefore(now.plus(policy.minNotice()))) {
            problem = SlotProblem.TOO_SOON;
        } else if (!request.staff() && request.start().isAfter(now.plus(policy.maxAdvance()))) {
            problem = SlotProblem.TOO_FAR;
        } else if (branches.closures(branch.id()).contains(date)) {
            problem = SlotProblem.CLOSED;
        } else {
            problem = evaluation.problem();
        }
        return new SlotCheck(
                problem == null,
                problem,
                evaluation.end(),
                evaluation.blockedFrom(),
                evaluation.blockedUntil(),
                evaluation.travelMinutes(),
                zone);
    }

    private static SlotCheck refused(SlotProblem problem, Instant end, ZoneId zone) {
        return new SlotCheck(false, problem, end, null, null, 0, zone);
    }

    /**
     * The day of a staff member, from {@code dayStart} to {@code dayEnd} (the date's first instant and the next date's in
     * the branch's zone); {@code busy}: the appointments whose blocked time touches the date, by start.
     */
    private DayPlan plan(
            LocalDate date,
            Instant dayStart,
            Instant dayEnd,
            BranchSchedule branch,
            StaffProfile member,
            List<TimeOffPeriod> off,
            List<ExtraHours> extra,
            List<Busy> busy,
            boolean inStore) {
        return new DayPlan(
                member,
                dayStart,
                Planner.windows(date, branch, member, extra, inStore),
                Planner.timeOff(off, dayStart, dayEnd),
                busy,
                travel);
    }

    /**
     * Each date's appointments, by start: those whose blocked time touches the date (an evening's buffer may reach past
     * midnight), sorted once rather than filtered again for every day. {@code dayStarts}: the epoch second of each
     * date's first instant in the branch's zone (always a whole second), then of the range's end; a day is found by
     * binary search, not by converting every appointment to the zone's local time.
     */
    static List<List<Busy>> byDay(List<Busy> busy, long[] dayStarts) {
        int days = dayStarts.length - 1;
        List<List<Busy>> byDay = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            byDay.add(new ArrayList<>());
        }
        for (Busy other : busy) {
            int first = Math.max(0, dayOf(other.blockedFrom(), dayStarts));
            int last = Math.min(days - 1, dayOf(other.blockedUntil().minusNanos(1), dayStarts));
            for (int day = first; day <= last; day++) {
                byDay.get(day).add(other);
            }
        }
        return byDay;
    }

    /**
     * The index of the day holding the instant: -1 before the first day, the number of days after the last. Its epoch
     * second (rounded down) is compared: a day starts on a whole second.
     */
    private static int dayOf(Instant instant, long[] dayStarts) {
        int found = Arrays.binarySearch(dayStarts, instant.getEpochSecond());
        return found >= 0 ? found : -found - 2;
    }

    /** The staff members' appointments (none without an appointments feature), each by start ({@link BusyTimes}). */
    private Map<UUID, List<Busy>> busy(List<UUID> staffIds, Instant from, Instant to, boolean places) {
        BusyTimes times = busyTimes.getIfAvailable();
        if (times == null || staffIds.isEmpty()) {
            return Map.of();
        }
        return times.busy(staffIds, from, to, places);
    }

    /** The staff member's appointments (none without an appointments feature), by start, less the one being moved. */
    private List<Busy> busy(UUID staffId, Instant from, Instant to, UUID moving) {
        BusyTimes times = busyTimes.getIfAvailable();
        if (times == null) {
            return List.of();
        }
        return times.busy(staffId, from, to).stream()
                .filter(other -> moving == null || !moving.equals(other.appointmentId()))
                .sorted(Comparator.comparing(Busy::start))
                .toList();
    }

    /** Active staff members giving the service (the one asked for, if any), covering the home address. */
    private List<StaffProfile> qualified(OfferedService service, UUID staffId, DayPlan.Visit visit) {
        Set<UUID> ids = staffId == null
                ? service.staffIds()
                : service.staffIds().contains(staffId) ? Set.of(staffId) : Set.of();
        return catalogue.staff(ids).stream()
                .filter(StaffProfile::active)
                .filter(member -> visit == null || covers(member.homeArea(), visit))
                .sorted(Comparator.comparing(StaffProfile::name))
                .toList();
    }

    /**
     * Whether a staff member goes to this address: no area set = anywhere; otherwise within the radius of the base
     * point or in one of the postal prefixes (a rule that cannot be judged, e.g. a radius without the visit's
     * coordinates, does not cover it).
     */
    static boolean covers(HomeArea area, DayPlan.Visit visit) {
        if (area == null) {
            return true;
        }
        Travel.Point base = Travel.Point.of(area.baseLatitude(), area.baseLongitude());
        if (area.radiusKm() != null
                && base != null
                && visit.point() != null
                && Travel.distanceKm(base, visit.point()) <= area.radiusKm().doubleValue()) {
            return true;
        }
        return area.coversPostalCode(visit.postalCode());
    }

    /** The first start at or after {@code from} on the grid of {@code step} minutes from local midnight. */
    static Instant firstOnGrid(Instant from, ZoneId zone, long step) {
        Instant minute = from.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(from)) {
            minute = minute.plus(1, ChronoUnit.MINUTES);
        }
        long remainder = (minute.atZone(zone).toLocalTime().toSecondOfDay() / 60) % step;
        return remainder == 0 ? minute : minute.plus(step - remainder, ChronoUnit.MINUTES);
    }

    /** The query checked field by field (400 naming each), with what it refers to. */
    private Request validate(SlotQuery query) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        OfferedService service = null;
        if (query.serviceId() == null) {
            problems.add(new InvalidInput.FieldProblem("serviceId", "booking.slot.required"));
        } else {
            service = catalogue
                    .service(query.serviceId())
                    .filter(OfferedService::active)
                    .orElse(null);
            if (service == null) {
                problems.add(new InvalidInput.FieldProblem("serviceId", "booking.slot.service.unknown"));
            }
        }
        BranchSchedule branch = null;
        if (query.branchId() == null) {
            problems.add(new InvalidInput.FieldProblem("branchId", "booking.slot.required"));
        } else {
            branch = catalogue
                    .branch(query.branchId())
                    .filter(found -> found.active() || query.staff())
                    .orElse(null);
            if (branch == null) {
                problems.add(new InvalidInput.FieldProblem("branchId", "booking.slot.branch.unknown"));
            } else if (service != null && !service.givenAt(branch.id())) {
                problems.add(new InvalidInput.FieldProblem("branchId", "booking.slot.branch.not-offered"));
            }
        }
        if (query.from() == null) {
            problems.add(new InvalidInput.FieldProblem("from", "booking.slot.required"));
        }
        if (query.to() == null) {
            problems.add(new InvalidInput.FieldProblem("to", "booking.slot.required"));
        } else if (query.from() != null && query.to().isBefore(query.from())) {
            problems.add(new InvalidInput.FieldProblem("to", "booking.range.order"));
        } else if (query.from() != null
                && query.from().plusDays(MAX_DAYS).isBefore(query.to().plusDays(1))) {
            problems.add(new InvalidInput.FieldProblem("to", "booking.slot.range.too-long"));
        }
        if (query.pets() < 1 || query.pets() > MAX_PETS) {
            problems.add(new InvalidInput.FieldProblem("pets", "booking.slot.pets.range"));
        }
        if ((query.latitude() == null) != (query.longitude() == null)) {
            problems.add(new InvalidInput.FieldProblem(
                    query.latitude() == null ? "latitude" : "longitude", "booking.slot.coordinates.both"));
        } else if (query.latitude() != null
                && (Math.abs(query.latitude().doubleValue()) > 90
                        || Math.abs(query.longitude().doubleValue()) > 180)) {
            problems.add(new InvalidInput.FieldProblem("latitude", "booking.slot.coordinates.range"));
        }
        DayPlan.Visit visit = null;
        if (service != null && service.place() == Place.HOME) {
            if (query.latitude() == null
                    && (query.postalCode() == null || query.postalCode().isBlank())) {
                problems.add(new InvalidInput.FieldProblem("postalCode", "booking.slot.address.required"));
            }
            visit = new DayPlan.Visit(Travel.Point.of(query.latitude(), query.longitude()), query.postalCode());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Request(service, branch, visit);
    }

    private record Request(OfferedService service, BranchSchedule branch, DayPlan.Visit visit) {}
}
