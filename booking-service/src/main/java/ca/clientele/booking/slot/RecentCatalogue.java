package ca.clientele.booking.slot;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.catalogue.CatalogueChanged;
import ca.clientele.booking.service.OfferedService;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.booking.staff.ExtraHours;
import ca.clientele.booking.staff.StaffDirectory;
import ca.clientele.booking.staff.StaffProfile;
import ca.clientele.booking.staff.TimeOffPeriod;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalogue as slot search reads it: services, branches with their hours and closures, staff profiles with their
 * hours, time off and extra hours, kept for a few seconds ({@link BookingPolicy#catalogueCache()}). They change a few
 * times a week and every search reads them; a search showing a slot from a catalogue a few seconds old costs nothing,
 * because a booking is checked against fresh data ({@link SlotSearch#check}) and the database's exclusion constraint.
 * Appointments are never cached here: they change all day.
 */
@Component
class RecentCatalogue {

    private final ServiceCatalog services;
    private final BranchDirectory branches;
    private final StaffDirectory staff;
    private final Cache<UUID, Optional<OfferedService>> serviceCache;
    private final Cache<UUID, Optional<BranchSchedule>> branchCache;
    private final Cache<UUID, Optional<StaffProfile>> staffCache;
    private final Cache<UUID, Set<LocalDate>> closureCache;
    private final Cache<UUID, StaffCalendar> calendarCache;
    private final Clock clock;

    RecentCatalogue(
            ServiceCatalog services,
            BranchDirectory branches,
            StaffDirectory staff,
            BookingPolicy policy,
            Clock clock) {
        Duration keep = policy.catalogueCache();
        this.services = services;
        this.branches = branches;
        this.staff = staff;
        this.serviceCache = cache(keep);
        this.branchCache = cache(keep);
        this.staffCache = cache(keep);
        this.closureCache = cache(keep);
        this.calendarCache = cache(keep);
        this.clock = clock;
    }

    /** A change made here is seen by the next search, not a few seconds later. */
    @TransactionalEventListener
    void forget(CatalogueChanged change) {
        serviceCache.invalidateAll();
        branchCache.invalidateAll();
        staffCache.invalidateAll();
        closureCache.invalidateAll();
        calendarCache.invalidateAll();
    }

    private static <K, V> Cache<K, V> cache(Duration keep) {
        return Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
    }

    Optional<OfferedService> service(UUID id) {
        return serviceCache.get(id, services::find);
    }

    Optional<BranchSchedule> branch(UUID id) {
        return branchCache.get(id, branches::find);
    }

    Set<LocalDate> closures(UUID branchId) {
        return closureCache.get(branchId, branches::closures);
    }

    /** The known ones among these ids; the missing ones read in one query. */
    List<StaffProfile> staff(Collection<UUID> ids) {
        Map<UUID, Optional<StaffProfile>> found = staffCache.getAll(ids, missing -> {
            Map<UUID, Optional<StaffProfile>> loaded = new HashMap<>();
            missing.forEach(id -> loaded.put(id, Optional.empty()));
            staff.findAll(Set.copyOf(missing)).forEach(profile -> loaded.put(profile.id(), Optional.of(profile)));
            return loaded;
        });
        List<StaffProfile> profiles = new ArrayList<>(found.size());
        found.values().forEach(profile -> profile.ifPresent(profiles::add));
        return profiles;
    }

    /**
     * The staff members' time off and extra hours from {@link #CALENDAR_PAST} ago on (a search offers nothing in the
     * past); the missing ones read in two queries. A copy loaded before the clock went back (tests) is read again.
     */
    Map<UUID, StaffCalendar> calendars(Collection<UUID> ids) {
        Instant now = clock.instant();
        Instant since = now.minus(CALENDAR_PAST);
        Map<UUID, StaffCalendar> found = calendarCache.getAll(ids, missingIds -> {
            Set<UUID> missing = Set.copyOf(missingIds);
            Map<UUID, List<TimeOffPeriod>> timeOff = staff.timeOffSince(missing, since);
            Map<UUID, List<ExtraHours>> extraHours = staff.extraHoursSince(
                    missing, since.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1));
            Map<UUID, StaffCalendar> loaded = new HashMap<>();
            missing.forEach(id -> loaded.put(
                    id,
                    new StaffCalendar(
                            since, timeOff.getOrDefault(id, List.of()), extraHours.getOrDefault(id, List.of()))));
            return loaded;
        });
        Instant needed = now.minus(Duration.ofDays(1));
        if (found.values().stream().anyMatch(calendar -> calendar.since().isAfter(needed))) {
            calendarCache.invalidateAll(ids);
            return calendars(ids);
        }
        return found;
    }

    /** How far back a staff member's calendar is kept: well before any slot a search can offer. */
    static final Duration CALENDAR_PAST = Duration.ofDays(7);

    /** Time off (by start) and extra hours of a staff member from {@code since} on. */
    record StaffCalendar(Instant since, List<TimeOffPeriod> timeOff, List<ExtraHours> extraHours) {}
}
