package ca.clientele.booking.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A staff member's report on one pet: what was done, the nails' state (a code such as SHORT, LONG, SPLIT, OVERGROWN),
 * behaviour, notes for next time, up to six photos (document-service ids, uploaded with the client's id) and whether
 * the client sees it. {@code version}: null for the first save of the card, then the version read.
 */
record ReportCardInput(
        @Size(max = 2000) String done,

        @Pattern(regexp = "[A-Z_]{1,20}", message = "{booking.report-card.nails.pattern}")
        String nails,

        @Size(max = 2000) String behaviour,
        @Size(max = 2000) String notesForNextTime,
        @Size(max = 6) List<@NotNull UUID> photoDocumentIds,
        boolean shared,
        Long version) {}
