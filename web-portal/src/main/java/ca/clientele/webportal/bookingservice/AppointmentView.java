package ca.clientele.webportal.bookingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An appointment as its client may see it. Status stays a string with its label already in the
 * client's language (UNPAID "Non payé", CONFIRMED, COMPLETED, CANCELLED, NO_SHOW); {@code canCancel}
 * and {@code canMove} are the service's policy for this caller now (notice before the start);
 * {@code reportCards} are the ones staff shared with the client.
 */
public record AppointmentView(
        UUID id,
        int number,
        UUID clientId,
        UUID serviceId,
        String serviceName,
        String place,
        UUID branchId,
        String branchName,
        UUID staffId,
        String staffName,
        Instant start,
        Instant end,
        List<UUID> petIds,
        List<String> petNames,
        List<Line> lines,
        String status,
        String statusLabel,
        String orderNumber,
        String orderStatus,
        NewBooking.Location location,
        String notes,
        UUID seriesId,
        Instant cancelledAt,
        String cancelReason,
        boolean canCancel,
        boolean canMove,
        List<ReportCard> reportCards,
        long version) {

    public AppointmentView {
        petIds = petIds == null ? List.of() : petIds;
        petNames = petNames == null ? List.of() : petNames;
        lines = lines == null ? List.of() : lines;
        reportCards = reportCards == null ? List.of() : reportCards;
    }

    /** A priced line (a service for a pet, or for the visit). */
    public record Line(String description, int quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable) {}

    /**
     * A pet's visit report, written by staff when the visit was done: what was done, the nails,
     * behaviour, notes for next time, photos (documents the browser fetches through the gateway).
     */
    public record ReportCard(
            UUID petId,
            String petName,
            String done,
            String nails,
            String behaviour,
            String notesForNextTime,
            List<UUID> photoDocumentIds,
            boolean shared) {

        public ReportCard {
            photoDocumentIds = photoDocumentIds == null ? List.of() : photoDocumentIds;
        }

        public List<String> photoUrls() {
            return photoDocumentIds.stream()
                    .map(id -> "/api/documents/" + id + "/content")
                    .toList();
        }
    }

    public boolean home() {
        return "HOME".equals(place);
    }

    /** The total before taxes of the lines, null without lines. */
    public BigDecimal subtotal() {
        return lines.stream()
                .map(Line::amount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal::add)
                .orElse(null);
    }

    public boolean taxable() {
        return lines.stream().anyMatch(Line::taxable);
    }

    /** The pet's name as the appointment recorded it (the same position in petNames). */
    public String petName(UUID petId) {
        int index = petIds.indexOf(petId);
        return index >= 0 && index < petNames.size() ? petNames.get(index) : "";
    }

    /** The cards shared with the client, in the appointment's pet order. */
    public List<ReportCard> sharedCards() {
        return reportCards.stream()
                .filter(ReportCard::shared)
                .sorted(Comparator.comparingInt(card -> petIds.indexOf(card.petId())))
                .toList();
    }
}
