package ca.clientele.booking.staff;

import ca.clientele.booking.catalogue.CatalogueChanged;
import ca.clientele.booking.web.InvalidInput;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members, their hours, services, home area and exceptions (time off, extra hours). */
@Service
class Staff implements StaffDirectory {

    private final StaffRepository staff;
    private final TimeOffRepository timeOff;
    private final ExtraHoursRepository extraHours;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;

    Staff(
            StaffRepository staff,
            TimeOffRepository timeOff,
            ExtraHoursRepository extraHours,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.staff = staff;
        this.timeOff = timeOff;
        this.extraHours = extraHours;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffProfile> find(UUID id) {
        return staff.findById(id).map(StaffMember::profile);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffProfile> findAll(Collection<UUID> ids) {
        return staff.findAllById(ids).stream().map(StaffMember::profile).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimeOffPeriod> timeOff(UUID staffId, Instant from, Instant to) {
        return timeOff.overlapping(staffId, from, to).stream()
                .map(TimeOff::period)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExtraHours> extraHours(UUID staffId, LocalDate from, LocalDate to) {
        return extraHours.between(staffId, from, to).stream()
                .map(ExtraHoursEntry::view)
                .toList();
    }

    @Override
    public Map<UUID, List<TimeOffPeriod>> timeOffSince(Collection<UUID> staffIds, Instant since) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        // Plain SQL with an array: a JPQL "in" over a list of varying length is planned again on every call, which
        // cost slot search more than its own work. No transaction either (one statement): for slot search, which
        // makes none, a read-only JPA transaction cost more than the query.
        return jdbc
                .sql("select staff_id, starts, ends from staff_time_off"
                        + " where staff_id = any(?) and ends > ? order by starts")
                .params(staffIds.toArray(UUID[]::new), Timestamp.from(since))
                .query((row, n) -> new StaffTimeOff(
                        row.getObject("staff_id", UUID.class),
                        row.getTimestamp("starts").toInstant(),
                        row.getTimestamp("ends").toInstant()))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        StaffTimeOff::staffId,
                        Collectors.mapping(
                                period -> new TimeOffPeriod(period.starts(), period.ends()), Collectors.toList())));
    }

    @Override
    public Map<UUID, List<ExtraHours>> extraHoursSince(Collection<UUID> staffIds, LocalDate since) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        record Row(UUID staffId, ExtraHours hours) {}
        return jdbc
                .sql("select id, staff_id, branch_id, date, starts, ends from staff_extra_hours"
                        + " where staff_id = any(?) and date >= ?")
                .params(staffIds.toArray(UUID[]::new), since)
                .query((row, n) -> new Row(
                        row.getObject("staff_id", UUID.class),
                        new ExtraHours(
                                row.getObject("id", UUID.class),
                                row.getObject("branch_id", UUID.class),
                                row.getObject("date", LocalDate.class),
                                row.getObject("starts", LocalTime.class),
                                row.getObject("ends", LocalTime.class))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::staffId, Collectors.mapping(Row::hours, Collectors.toList())));
    }

    @Transactional(readOnly = true)
    List<StaffView> list(boolean includeInactive, UUID serviceId) {
        List<StaffMember> found = includeInactive ? staff.findAllByOrderByName() : staff.findByActiveTrueOrderByName();
        return found.stream()
                .map(StaffMember::view)
                .filter(member -> serviceId == null || member.serviceIds().contains(serviceId))
                .toList();
    }

    @Transactional(readOnly = true)
    StaffView one(UUID id) {
        return member(id).view();
    }

    /** One record per Keycloak account: adding the same id twice is a 409. */
    @Transactional
    StaffView register(NewStaffMember request) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        if (staff.existsById(request.id())) {
            throw new DuplicateStaffMemberException();
        }
        return staff.saveAndFlush(StaffMember.register(request.id(), request.name(), request.email(), clock.instant()))
                .view();
    }

    /** A stale version is refused here; a race on the same version ends in Hibernate's versioned update (409). */
    @Transactional
    StaffView change(UUID id, StaffChanges changes) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        StaffMember member = member(id);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        unknown("serviceIds", "", changes.serviceIds(), Function.identity(), staff::knownServices, problems);
        unknown("hours", ".branchId", changes.hours(), WorkHoursInput::branchId, staff::knownBranches, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!member.isAtVersion(changes.version())) {
            throw new ObjectOptimisticLockingFailureException(StaffMember.class, id);
        }
        member.change(changes, clock.instant());
        return staff.saveAndFlush(member).view();
    }

    @Transactional(readOnly = true)
    List<TimeOffView> timeOff(UUID staffId) {
        member(staffId);
        return timeOff.findByStaff(staffId).stream().map(TimeOff::view).toList();
    }

    @Transactional
    TimeOffView addTimeOff(UUID staffId, NewTimeOff request) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        member(staffId);
        return timeOff.saveAndFlush(
                        new TimeOff(staffId, request.starts(), request.ends(), request.reason(), clock.instant()))
                .view();
    }

    @Transactional
    void removeTimeOff(UUID staffId, UUID timeOffId) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        timeOff.delete(timeOff.findOne(timeOffId, staffId).orElseThrow(ResourceNotFoundException::new));
    }

    @Transactional(readOnly = true)
    List<ExtraHours> extraHours(UUID staffId) {
        member(staffId);
        return extraHours.findByStaff(staffId).stream()
                .map(ExtraHoursEntry::view)
                .toList();
    }

    @Transactional
    ExtraHours addExtraHours(UUID staffId, NewExtraHours request) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        member(staffId);
        if (staff.knownBranches(List.of(request.branchId())).isEmpty()) {
            throw new InvalidInput("branchId", "booking.reference.unknown");
        }
        return extraHours
                .saveAndFlush(new ExtraHoursEntry(staffId, request, clock.instant()))
                .view();
    }

    @Transactional
    void removeExtraHours(UUID staffId, UUID extraHoursId) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        extraHours.delete(extraHours.findOne(extraHoursId, staffId).orElseThrow(ResourceNotFoundException::new));
    }

    private StaffMember member(UUID id) {
        return staff.findById(id).orElseThrow(ResourceNotFoundException::new);
    }

    /** Unknown ids are named by their position ({@code serviceIds[1]}, {@code hours[0].branchId}). */
    private static <T> void unknown(
            String field,
            String suffix,
            List<T> items,
            Function<T, UUID> id,
            Function<Collection<UUID>, List<UUID>> known,
            List<InvalidInput.FieldProblem> problems) {
        if (items.isEmpty()) {
            return;
        }
        Set<UUID> found = new HashSet<>(known.apply(items.stream().map(id).toList()));
        for (int i = 0; i < items.size(); i++) {
            if (!found.contains(id.apply(items.get(i)))) {
                problems.add(
                        new InvalidInput.FieldProblem(field + "[" + i + "]" + suffix, "booking.reference.unknown"));
            }
        }
    }
}
