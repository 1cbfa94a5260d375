package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.DisplayFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;

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

    /** Phones shown as people in Quebec write them ("514 555-0100"); the registry reads them back. */
    static ProfileForm of(ClientDetails client) {
        DisplayFormat format = DisplayFormat.of(LocaleContextHolder.getLocale());
        return new ProfileForm(
                client.firstName(),
                client.lastName(),
                client.displayName(),
                format.phone(client.mobilePhone()),
                format.phone(client.homePhone()),
                client.preferredLanguage(),
                client.bio(),
                client.version());
    }
}
