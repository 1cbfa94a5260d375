package ca.clientele.registry.client;

/**
 * A Canadian postal address (billing, or shipping = the home visits go there). Lines and city
 * are stripped; an empty second line is none.
 */
public record Address(String line1, String line2, String city, Province province, PostalCode postalCode) {

    public static final String COUNTRY = "CA";

    public Address {
        line1 = strip(line1);
        line2 = strip(line2);
        city = strip(city);
        if (line1 == null || city == null || province == null || postalCode == null) {
            throw new IllegalArgumentException("line 1, city, province and postal code are required");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
