package ca.clientele.ticket.ticket;

import jakarta.validation.constraints.NotNull;

/** Close or reopen: the version the caller saw, so that a change made meanwhile is a 409. */
record VersionedRequest(@NotNull Long version) {}
