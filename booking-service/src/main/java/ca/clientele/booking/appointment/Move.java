package ca.clientele.booking.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** Another start (and maybe another staff member, same service, pets and place), from the version the caller saw. */
record Move(@NotNull Instant start, UUID staffId, @NotNull Long version) {}
