package ca.clientele.registry.pet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code pet-vaccinations-changed}: every record the pet has now, as facts booking checks
 * a required vaccine against (no clinic, no document, no other name).
 */
record PetVaccinationsChanged(UUID clientId, UUID petId, List<Fact> vaccinations, UUID changedBy) {

    record Fact(Vaccine vaccine, LocalDate validUntil, boolean verified) {}
}
