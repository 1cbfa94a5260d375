package ca.clientele.booking.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Staff members, their hours and exceptions, read by slot search and appointments (in-process port). */
public interface StaffDirectory {

    /** The staff member, active or not; empty when the id is unknown. */
    Optional<StaffProfile> find(UUID id);

    /** The known ones among these ids, in no particular order. */
    List<StaffProfile> findAll(Collection<UUID> ids);

    /** Time off of these staff members overlapping [from, to), by staff member (one query: slot search). */
    Map<UUID, List<TimeOffPeriod>> timeOff(Collection<UUID> staffIds, Instant from, Instant to);

    /** Extra hours of these staff members on the dates from..to (inclusive), by staff member (one query). */
    Map<UUID, List<ExtraHours>> extraHours(Collection<UUID> staffIds, LocalDate from, LocalDate to);

    /** Time off of a staff member overlapping [from, to). */
    List<TimeOffPeriod> timeOff(UUID staffId, Instant from, Instant to);

    /** Extra hours of a staff member on the dates from..to (inclusive). */
    List<ExtraHours> extraHours(UUID staffId, LocalDate from, LocalDate to);
}
