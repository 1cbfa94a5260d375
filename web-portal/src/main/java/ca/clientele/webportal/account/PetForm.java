package ca.clientele.webportal.account;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.webportal.registry.Pet;
import ca.clientele.webportal.registry.RegistryClient.PetDetails;
import ca.clientele.webportal.registry.RegistryClient.PetUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The pet form of Mes animaux, for a new pet ({@code version} null) and for each of the client's
 * pets. A weight typed "4,5" or "4.5" and an ISO date are read by the kit; text that is neither is
 * refused next to its field without calling the registry. Every other rule is the registry's.
 */
record PetForm(
        String name,
        String species,
        String breed,
        String sex,
        @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
        BigDecimal weightKg,
        boolean neutered,
        String veterinarianName,
        String veterinarianPhone,
        String behaviourNotes,
        String medicalNotes,
        Long version) {

    static final List<String> SPECIES = List.of("DOG", "CAT", "RABBIT", "BIRD", "OTHER");
    static final List<String> SEXES = List.of("UNKNOWN", "FEMALE", "MALE");

    /** A new pet: a dog of unknown sex until the client says otherwise. */
    static PetForm blank() {
        return new PetForm(null, "DOG", null, "UNKNOWN", null, null, false, null, null, null, null, null);
    }

    static PetForm of(Pet pet, Locale locale) {
        return new PetForm(
                pet.name(),
                pet.species(),
                pet.breed(),
                pet.sex(),
                pet.birthDate(),
                pet.weightKg(),
                Boolean.TRUE.equals(pet.neutered()),
                pet.veterinarianName(),
                DisplayFormat.of(locale).phone(pet.veterinarianPhone()),
                pet.behaviourNotes(),
                pet.medicalNotes(),
                pet.version());
    }

    PetDetails toNewPet() {
        return details(null);
    }

    /** The whole pet; its photo reference is kept as stored (the client does not edit it here). */
    PetUpdate toUpdate(String storedPhotoReference) {
        return new PetUpdate(details(storedPhotoReference), version == null ? -1 : version);
    }

    private PetDetails details(String photoReference) {
        return new PetDetails(
                name,
                species,
                breed,
                sex,
                birthDate,
                weightKg,
                neutered,
                veterinarianName,
                veterinarianPhone,
                behaviourNotes,
                medicalNotes,
                photoReference);
    }
}
