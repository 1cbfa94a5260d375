package ca.clientele.registry.pet;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vaccination record as the API shows it, to the pet's owner and staff alike. {@code
 * vaccineLabel} is what a person reads, in the caller's language: the vaccine's name, or the other
 * name given for OTHER.
 */
record VaccinationView(
        UUID id,
        Vaccine vaccine,
        String vaccineLabel,
        String otherName,
        LocalDate givenOn,
        LocalDate validUntil,
        String clinic,
        UUID proofDocumentId,
        boolean verified,
        UUID verifiedBy,
        Instant verifiedAt,

        @Schema(description = "validUntil is today or later (in Quebec)")
        boolean current,

        long version) {

    static VaccinationView of(Vaccination vaccination, String label, LocalDate today) {
        VaccinationDetails details = vaccination.details();
        return new VaccinationView(
                vaccination.id(),
                details.vaccine(),
                details.vaccine() == Vaccine.OTHER ? details.otherName() : label,
                details.otherName(),
                details.givenOn(),
                details.validUntil(),
                details.clinic(),
                details.proofDocumentId(),
                vaccination.verified(),
                vaccination.verifiedBy(),
                vaccination.verifiedAt(),
                vaccination.isCurrent(today),
                vaccination.version());
    }
}
