package ca.clientele.adminportal.bookingservice;

import java.time.Instant;
import java.util.UUID;

/** A staff member's unavailability (vacation, appointment…). */
public record TimeOff(UUID id, Instant starts, Instant ends, String reason) {}
