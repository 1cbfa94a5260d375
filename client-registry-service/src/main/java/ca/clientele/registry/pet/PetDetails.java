package ca.clientele.registry.pet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What describes a pet, as the owner or staff enter it. Texts are stripped (blank means none),
 * the sex defaults to UNKNOWN and the weight is kept to one decimal. The constructor refuses what
 * no pet can be; the API validates the same limits first, with field messages.
 */
record PetDetails(
        String name,
        Species species,
        String breed,
        Sex sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        boolean neutered,
        String veterinarianName,
        String veterinarianPhone,
        String behaviourNotes,
        String medicalNotes,
        String photoReference) {

    static final int MAX_NAME = 100;
    static final int MAX_NOTES = 2000;
    static final int MAX_PHONE = 40;
    static final int MAX_PHOTO_REFERENCE = 200;
    static final String MAX_WEIGHT_KG = "200.0";

    PetDetails {
        name = clean(name);
        if (name == null || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a pet's name is 1 to " + MAX_NAME + " characters");
        }
        Objects.requireNonNull(species, "species");
        breed = clean(breed, MAX_NAME, "breed");
        sex = sex == null ? Sex.UNKNOWN : sex;
        weightKg = weight(weightKg);
        veterinarianName = clean(veterinarianName, MAX_NAME, "veterinarianName");
        veterinarianPhone = clean(veterinarianPhone, MAX_PHONE, "veterinarianPhone");
        behaviourNotes = clean(behaviourNotes, MAX_NOTES, "behaviourNotes");
        medicalNotes = clean(medicalNotes, MAX_NOTES, "medicalNotes");
        photoReference = clean(photoReference, MAX_PHOTO_REFERENCE, "photoReference");
    }

    private static BigDecimal weight(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        if (kg.signum() <= 0
                || kg.compareTo(new BigDecimal(MAX_WEIGHT_KG)) > 0
                || kg.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("a pet weighs more than 0 and at most 200 kg, to 0.1 kg");
        }
        return kg.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static String clean(String value, int max, String field) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > max) {
            throw new IllegalArgumentException(field + " is at most " + max + " characters");
        }
        return cleaned;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
