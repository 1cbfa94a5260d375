package ca.clientele.registry.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/clients/{id}/email}. */
record EmailChange(
        @NotBlank @Email(message = "{client.email.invalid}") @Size(max = 254)
        String email,

        @NotNull @PositiveOrZero Long version) {}
