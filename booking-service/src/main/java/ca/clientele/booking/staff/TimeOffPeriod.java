package ca.clientele.booking.staff;

import java.time.Instant;

/** A staff member is unavailable in [starts, ends). */
public record TimeOffPeriod(Instant starts, Instant ends) {}
