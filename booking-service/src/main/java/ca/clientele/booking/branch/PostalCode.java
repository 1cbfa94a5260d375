package ca.clientele.booking.branch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Canadian postal code, always in Canada Post's printed form {@code A1A 1A1}. Input may come in
 * any case, with or without the space or with a hyphen ("h2j2l3", "H2J-2L3").
 */
record PostalCode(String value) {

    // Canada Post never uses D, F, I, O, Q, U, and W or Z never open a code.
    private static final Pattern CANADIAN =
            Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\d[ABCEGHJ-NPRSTV-Z]\\d");

    PostalCode {
        if (value == null || !CANADIAN.matcher(compact(value)).matches()) {
            throw new IllegalArgumentException("Not a Canadian postal code");
        }
        String compact = compact(value);
        value = compact.substring(0, 3) + " " + compact.substring(3);
    }

    static boolean isValid(String raw) {
        return raw != null && CANADIAN.matcher(compact(raw)).matches();
    }

    private static String compact(String raw) {
        return raw.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
