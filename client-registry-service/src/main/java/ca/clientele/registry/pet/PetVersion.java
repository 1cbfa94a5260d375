package ca.clientele.registry.pet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of archive and restore: the version of the pet they were decided on. */
record PetVersion(@NotNull @PositiveOrZero Long version) {}
