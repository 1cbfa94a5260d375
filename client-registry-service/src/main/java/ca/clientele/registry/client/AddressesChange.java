package ca.clientele.registry.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of {@code PUT /api/clients/{id}/addresses}; a null address removes it. */
record AddressesChange(
        @Valid AddressBody billingAddress,
        @Valid AddressBody shippingAddress,
        @NotNull @PositiveOrZero Long version) {

    Address billing() {
        return billingAddress == null ? null : billingAddress.toAddress();
    }

    Address shipping() {
        return shippingAddress == null ? null : shippingAddress.toAddress();
    }
}
