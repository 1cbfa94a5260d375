package ca.clientele.booking.appointment;

import jakarta.validation.constraints.NotNull;

/** Complete or mark a no-show: the version the caller saw, so that a change made meanwhile is a 409. */
record VersionedRequest(@NotNull Long version) {}
