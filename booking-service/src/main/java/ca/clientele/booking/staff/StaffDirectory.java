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

    /**
     * Time off of these staff members ending after {@code since}, by staff member, each list by start (one query: slot
     * search keeps them for a few seconds).
     */
    Map<UUID, List<TimeOffPeriod>> timeOffSince(Collection<UUID> staffIds, Instant since);

    /** Extra hours of these staff members on {@code since} and after, by staff member (one query). */
    Map<UUID, List<ExtraHours>> extraHoursSince(Collection<UUID> staffIds, LocalDate since);

    /** Time off of a staff member overlapping [from, to). */
    List<TimeOffPeriod> timeOff(UUID staffId, Instant from, Instant to);

    /** Extra hours of a staff member on the dates from..to (inclusive). */
    List<ExtraHours> extraHours(UUID staffId, LocalDate from, LocalDate to);
}
