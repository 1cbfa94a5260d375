package ca.clientele.registry.client;

/**
 * Phone numbers in E.164. North American numbers ("514 555-0100", "(514) 555-0100",
 * "1-514-555-0100") become {@code +1} and ten digits; other numbers must be written with their
 * {@code +} country code (8 to 15 digits).
 */
final class PhoneNumbers {

    private PhoneNumbers() {}

    /** The E.164 form, or {@code null} when the text is not a phone number. Blank → null too. */
    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\+?[0-9 ().\\-]+")) {
            return null;
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+")) {
            if (digits.startsWith("1")) {
                return northAmerican(digits.substring(1));
            }
            return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0' ? "+" + digits : null;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return northAmerican(digits.substring(1));
        }
        return northAmerican(digits);
    }

    static boolean isValid(String text) {
        return text == null || text.isBlank() || normalise(text) != null;
    }

    private static String northAmerican(String tenDigits) {
        // NANP: area code and exchange both start with 2-9.
        return tenDigits.matches("[2-9][0-9]{2}[2-9][0-9]{6}") ? "+1" + tenDigits : null;
    }
}
