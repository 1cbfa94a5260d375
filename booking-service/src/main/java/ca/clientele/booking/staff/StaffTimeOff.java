package ca.clientele.booking.staff;

import java.time.Instant;
import java.util.UUID;

/** Whose time off and when, read without its (encrypted) reason. */
record StaffTimeOff(UUID staffId, Instant starts, Instant ends) {}
