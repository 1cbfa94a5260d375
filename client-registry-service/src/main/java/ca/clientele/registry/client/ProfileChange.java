package ca.clientele.registry.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/clients/{id}/profile}. A blank display name defaults to "first last". */
record ProfileChange(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String displayName,
        @Phone String mobilePhone,
        @Phone String homePhone,

        @Pattern(regexp = "fr|en", message = "{client.language.invalid}")
        String preferredLanguage,

        @Size(max = 2000) String bio,
        @NotNull @PositiveOrZero Long version) {}
