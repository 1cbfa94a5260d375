package ca.clientele.billing.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What billing reads of the registry's {@code GET /api/clients/{id}/contact} (contract 1 of the 2026-12-02 plan): a
 * tolerant reader of the fields printed on orders and invoices. E-mail, phone and consents are not kept.
 */
record RegistryContact(
        UUID id, String firstName, String lastName, String language, String status, BillingAddress billingAddress) {

    record BillingAddress(
            String line1, String line2, String city, String province, String postalCode, String country) {}

    /** The name on an invoice: the client's legal names (never the display name). */
    String printedName() {
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        return name.isEmpty() ? null : name;
    }

    /** The billing address as Canada Post prints it, e.g. "123 rue Saint-Denis", "Montréal QC  H2X 1K4". */
    List<String> printedAddress() {
        if (billingAddress == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        add(lines, billingAddress.line1());
        add(lines, billingAddress.line2());
        String place = String.join(
                        " ",
                        blankToEmpty(billingAddress.city()),
                        blankToEmpty(billingAddress.province()),
                        blankToEmpty(billingAddress.postalCode()))
                .replaceAll("\\s+", " ")
                .strip();
        add(lines, place);
        String country = billingAddress.country();
        if (country != null && !country.isBlank() && !"CA".equalsIgnoreCase(country.strip())) {
            add(lines, country);
        }
        return List.copyOf(lines);
    }

    /** "fr" or "en"; null when the registry did not say. */
    String printedLanguage() {
        if (language == null || language.isBlank()) {
            return null;
        }
        return language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
