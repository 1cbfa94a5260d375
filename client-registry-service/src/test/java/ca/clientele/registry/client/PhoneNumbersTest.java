package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "514 555-0123",
                "(514) 555-0123",
                "+1 514-555-0123",
                "5145550123",
                "1-514-555-0123",
                "514.555.0123",
                " +1 (514) 555-0123 "
            })
    void quebecNumbersAsPeopleWriteThemBecomeE164(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo("+15145550123");
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345", // too short
                "514 555-012", // one digit missing
                "514 555-01234", // one too many
                "123 456-7890", // no such area code
                "+1 555 555-5555", // nor this one
                "514 555-0123 poste 12", // E.164 has no extension
                "appelez-moi",
                "+33 1 42 68 53"
            })
    void whatIsNotAPhoneNumberIsRefused(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isNull();
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+33 1 42 68 53 00", "+33142685300"})
    void anotherCountrysNumberNeedsItsCountryCode(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo("+33142685300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoNumber(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isNull();
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "514 555-0142",
                "514 555-0142 poste 12",
                "514 555-0142, poste 12",
                "(514) 555-0142 ext. 12",
                "514 555-0142 x12"
            })
    void aVeterinariansNumberMayHaveAnExtension(String typed) {
        assertThat(PhoneNumbers.isValidWithExtension(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"appelez-moi", "514 555-014 poste 12", "123 555-0142 poste 12", "poste 12"})
    void anExtensionDoesNotMakeAWrongNumberRight(String typed) {
        assertThat(PhoneNumbers.isValidWithExtension(typed)).isFalse();
    }
}
