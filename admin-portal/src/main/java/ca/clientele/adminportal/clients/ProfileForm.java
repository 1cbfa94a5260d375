package ca.clientele.adminportal.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Identity and contact: also the body of {@code PUT /api/clients/{id}/profile}. */
record ProfileForm(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String displayName,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        @Size(max = 2000) String bio,
        Long version) {

    static ProfileForm of(ClientDetails client) {
        return new ProfileForm(
                client.firstName(),
                client.lastName(),
                client.displayName(),
                client.mobilePhone(),
                client.homePhone(),
                client.preferredLanguage(),
                client.bio(),
                client.version());
    }
}
