package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.MontrealTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client record as the registry returns it to staff (docs/api/client-registry.md). Codes stay
 * strings so that a value added later still renders; {@code notes} only ever reach staff.
 */
record ClientDetails(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        String bio,
        String status,
        String statusReason,
        Instant statusChangedAt,
        String statusChangedBy,
        Address billingAddress,
        Address shippingAddress,
        BigDecimal latitude,
        BigDecimal longitude,
        String preferredBranchId,
        Discount discount,
        Options options,
        String notes,
        Instant createdAt,
        long version) {

    public String created() {
        return MontrealTime.format(createdAt);
    }

    public String statusChanged() {
        return statusChangedAt == null ? null : MontrealTime.format(statusChangedAt);
    }

    record Address(String line1, String line2, String city, String province, String postalCode, String country) {}

    record Discount(BigDecimal percent, LocalDate endsOn) {}

    record Options(boolean newsletter, boolean sms, boolean twoFactor) {}
}
