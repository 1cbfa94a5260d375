package ca.clientele.booking.slot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Port through which slot search reads a staff member's appointments; the appointments feature implements it (its
 * table). Without an implementation nobody is busy (the catalogue alone, as before appointments existed).
 */
public interface BusyTimes {

    /** The staff member's live (not cancelled) appointments whose blocked range overlaps [from, to), by start. */
    List<Busy> busy(UUID staffId, Instant from, Instant to);
}
