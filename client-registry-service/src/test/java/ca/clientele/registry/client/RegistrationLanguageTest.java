package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language a portal registration starts in: the portal's, else the token's locale, else French. */
class RegistrationLanguageTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "en, null, en",
                "'en-CA,en;q=0.9', fr, en",
                "fr-CA, en, fr",
                "'fr-CA,fr;q=0.9,en;q=0.8', null, fr",
                "null, en, en",
                "'', en, en",
                "*, en, en",
                "null, null, fr",
                "de-DE, null, fr",
                "'not a language range!!', en, en"
            })
    void thePortalsLanguageWinsThenTheTokensThenFrench(String acceptLanguage, String tokenLocale, String expected) {
        assertThat(ClientController.registrationLanguage(acceptLanguage, tokenLocale))
                .isEqualTo(expected);
    }
}
