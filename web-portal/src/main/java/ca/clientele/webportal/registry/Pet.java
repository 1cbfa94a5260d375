package ca.clientele.webportal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One of the client's pets as the registry returns it. Species and sex stay strings (tolerant
 * reader). {@code photoReference} is set by the documents service; the portal only carries it back.
 */
public record Pet(
        UUID id,
        String name,
        String species,
        String breed,
        String sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        Boolean neutered,
        String veterinarianName,
        String veterinarianPhone,
        String behaviourNotes,
        String medicalNotes,
        String photoReference,
        boolean archived,
        long version) {}
