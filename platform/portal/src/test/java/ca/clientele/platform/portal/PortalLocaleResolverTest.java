package ca.clientele.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PortalLocaleResolverTest {

    private final PortalLocaleResolver resolver = new PortalLocaleResolver();

    @Test
    void frenchOfCanadaIsTheDefaultWhateverTheBrowserPrefers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.GERMANY);

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.CANADA_FRENCH);
    }

    @Test
    void onlyFrenchAndEnglishAreKept() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.ENGLISH);
        assertThat(response.getCookie(PortalLocaleResolver.COOKIE).getValue()).isEqualTo("en-CA");

        resolver.setLocale(request, response = new MockHttpServletResponse(), Locale.ITALIAN);
        assertThat(response.getCookie(PortalLocaleResolver.COOKIE).getValue()).isEqualTo("fr-CA");
    }

    @Test
    void aTamperedCookieFallsBackToASupportedLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "de-DE"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.CANADA_FRENCH);
    }
}
