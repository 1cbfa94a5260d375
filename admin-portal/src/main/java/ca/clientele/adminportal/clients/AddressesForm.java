package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.DisplayFormat;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The billing and shipping addresses, Canadian only, sent together as the registry takes them
 * (it validates and normalises the postal code). An address left empty is sent as none.
 */
record AddressesForm(AddressForm billingAddress, AddressForm shippingAddress, Long version) {

    AddressesForm {
        billingAddress = billingAddress == null ? AddressForm.EMPTY : billingAddress;
        shippingAddress = shippingAddress == null ? AddressForm.EMPTY : shippingAddress;
    }

    static AddressesForm of(ClientDetails client) {
        return new AddressesForm(
                AddressForm.of(client.billingAddress()), AddressForm.of(client.shippingAddress()), client.version());
    }

    AddressesChange change() {
        return new AddressesChange(billingAddress.address(), shippingAddress.address(), version);
    }

    /** One address as typed; the province select always has a value (Quebec first). */
    record AddressForm(String line1, String line2, String city, String province, String postalCode) {

        static final AddressForm EMPTY = new AddressForm(null, null, null, "QC", null);

        /** The postal code as Canada Post writes it ("H2X 1K4"). */
        static AddressForm of(ClientDetails.Address address) {
            return address == null
                    ? EMPTY
                    : new AddressForm(
                            address.line1(),
                            address.line2(),
                            address.city(),
                            address.province(),
                            DisplayFormat.of(Locale.CANADA_FRENCH).postalCode(address.postalCode()));
        }

        /** Null when nothing but the province was given. */
        ClientDetails.Address address() {
            boolean typed = Stream.of(line1, line2, city, postalCode).anyMatch(part -> part != null && !part.isBlank());
            return typed ? new ClientDetails.Address(line1, line2, city, province, postalCode, "CA") : null;
        }
    }

    /** Body of {@code PUT /api/clients/{id}/addresses}. */
    record AddressesChange(ClientDetails.Address billingAddress, ClientDetails.Address shippingAddress, Long version) {}
}
