package ca.clientele.booking.appointment;

import java.time.Instant;
import java.util.UUID;

/** A slot still free, offered instead of one just taken. */
record FreeSlot(Instant start, Instant end, UUID staffId, String staffName) {}
