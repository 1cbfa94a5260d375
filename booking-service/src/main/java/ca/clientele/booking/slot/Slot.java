package ca.clientele.booking.slot;

import java.time.Instant;
import java.util.UUID;

/** A free slot: the appointment would run [start, end) with this staff member. */
public record Slot(Instant start, Instant end, UUID staffId, String staffName) {}
