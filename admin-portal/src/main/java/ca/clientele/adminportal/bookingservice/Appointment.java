package ca.clientele.adminportal.bookingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appointment as booking-service shows it to staff: who, what, where, when, the pets (display
 * copies of their names), the lines priced, the status with its label, what the caller may do.
 */
public record Appointment(
        UUID id,
        Integer number,
        UUID clientId,
        String clientName,
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
        String notes,
        Instant cancelledAt,
        String cancelReason,
        boolean canCancel,
        boolean canMove,
        List<ReportCard> reportCards,
        long version) {

    public Appointment {
        petIds = petIds == null ? List.of() : List.copyOf(petIds);
        petNames = petNames == null ? List.of() : List.copyOf(petNames);
        lines = lines == null ? List.of() : List.copyOf(lines);
        reportCards = reportCards == null ? List.of() : List.copyOf(reportCards);
    }

    /** Still to be done: neither done, cancelled nor a no-show. */
    public boolean isOpen() {
        return "UNPAID".equals(status) || "CONFIRMED".equals(status);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }

    /** The pet's name as booked, or its id when the copy has none. */
    public String petName(UUID petId) {
        int index = petIds.indexOf(petId);
        return index >= 0 && index < petNames.size() ? petNames.get(index) : String.valueOf(petId);
    }

    /** The report card of that pet, if one was filled. */
    public ReportCard reportCard(UUID petId) {
        return reportCards.stream()
                .filter(card -> petId.equals(card.petId()))
                .findFirst()
                .orElse(null);
    }

    /** {@code status-completed}… for the badge's colour. */
    public String statusClass() {
        return "status-"
                + String.valueOf(status).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public record Line(String description, int quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable) {}
}
