package ca.clientele.booking.slot;

/** Why a start time cannot be booked ({@link Availability#check}). */
public enum SlotProblem {
    /** Outside the staff member's working hours (weekly or extra) or the branch's opening hours. */
    OUTSIDE_HOURS,
    /** The staff member is off then. */
    TIME_OFF,
    /** The staff member does not give this service (or is inactive, unknown). */
    NOT_QUALIFIED,
    /** The home address is outside the staff member's home-visit area. */
    OUTSIDE_AREA,
    /** Less than the minimum notice from now (or in the past). */
    TOO_SOON,
    /** Beyond the maximum advance booking (clients only). */
    TOO_FAR,
    /** The branch is closed that day (holiday), closed for good, unknown, or does not offer the service. */
    CLOSED,
    /** The service is unknown or inactive. */
    SERVICE_INACTIVE;

    public String messageKey() {
        return "booking.slot.problem." + name();
    }
}
