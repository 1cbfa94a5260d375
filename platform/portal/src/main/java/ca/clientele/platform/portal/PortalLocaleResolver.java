package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * French (Canada) first, English on request, remembered in a cookie shared by both portals (same
 * gateway origin, path /). Any other language asked for, or a tampered cookie, falls back to one
 * of the two the portal is written in.
 */
final class PortalLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "clientele-lang";
    static final Locale FRENCH = Locale.CANADA_FRENCH;
    static final Locale ENGLISH = Locale.CANADA;

    PortalLocaleResolver() {
        super(COOKIE);
        setDefaultLocale(FRENCH);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    @Override
    protected Locale parseLocaleValue(String localeValue) {
        Locale parsed = super.parseLocaleValue(localeValue);
        return parsed == null ? null : supported(parsed);
    }

    static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
