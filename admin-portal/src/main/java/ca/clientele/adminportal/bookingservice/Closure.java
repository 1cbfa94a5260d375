package ca.clientele.adminportal.bookingservice;

import java.time.LocalDate;
import java.util.UUID;

/** A day the branch is closed (a holiday). */
public record Closure(UUID id, LocalDate date, String reason) {}
