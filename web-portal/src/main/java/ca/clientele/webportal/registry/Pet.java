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
        long version) {

    /**
     * The photo's thumbnail when {@code photoReference} names a document (older records may hold
     * free text from before the document-service: no photo then).
     */
    public String photoUrl() {
        if (photoReference == null) {
            return null;
        }
        try {
            return "/api/documents/" + UUID.fromString(photoReference) + "/thumbnail";
        } catch (IllegalArgumentException notADocumentId) {
            return null;
        }
    }
}
