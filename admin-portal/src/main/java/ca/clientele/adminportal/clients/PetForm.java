package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.DisplayFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A pet's form, also the body of {@code POST .../pets} (no version: the pet is new) and of {@code
 * PUT .../pets/{petId}} (the whole description with the pet's version). The photo reference is not
 * edited here (the documents issue fills it) but goes back as it was, so an edit keeps it.
 */
record PetForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String species,
        @Size(max = 100) String breed,
        String sex,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        BigDecimal weightKg,
        Boolean neutered,
        String veterinarianName,
        String veterinarianPhone,
        String behaviourNotes,
        String medicalNotes,
        String photoReference,
        // A new pet has none, and the registry wants none sent rather than null.
        @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {

    static final List<String> SPECIES = List.of("DOG", "CAT", "RABBIT", "BIRD", "OTHER");
    static final List<String> SEXES = List.of("MALE", "FEMALE", "UNKNOWN");

    /** An empty add form: a dog of unknown sex until staff say otherwise. */
    static PetForm blank() {
        return new PetForm(null, "DOG", null, "UNKNOWN", null, null, null, null, null, null, null, null, null);
    }

    static PetForm of(Pet pet) {
        return new PetForm(
                pet.name(),
                pet.species(),
                pet.breed(),
                pet.sex(),
                pet.birthDate(),
                pet.weightKg(),
                pet.neutered(),
                pet.veterinarianName(),
                DisplayFormat.of(LocaleContextHolder.getLocale()).phone(pet.veterinarianPhone()),
                pet.behaviourNotes(),
                pet.medicalNotes(),
                pet.photoReference(),
                pet.version());
    }
}
