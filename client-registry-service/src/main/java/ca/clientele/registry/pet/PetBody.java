package ca.clientele.registry.pet;

import ca.clientele.registry.client.Phone;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/clients/{id}/pets} (no version: the pet is new) and of {@code PUT
 * /api/clients/{id}/pets/{petId}} (the whole description again, with the version it was read at).
 */
record PetBody(
        @NotBlank @Size(max = PetDetails.MAX_NAME) String name,
        @NotNull Species species,
        @Size(max = PetDetails.MAX_NAME) String breed,
        Sex sex,
        @PossibleBirthDate LocalDate birthDate,

        @DecimalMin(value = "0", inclusive = false, message = "{pet.weight.invalid}")
        @DecimalMax(value = PetDetails.MAX_WEIGHT_KG, message = "{pet.weight.invalid}")
        @Digits(integer = 3, fraction = 1, message = "{pet.weight.invalid}")
        BigDecimal weightKg,

        Boolean neutered,
        @Size(max = PetDetails.MAX_NAME) String veterinarianName,

        @Size(max = PetDetails.MAX_PHONE) @Phone(extension = true, message = "{pet.veterinarian-phone.invalid}")
        String veterinarianPhone,

        @Size(max = PetDetails.MAX_NOTES) String behaviourNotes,
        @Size(max = PetDetails.MAX_NOTES) String medicalNotes,
        @Size(max = PetDetails.MAX_PHOTO_REFERENCE) String photoReference,

        // springdoc ignores validation groups and would call it required on add too.
        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "Absent when adding a pet; on a change, required: the version it was read at")
        @Null(groups = OnAdd.class, message = "{pet.version.unexpected}")
        @NotNull(groups = OnChange.class)
        @PositiveOrZero
        Long version) {

    /** Validation group of a new pet. */
    interface OnAdd {}

    /** Validation group of a change to an existing pet. */
    interface OnChange {}

    PetDetails details() {
        return new PetDetails(
                name,
                species,
                breed,
                sex,
                birthDate,
                weightKg,
                Boolean.TRUE.equals(neutered),
                veterinarianName,
                veterinarianPhone,
                behaviourNotes,
                medicalNotes,
                photoReference);
    }
}
