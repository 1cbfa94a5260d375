package ca.clientele.registry.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/clients} (staff, a phone call): the record and its sign-in account. */
record NewClient(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String displayName,

        @NotBlank @Email(message = "{client.email.invalid}") @Size(max = 254)
        String email,

        @Phone String mobilePhone,

        @Pattern(regexp = "fr|en", message = "{client.language.invalid}")
        String preferredLanguage) {

    String language() {
        return preferredLanguage == null ? "fr" : preferredLanguage;
    }
}
