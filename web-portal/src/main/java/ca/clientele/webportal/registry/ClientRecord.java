package ca.clientele.webportal.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The signed-in client's record as the registry returns it. The portal shows these values, not the
 * token's claims: the registry is the source of truth once the record exists. Status stays a
 * string so that a status added later still renders. {@code photoReference} is the document of the
 * profile photo (the registry follows the document-service's events), null while initials stand in.
 *
 * {@code latitude}/{@code longitude} are the billing address's coordinates as staff or a geocoder
 * recorded them (null when unknown): "Services & Disponibilités" sends them to the slot search of a
 * home visit, with {@code preferredBranchId} to pick the branch whose staff come.
 *
 * <p>There is deliberately no field for the staff-only notes (nor the staff's discount and status
 * bookkeeping): even a registry that sent them by mistake could not get them onto a client's page.
 */
public record ClientRecord(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String status,
        Instant createdAt,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        String bio,
        UUID photoReference,
        Address billingAddress,
        Address shippingAddress,
        Options options,
        Long version,
        BigDecimal latitude,
        BigDecimal longitude,
        UUID preferredBranchId) {

    /** A postal address as the registry holds it (country is always CA for now). */
    public record Address(
            String line1, String line2, String city, String province, String postalCode, String country) {}

    /**
     * The client's communication and sign-in options. {@code twoFactorState} is what the registry
     * read back from Keycloak: OFF, PENDING (enrols at next sign-in), ON, or UNKNOWN (Keycloak did
     * not answer, so {@code twoFactor} cannot be trusted either).
     */
    public record Options(boolean newsletter, boolean sms, boolean twoFactor, String twoFactorState) {

        public String twoFactorStateOrDefault() {
            if (twoFactorState != null) {
                return twoFactorState;
            }
            return twoFactor ? "ON" : "OFF";
        }

        /** Only a known state may be changed: an unknown one would be overwritten blindly. */
        public boolean twoFactorKnown() {
            return !"UNKNOWN".equals(twoFactorStateOrDefault());
        }
    }

    /** The fields the dashboard needs; the rest unknown (tests, older registry answers). */
    public ClientRecord(
            UUID id,
            String firstName,
            String lastName,
            String displayName,
            String email,
            String status,
            Instant createdAt) {
        this(
                id,
                firstName,
                lastName,
                displayName,
                email,
                status,
                createdAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The version a form sends back; 0 for a record read without one (an older registry). */
    public long currentVersion() {
        return version == null ? 0 : version;
    }

    /** Options never stored read as all off (privacy by default). */
    public Options optionsOrDefault() {
        return options == null ? new Options(false, false, false, "OFF") : options;
    }

    /** Suspended and inactive clients still read and edit their account, but are told their status. */
    public boolean restricted() {
        return "SUSPENDED".equals(status) || "INACTIVE".equals(status);
    }

    /** "Bienvenue Francis": the first name, or the display name for a record without one. */
    public String greetingName() {
        return isBlank(firstName) ? displayName : firstName;
    }

    /** The profile photo's thumbnail, through the gateway from the document-service; null without a photo. */
    public String photoUrl() {
        return photoReference == null ? null : "/api/documents/" + photoReference + "/thumbnail";
    }

    /** The avatar without a profile photo: first letters of first and last name. */
    public String initials() {
        String initials = initial(firstName) + initial(lastName);
        return initials.isEmpty() ? initial(displayName) : initials;
    }

    private static String initial(String name) {
        return isBlank(name)
                ? ""
                : name.strip()
                        .substring(0, name.strip().offsetByCodePoints(0, 1))
                        .toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
