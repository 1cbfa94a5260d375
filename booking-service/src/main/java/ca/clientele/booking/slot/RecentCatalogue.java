package ca.clientele.booking.slot;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.catalogue.CatalogueChanged;
import ca.clientele.booking.service.OfferedService;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.booking.staff.StaffDirectory;
import ca.clientele.booking.staff.StaffProfile;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
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
 * hours, kept for a few seconds ({@link BookingPolicy#catalogueCache()}). They change a few times a week and every
 * search reads them; a search showing a slot from a catalogue a few seconds old costs nothing, because a booking is
 * checked against fresh data ({@link SlotSearch#check}) and the database's exclusion constraint. Appointments, time
 * off and extra hours are never cached here: they change all day.
 */
@Component
class RecentCatalogue {

    private final ServiceCatalog services;
    private final BranchDirectory branches;
    private final StaffDirectory staff;
    private final Cache<UUID, Optional<OfferedService>> serviceCache;
    private final Cache<UUID, Optional<BranchSchedule>> branchCache;
    private final Cache<UUID, Optional<StaffProfile>> staffCache;
    private final Cache<ClosureKey, Set<LocalDate>> closureCache;

    RecentCatalogue(ServiceCatalog services, BranchDirectory branches, StaffDirectory staff, BookingPolicy policy) {
        Duration keep = policy.catalogueCache();
        this.services = services;
        this.branches = branches;
        this.staff = staff;
        this.serviceCache = cache(keep);
        this.branchCache = cache(keep);
        this.staffCache = cache(keep);
        this.closureCache = cache(keep);
    }

    /** A change made here is seen by the next search, not a few seconds later. */
    @TransactionalEventListener
    void forget(CatalogueChanged change) {
        serviceCache.invalidateAll();
        branchCache.invalidateAll();
        staffCache.invalidateAll();
        closureCache.invalidateAll();
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

    Set<LocalDate> closures(UUID branchId, LocalDate from, LocalDate to) {
        return closureCache.get(
                new ClosureKey(branchId, from, to), key -> branches.closures(key.branchId(), key.from(), key.to()));
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

    private record ClosureKey(UUID branchId, LocalDate from, LocalDate to) {}
}
