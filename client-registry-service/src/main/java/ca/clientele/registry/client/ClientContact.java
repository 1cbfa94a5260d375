package ca.clientele.registry.client;

import java.util.UUID;

/**
 * What another service needs to write to a client (contract 1 of the notifications): names,
 * e-mail, mobile phone in E.164, language, standing, newsletter and SMS consent, billing address.
 * Nothing staff-only (notes, discount, coordinates) and nothing the other services do not need.
 */
record ClientContact(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String phone,
        String language,
        ClientStatus status,
        boolean newsletter,
        boolean sms,
        AddressBody billingAddress) {

    static ClientContact of(Client client) {
        PersonName name = client.name();
        return new ClientContact(
                client.id(),
                name.firstName(),
                name.lastName(),
                name.displayName(),
                client.email(),
                client.mobilePhone(),
                client.preferredLanguage() == null ? "fr" : client.preferredLanguage(),
                client.status(),
                client.newsletter(),
                client.sms(),
                AddressBody.of(client.billingAddress()));
    }
}
