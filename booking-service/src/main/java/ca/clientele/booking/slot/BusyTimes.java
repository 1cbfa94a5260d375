package ca.clientele.booking.slot;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port through which slot search reads a staff member's appointments; the appointments feature implements it (its
 * table). Without an implementation nobody is busy (the catalogue alone, as before appointments existed).
 */
public interface BusyTimes {

    /** The staff member's live (not cancelled) appointments whose blocked range overlaps [from, to), by start. */
    List<Busy> busy(UUID staffId, Instant from, Instant to);

    /**
     * The same for several staff members at once, by staff member (each list by start): slot search asks for all the
     * qualified ones. This
     * default asks for each in turn; an implementation may read them in one query. Without {@code places} the
     * coordinates may be left out (null): an in-store search needs no travel, and reading them means decrypting each.
     */
    default Map<UUID, List<Busy>> busy(Collection<UUID> staffIds, Instant from, Instant to, boolean places) {
        Map<UUID, List<Busy>> busy = new HashMap<>();
        for (UUID staffId : staffIds) {
            busy.put(staffId, busy(staffId, from, to));
        }
        return busy;
    }
}
