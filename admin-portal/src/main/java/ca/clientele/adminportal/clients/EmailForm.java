package ca.clientele.adminportal.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The e-mail, also the body of {@code PUT /api/clients/{id}/email}: Keycloak's changes too,
 * unverified, and Keycloak asks the client to verify it. An address already used by another client
 * comes back as a 409 naming the field, so it is said next to the input.
 */
record EmailForm(@NotBlank @Email @Size(max = 254) String email, Long version) {

    static EmailForm of(ClientDetails client) {
        return new EmailForm(client.email(), client.version());
    }
}
