package ca.clientele.webportal.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Adresses: the billing and shipping addresses used by default on the payment page. */
@Controller
@ClientArea
class AddressesController {

    static final String BILLING = "billingAddress";
    static final String SHIPPING = "shippingAddress";
    static final List<String> PARTS = List.of("line1", "line2", "city", "province", "postalCode");
    /** Quebec first (the business is there), then the others in alphabetical order of code. */
    static final List<String> PROVINCES =
            List.of("QC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "SK", "YT");

    private final RegistryClient registry;

    AddressesController(RegistryClient registry) {
        this.registry = registry;
    }

    @GetMapping("/adresses")
    String addresses(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        model.addAttribute("form", FormState.shown(values(client)));
        model.addAttribute("provinces", PROVINCES);
        return "addresses";
    }

    @PostMapping("/adresses")
    String save(FormPost post) {
        post.add("provinces", PROVINCES);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(BILLING, address(post.typed(), BILLING));
        body.put(SHIPPING, address(post.typed(), SHIPPING));
        body.put("version", Forms.version(post.typed()));
        Forms.Submission<ClientRecord> submission = Forms.submit(
                () -> registry.saveAddresses(post.client().id(), body),
                AddressesController::values,
                post,
                fieldNames());
        if (submission.succeeded()) {
            post.add("client", submission.saved());
        }
        post.add("form", submission.form());
        return post.view("addresses", "address-form");
    }

    static List<String> fieldNames() {
        return PARTS.stream()
                .flatMap(part -> Stream.of(BILLING + "." + part, SHIPPING + "." + part))
                .toList();
    }

    /** No line, city or postal code typed: no address (the province select always has a value). */
    private static Map<String, Object> address(Map<String, String> typed, String prefix) {
        Map<String, Object> address = new LinkedHashMap<>();
        for (String part : PARTS) {
            address.put(part, FormState.blankToNull(typed.get(prefix + "." + part)));
        }
        boolean empty =
                PARTS.stream().filter(part -> !part.equals("province")).allMatch(part -> address.get(part) == null);
        if (empty) {
            return null;
        }
        address.put("country", "CA");
        return address;
    }

    private static Map<String, String> values(ClientRecord client) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, BILLING, client.billingAddress());
        put(values, SHIPPING, client.shippingAddress());
        values.put("version", client.version() == null ? "" : client.version().toString());
        return values;
    }

    private static void put(Map<String, String> values, String prefix, ClientRecord.Address address) {
        if (address == null) {
            values.put(prefix + ".province", "QC");
            return;
        }
        values.put(prefix + ".line1", address.line1());
        values.put(prefix + ".line2", address.line2());
        values.put(prefix + ".city", address.city());
        values.put(prefix + ".province", address.province() == null ? "QC" : address.province());
        values.put(prefix + ".postalCode", address.postalCode());
    }
}
