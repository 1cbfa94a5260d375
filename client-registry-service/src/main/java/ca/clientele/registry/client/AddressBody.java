package ca.clientele.registry.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An address as the API reads and writes it:
 * {@code {line1, line2, city, province, postalCode, country}}. Province codes and postal codes
 * are accepted in any case and spacing, and answered normalised ({@code QC}, {@code H2X 1K4}).
 */
record AddressBody(
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,

        @NotBlank @Pattern(regexp = "(?i)(" + Province.CODES + ")", message = "{client.address.province.invalid}")
        String province,

        @NotBlank @CanadianPostalCode String postalCode,

        @Pattern(regexp = "(?i)CA", message = "{client.address.country.invalid}")
        String country) {

    static AddressBody of(Address address) {
        return address == null
                ? null
                : new AddressBody(
                        address.line1(),
                        address.line2(),
                        address.city(),
                        address.province().name(),
                        address.postalCode().value(),
                        Address.COUNTRY);
    }

    /** Only once validated. */
    Address toAddress() {
        return new Address(
                line1,
                line2,
                city,
                Province.valueOf(province.strip().toUpperCase(Locale.ROOT)),
                new PostalCode(postalCode));
    }
}
