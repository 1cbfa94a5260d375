package ca.clientele.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pet's report card of one appointment. {@code petName}: the appointment's display copy. */
record ReportCardView(
        UUID id,
        UUID appointmentId,
        Instant appointmentStart,
        UUID petId,
        String petName,
        String done,
        String nails,
        String behaviour,
        String notesForNextTime,
        List<UUID> photoDocumentIds,
        boolean shared,
        Instant sharedAt,
        Instant updatedAt,
        long version) {}
