package ca.clientele.booking.staff;

import java.time.Instant;
import java.util.UUID;

/** A staff member's time off as staff read it. */
record TimeOffView(UUID id, Instant starts, Instant ends, String reason) {}
