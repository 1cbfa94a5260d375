package ca.clientele.registry.pet;

import java.util.UUID;

/** Data of {@code pet-added}, {@code pet-archived} and {@code pet-restored}: ids only. */
record PetEvent(UUID clientId, UUID petId, UUID changedBy) {}
