package ca.clientele.registry.pet;

import java.util.List;
import java.util.UUID;

/** Data of {@code pet-updated}: the NAMES of the changed fields, never their values. */
record PetUpdated(UUID clientId, UUID petId, List<String> changedFields, UUID changedBy) {}
