package ca.clientele.adminportal.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A client's pet as the registry returns it; {@code photoReference} is filled by the documents issue. */
record Pet(
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
