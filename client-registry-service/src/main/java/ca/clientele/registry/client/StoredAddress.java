package ca.clientele.registry.client;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** How an {@link Address} is stored: every part encrypted (bytea), all null for "no address". */
@Embeddable
class StoredAddress {

    @Convert(converter = EncryptedStringConverter.class)
    private String line1;

    @Convert(converter = EncryptedStringConverter.class)
    private String line2;

    @Convert(converter = EncryptedStringConverter.class)
    private String city;

    @Convert(converter = EncryptedStringConverter.class)
    private String province;

    @Convert(converter = EncryptedStringConverter.class)
    private String postalCode;

    protected StoredAddress() {
        // for JPA
    }

    private StoredAddress(Address address) {
        line1 = address.line1();
        line2 = address.line2();
        city = address.city();
        province = address.province().name();
        postalCode = address.postalCode().value();
    }

    static StoredAddress of(Address address) {
        return address == null ? null : new StoredAddress(address);
    }

    Address toAddress() {
        return line1 == null
                ? null
                : new Address(line1, line2, city, Province.valueOf(province), new PostalCode(postalCode));
    }
}
