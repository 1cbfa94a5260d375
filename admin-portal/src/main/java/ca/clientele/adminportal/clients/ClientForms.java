package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.clients.ClientDetails.Address;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small forms of the client page: their values from a record, and the JSON each sends to the
 * registry (docs/api/client-registry.md), always with the record version it was shown with.
 */
final class ClientForms {

    static final List<String> NAMES = List.of("status", "profile", "billing", "shipping", "general", "options");
    static final List<String> ADDRESS_FIELDS = List.of("line1", "line2", "city", "province", "postalCode", "country");

    private ClientForms() {}

    static Map<String, FormState> of(ClientDetails client) {
        Map<String, FormState> forms = new LinkedHashMap<>();
        for (String name : NAMES) {
            forms.put(name, of(name, client));
        }
        return forms;
    }

    static FormState of(String name, ClientDetails c) {
        Map<String, String> v = new HashMap<>();
        v.put("version", String.valueOf(c.version()));
        switch (name) {
            case "status" -> v.put("status", c.status());
            case "profile" -> {
                v.put("firstName", c.firstName());
                v.put("lastName", c.lastName());
                v.put("displayName", c.displayName());
                v.put("mobilePhone", c.mobilePhone());
                v.put("homePhone", c.homePhone());
                v.put("preferredLanguage", c.preferredLanguage());
                v.put("bio", c.bio());
            }
            case "billing" -> address(v, c.billingAddress());
            case "shipping" -> address(v, c.shippingAddress());
            case "general" -> {
                v.put("latitude", text(c.latitude()));
                v.put("longitude", text(c.longitude()));
                v.put("preferredBranchId", c.preferredBranchId());
                v.put("discountPercent", c.discount() == null ? null : text(c.discount().percent()));
                v.put("discountEndsOn", c.discount() == null || c.discount().endsOn() == null
                        ? null
                        : c.discount().endsOn().toString());
                v.put("notes", c.notes());
            }
            case "options" -> {
                v.put("newsletter", String.valueOf(c.options() != null && c.options().newsletter()));
                v.put("sms", String.valueOf(c.options() != null && c.options().sms()));
            }
            default -> throw new IllegalArgumentException(name);
        }
        return FormState.of(v).prefixed(prefix(name));
    }

    /** Field names of the registry's errors are nested for addresses ("billingAddress.city"). */
    static String prefix(String name) {
        return switch (name) {
            case "billing" -> "billingAddress.";
            case "shipping" -> "shippingAddress.";
            default -> "";
        };
    }

    static Map<String, Object> statusBody(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", blankToNull(form.get("status")));
        body.put("reason", blankToNull(form.get("reason")));
        return body;
    }

    static Map<String, Object> profileBody(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of(
                "firstName", "lastName", "displayName", "mobilePhone", "homePhone", "preferredLanguage", "bio")) {
            body.put(field, blankToNull(form.get(field)));
        }
        return body;
    }

    /** The address a form typed; every field empty means "no address". */
    static Map<String, Object> address(Map<String, String> form) {
        if (ADDRESS_FIELDS.stream()
                .filter(field -> !field.equals("country"))
                .allMatch(field -> blankToNull(form.get(field)) == null)) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        for (String field : ADDRESS_FIELDS) {
            address.put(field, blankToNull(form.get(field)));
        }
        address.putIfAbsent("country", "CA");
        if (address.get("country") == null) {
            address.put("country", "CA");
        }
        return address;
    }

    static Map<String, Object> address(Address address) {
        if (address == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line1", address.line1());
        json.put("line2", address.line2());
        json.put("city", address.city());
        json.put("province", address.province());
        json.put("postalCode", address.postalCode());
        json.put("country", address.country());
        return json;
    }

    static Map<String, Object> optionsBody(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("newsletter", checked(form.get("newsletter")));
        body.put("sms", checked(form.get("sms")));
        return body;
    }

    static boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A decimal as typed ("45,51" too, the French way); null when empty; throws when not a number. */
    static BigDecimal decimal(String value) {
        String text = blankToNull(value);
        return text == null ? null : new BigDecimal(text.replace(',', '.').replace(" ", ""));
    }

    private static void address(Map<String, String> v, Address address) {
        if (address == null) {
            v.put("country", "CA");
            return;
        }
        v.put("line1", address.line1());
        v.put("line2", address.line2());
        v.put("city", address.city());
        v.put("province", address.province());
        v.put("postalCode", address.postalCode());
        v.put("country", address.country() == null ? "CA" : address.country());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
