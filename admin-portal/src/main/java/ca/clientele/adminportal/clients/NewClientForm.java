package ca.clientele.adminportal.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Nouveau client", a client who phoned: also the body of {@code POST /api/clients}. The registry
 * opens their Keycloak account without a password; an invitation lets them choose one later. The
 * display name may be left empty (the registry then uses "first last"); the registry checks the
 * phone and tells whether the e-mail is free.
 */
record NewClientForm(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        String mobilePhone,
        String preferredLanguage) {

    /** French unless the caller prefers English. */
    static NewClientForm blank() {
        return new NewClientForm(null, null, null, null, null, "fr");
    }
}
