package ca.clientele.webportal.addresses;

import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.ClientRecord.Address;
import ca.clientele.webportal.registry.RegistryClient.AddressesUpdate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One form for both cards: the registry saves both addresses with the record's version. Canadian
 * only (province codes); the registry validates and normalises the postal code.
 */
record AddressForm(AddressInput billingAddress, AddressInput shippingAddress, long version) {

    /** A card posted without any of its inputs is an empty one, so that its inputs still render. */
    AddressForm {
        billingAddress = billingAddress == null ? AddressInput.of(null) : billingAddress;
        shippingAddress = shippingAddress == null ? AddressInput.of(null) : shippingAddress;
    }

    /** One card's inputs; never null in a form, so that its inputs always render. */
    record AddressInput(String line1, String line2, String city, String province, String postalCode) {

        /** Quebec until the client says otherwise: the business is there. */
        static AddressInput of(Address address) {
            return address == null
                    ? new AddressInput(null, null, null, "QC", null)
                    : new AddressInput(
                            address.line1(),
                            address.line2(),
                            address.city(),
                            address.province() == null ? "QC" : address.province(),
                            address.postalCode());
        }

        /** No line, city or postal code typed (blank binds as null): no address; the province select always has a value. */
        Address toAddress() {
            if (Stream.of(line1, line2, city, postalCode).allMatch(Objects::isNull)) {
                return null;
            }
            return new Address(line1, line2, city, province, postalCode, "CA");
        }
    }

    static AddressForm of(ClientRecord client) {
        return new AddressForm(
                AddressInput.of(client.billingAddress()),
                AddressInput.of(client.shippingAddress()),
                client.currentVersion());
    }

    AddressesUpdate toRequest() {
        return new AddressesUpdate(billingAddress.toAddress(), shippingAddress.toAddress(), version);
    }
}
