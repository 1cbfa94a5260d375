package ca.clientele.registry.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164, read by Google's libphonenumber. A number without a {@code +} country
 * code is Canadian ("514 555-0123", "(514) 555-0123", "1-514-555-0123", "5145550123"); any other
 * country's number is written with its {@code +} code. Only numbers that can exist are accepted
 * (a real area code, the right length), and no extension: E.164 has none.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "CA";
    // libphonenumber reads "ext.", "x", "#" and more, but not the French "poste".
    private static final Pattern POSTE = Pattern.compile("[,;]?\\s*poste\\s*", Pattern.CASE_INSENSITIVE);

    private PhoneNumbers() {}

    /** The E.164 form, or {@code null} when the text is not a phone number. Blank → null too. */
    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(text.strip(), HOME_REGION);
            return PHONES.isValidNumber(number) && !number.hasExtension()
                    ? PHONES.format(number, PhoneNumberFormat.E164)
                    : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    static boolean isValid(String text) {
        return text == null || text.isBlank() || normalise(text) != null;
    }

    /** Like {@link #isValid} but an extension may follow ("poste 12", "ext. 12", "x12"). */
    static boolean isValidWithExtension(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            return PHONES.isValidNumber(PHONES.parse(POSTE.matcher(text.strip()).replaceFirst(" ext. "), HOME_REGION));
        } catch (NumberParseException notANumber) {
            return false;
        }
    }
}
