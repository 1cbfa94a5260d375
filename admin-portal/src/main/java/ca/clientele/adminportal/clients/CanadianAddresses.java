package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormValues;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The billing and shipping addresses of the address form: Canadian only (province codes; the
 * registry validates and normalises the postal code), inputs named by the registry's JSON paths.
 */
final class CanadianAddresses {

    static final List<String> KINDS = List.of("billingAddress", "shippingAddress");
    static final List<String> PARTS = List.of("line1", "line2", "city", "province", "postalCode");
    /** Quebec first (the business is there), then the others by code. */
    static final List<String> PROVINCES =
            List.of("QC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "SK", "YT");

    private CanadianAddresses() {}

    static List<String> inputs() {
        return KINDS.stream()
                .flatMap(kind -> PARTS.stream().map(part -> kind + "." + part))
                .toList();
    }

    /** Each address, or null for one left empty (the province select always has a value). */
    static Map<String, Object> body(TypedForm typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Map<String, Object> address = new LinkedHashMap<>();
            PARTS.forEach(part -> address.put(part, typed.text(kind + "." + part)));
            address.put("country", "CA");
            boolean typedSomething = PARTS.stream()
                    .filter(part -> !part.equals("province"))
                    .map(address::get)
                    .anyMatch(Objects::nonNull);
            body.put(kind, typedSomething ? address : null);
        }
        return body;
    }

    /** An address not entered yet offers Quebec. */
    static void defaults(FormValues values) {
        KINDS.forEach(kind -> values.orElse(kind + ".province", "QC"));
    }
}
