package ca.clientele.registry.pet;

import ca.clientele.platform.web.CrossFieldRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST …/pets/{petId}/vaccinations} (no version: the record is new) and of {@code
 * PUT …/vaccinations/{id}} (the whole record again, with the version it was read at).
 */
@CrossFieldRules
record VaccinationBody(
        @NotNull Vaccine vaccine,

        @Schema(description = "The vaccine's name when vaccine is OTHER (required then); ignored otherwise")
        @Size(max = VaccinationDetails.MAX_OTHER_NAME)
        String otherName,

        // "Not after today in Quebec", the same rule as a pet's birth date.
        @NotNull @PossibleBirthDate(message = "{vaccination.given-on.future}")
        LocalDate givenOn,

        @NotNull LocalDate validUntil,
        @Size(max = VaccinationDetails.MAX_CLINIC) String clinic,

        @Schema(description = "The proof's document-service id (purpose VACCINATION_PROOF)")
        UUID proofDocumentId,

        // springdoc ignores validation groups and would call it required on add too.
        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "Absent when adding a record; on a change, required: the version it was read at")
        @Null(groups = PetBody.OnAdd.class, message = "{vaccination.version.unexpected}")
        @NotNull(groups = PetBody.OnChange.class)
        @PositiveOrZero
        Long version)
        implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        if (vaccine == Vaccine.OTHER && (otherName == null || otherName.isBlank())) {
            broken.add(new CrossFieldRules.Broken("otherName", "vaccination.other-name.required"));
        }
        if (givenOn != null && validUntil != null && validUntil.isBefore(givenOn)) {
            broken.add(new CrossFieldRules.Broken("validUntil", "vaccination.valid-until.before-given-on"));
        }
        return broken;
    }

    VaccinationDetails details() {
        return new VaccinationDetails(vaccine, otherName, givenOn, validUntil, clinic, proofDocumentId);
    }
}
