package ca.clientele.registry.client;

import ca.clientele.registry.identity.TwoFactorState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A client record as a client reads it. Staff read {@link StaffClientView}, which adds the
 * staff-only fields; this record has no such field, so a client response can never carry one.
 * {@code photoReference} is the document id of the profile photo (its thumbnail is
 * {@code /api/documents/{photoReference}/thumbnail}), null while the initials stand in.
 */
record ClientView(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        String bio,
        UUID photoReference,
        ClientStatus status,
        String statusReason,
        Instant statusChangedAt,
        UUID statusChangedBy,
        String statusChangedByName,
        AddressBody billingAddress,
        AddressBody shippingAddress,
        BigDecimal latitude,
        BigDecimal longitude,
        UUID preferredBranchId,
        Discount discount,
        Options options,
        Instant createdAt,
        long version)
        implements ClientResponse {

    /**
     * The communication and sign-in options. {@code twoFactorState} is Keycloak's, read at most
     * 30 s before (ADR 0010); {@code twoFactor} is true when it is on or enrolment is pending.
     */
    record Options(boolean newsletter, boolean sms, boolean twoFactor, TwoFactorState twoFactorState) {}

    static ClientView of(Client client, TwoFactorState twoFactor) {
        PersonName name = client.name();
        Coordinates coordinates = client.coordinates();
        return new ClientView(
                client.id(),
                name.firstName(),
                name.lastName(),
                name.displayName(),
                client.email(),
                client.mobilePhone(),
                client.homePhone(),
                client.preferredLanguage(),
                client.bio(),
                client.photoReference(),
                client.status(),
                client.statusReason(),
                client.statusChangedAt(),
                client.statusChangedBy(),
                client.statusChangedByName(),
                AddressBody.of(client.billingAddress()),
                AddressBody.of(client.shippingAddress()),
                coordinates == null ? null : coordinates.latitude(),
                coordinates == null ? null : coordinates.longitude(),
                client.preferredBranchId(),
                client.discount(),
                new Options(client.newsletter(), client.sms(), twoFactor.isOn(), twoFactor),
                client.createdAt(),
                client.version());
    }
}
