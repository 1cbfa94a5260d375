package ca.clientele.registry.pet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of archive and restore (the pet's version) and of a vaccination's verify (the record's version). */
record PetVersion(@NotNull @PositiveOrZero Long version) {}
