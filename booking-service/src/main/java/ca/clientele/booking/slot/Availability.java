package ca.clientele.booking.slot;

/**
 * Whether one start time can be booked (in-process port for appointments): hours, closures, time off, qualification,
 * home area, notice and advance. It does not look for overlapping appointments: the database's exclusion constraint
 * on the blocked ranges is the judge of that (ADR 0019).
 */
public interface Availability {

    SlotCheck check(SlotRequest request);
}
