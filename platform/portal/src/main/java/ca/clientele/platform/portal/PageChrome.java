package ca.clientele.platform.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a portal layout needs on every page, error pages included: the signed-in person's name as
 * their token gives it, the language-switch links (same page, other language) and the gateway's
 * CSRF token for logout. A portal's layout uses the ones it shows.
 */
final class PageChrome {

    /** The readable cookie the gateway sets; its value must come back with every state change. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private PageChrome() {}

    static Map<String, Object> attributes(HttpServletRequest request) {
        return Map.of(
                "csrfToken", csrfToken(request),
                "languageLinks", languageLinks(request),
                "userName", userName());
    }

    static String csrfToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return "";
        }
        return Arrays.stream(cookies)
                .filter(cookie -> CSRF_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse("");
    }

    /** Staff have no registry record: their name comes from their Keycloak token. */
    static String userName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return "";
        }
        Jwt jwt = token.getToken();
        String name = jwt.getClaimAsString("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String fullName = Stream.of(jwt.getClaimAsString("given_name"), jwt.getClaimAsString("family_name"))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        if (!fullName.isEmpty()) {
            return fullName;
        }
        String username = jwt.getClaimAsString("preferred_username");
        return username == null ? "" : username;
    }

    static LanguageLinks languageLinks(HttpServletRequest request) {
        // On the container's error dispatch the address bar still shows the original path.
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        return new LanguageLinks(withLang(path, query, "fr"), withLang(path, query, "en"));
    }

    private static String withLang(String path, String query, String lang) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }

    /** Relative links (context path included): the portal does not need to know the gateway's host. */
    record LanguageLinks(String fr, String en) {}
}
