package ca.clientele.booking.branch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A branch address as typed; {@link #toAddress()} normalises it. */
record AddressInput(
        @NotBlank @Size(max = 120) String street,
        @NotBlank @Size(max = 80) String city,

        @NotNull
        @Pattern(regexp = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT", message = "{booking.branch.province.invalid}")
        String province,

        @NotNull @CanadianPostalCode String postalCode) {

    BranchAddress toAddress() {
        return new BranchAddress(street.strip(), city.strip(), province, new PostalCode(postalCode).value());
    }
}
