package ca.clientele.registry.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of {@code PUT /api/clients/{id}/options}; {@code twoFactor} null leaves two-factor sign-in as it is. */
record OptionsChange(
        @NotNull Boolean newsletter,
        @NotNull Boolean sms,
        Boolean twoFactor,
        @NotNull @PositiveOrZero Long version) {}
