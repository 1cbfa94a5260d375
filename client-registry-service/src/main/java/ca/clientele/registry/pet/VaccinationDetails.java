package ca.clientele.registry.pet;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a vaccination record says, as the client or staff enter it. Texts are stripped (blank
 * means none); a listed vaccine drops any other name. The constructor refuses what no record can
 * be; the API validates the same limits first, with field messages.
 */
record VaccinationDetails(
        Vaccine vaccine,
        String otherName,
        LocalDate givenOn,
        LocalDate validUntil,
        String clinic,
        UUID proofDocumentId) {

    static final int MAX_OTHER_NAME = 100;
    static final int MAX_CLINIC = 200;

    VaccinationDetails {
        Objects.requireNonNull(vaccine, "vaccine");
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(validUntil, "validUntil");
        otherName = vaccine == Vaccine.OTHER ? clean(otherName, MAX_OTHER_NAME) : null;
        if (vaccine == Vaccine.OTHER && otherName == null) {
            throw new IllegalArgumentException("an OTHER vaccine is named");
        }
        if (validUntil.isBefore(givenOn)) {
            throw new IllegalArgumentException("a vaccine is valid from the day it was given");
        }
        clinic = clean(clinic, MAX_CLINIC);
    }

    private static String clean(String value, int max) {
        String cleaned = value == null || value.isBlank() ? null : value.strip();
        if (cleaned != null && cleaned.length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return cleaned;
    }
}
