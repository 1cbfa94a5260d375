package ca.clientele.booking.branch;

import java.time.LocalDate;
import java.util.UUID;

/** A closure of a branch (a holiday). */
record ClosureView(UUID id, LocalDate date, String reason) {}
