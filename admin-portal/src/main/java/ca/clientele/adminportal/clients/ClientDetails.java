package ca.clientele.adminportal.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A client record as the registry returns it to staff (docs/api/client-registry.md and its
 * addendum). Codes stay strings so that a value added later still renders; {@code notes} only
 * ever reach staff; {@code photoReference} is the id of the profile photo in the document-service.
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
        String statusChangedByName,
        Address billingAddress,
        Address shippingAddress,
        BigDecimal latitude,
        BigDecimal longitude,
        UUID preferredBranchId,
        Discount discount,
        Options options,
        String notes,
        String photoReference,
        Instant createdAt,
        long version) {

    ClientDetails {
        options = options == null ? new Options(false, false, false, "UNKNOWN") : options;
    }

    /** The client's full name (as a token gives it: given + family name), else the display name. */
    String fullName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? displayName : full;
    }

    /** "FM" for Francis Marceau: the avatar when there is no profile photo. */
    public String initials() {
        return initial(firstName) + initial(lastName);
    }

    private static String initial(String name) {
        return name == null || name.isBlank()
                ? ""
                : name.strip().substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** Who changed the status last: the name the registry stored, else the staff id. */
    public String statusChanger() {
        return statusChangedByName != null && !statusChangedByName.isBlank() ? statusChangedByName : statusChangedBy;
    }

    public boolean isBanned() {
        return "BANNED".equals(status);
    }

    record Address(String line1, String line2, String city, String province, String postalCode, String country) {}

    record Discount(BigDecimal percent, LocalDate endsOn) {}

    /** {@code twoFactorState} is read back from Keycloak: ON, PENDING, OFF, or UNKNOWN when unreachable. */
    record Options(boolean newsletter, boolean sms, boolean twoFactor, String twoFactorState) {

        Options {
            twoFactorState = twoFactorState == null ? "UNKNOWN" : twoFactorState;
        }
    }
}
