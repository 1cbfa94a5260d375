package ca.clientele.registry.client;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Canadian postal code, always {@code A1A 1A1}: upper case, one space. Canada Post never uses
 * D, F, I, O, Q or U, and W and Z never start a code.
 */
public record PostalCode(String value) {

    private static final Pattern CANADIAN =
            Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]");

    public PostalCode {
        String normalised = normalise(value);
        if (normalised == null) {
            throw new IllegalArgumentException("not a Canadian postal code");
        }
        value = normalised;
    }

    /** Blank or null passes: "required" is another rule. */
    static boolean isValid(String text) {
        return text == null || text.isBlank() || normalise(text) != null;
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        if (!CANADIAN.matcher(compact).matches()) {
            return null;
        }
        String letters = compact.replace(" ", "");
        return letters.substring(0, 3) + " " + letters.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
