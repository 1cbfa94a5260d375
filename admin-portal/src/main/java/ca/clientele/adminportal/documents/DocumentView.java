package ca.clientele.adminportal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A file as the document-service describes it. Codes stay strings so that a purpose added later
 * still renders ({@code purposeLabel} is already in the user's language); {@code name} is the
 * original name, for display only.
 */
record DocumentView(
        UUID id,
        UUID clientId,
        String purpose,
        String purposeLabel,
        String name,
        String contentType,
        long size,
        String visibility,
        UUID uploadedBy,
        boolean uploadedByStaff,
        Instant uploadedAt,
        boolean image,
        UUID submissionId,
        long version) {

    public boolean isClientVisible() {
        return "CLIENT_VISIBLE".equals(visibility);
    }

    /** The size's unit, {@code B}, {@code KB} or {@code MB} (messages {@code documents.size.<unit>}). */
    public String sizeUnit() {
        return size < 1024 ? "B" : size < 1024 * 1024 ? "KB" : "MB";
    }

    /** The size in {@link #sizeUnit()}, one decimal above bytes. */
    public BigDecimal sizeAmount() {
        return switch (sizeUnit()) {
            case "B" -> BigDecimal.valueOf(size);
            case "KB" -> BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP);
            default -> BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
        };
    }

    /** The visibility a click on the row's button gives. */
    public Visibility otherVisibility() {
        return isClientVisible() ? Visibility.STAFF_ONLY : Visibility.CLIENT_VISIBLE;
    }
}
