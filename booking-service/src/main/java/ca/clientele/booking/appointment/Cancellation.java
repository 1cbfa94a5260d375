package ca.clientele.booking.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why (optional, kept encrypted here, never in an event) and the version the caller saw. */
record Cancellation(@Size(max = 500) String reason, @NotNull Long version) {}
