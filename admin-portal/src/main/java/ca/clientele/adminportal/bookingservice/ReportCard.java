package ca.clientele.adminportal.bookingservice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit's report for one pet: what was done, nails, behaviour, notes for next time, photos. */
public record ReportCard(
        UUID appointmentId,
        Instant appointmentStart,
        UUID petId,
        String petName,
        String done,
        String nails,
        String behaviour,
        String notesForNextTime,
        List<UUID> photoDocumentIds,
        boolean shared) {

    public ReportCard {
        photoDocumentIds = photoDocumentIds == null ? List.of() : List.copyOf(photoDocumentIds);
    }
}
