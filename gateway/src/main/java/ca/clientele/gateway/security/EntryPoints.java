package ca.clientele.gateway.security;

import ca.clientele.gateway.web.Language;
import ca.clientele.gateway.web.Problems;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an anonymous or refused caller gets. A browser opening a page is sent to Keycloak's login;
 * a program (anything under {@code /api/}, an htmx or XHR call) gets a 401 problem instead, since a
 * redirect to another origin is useless to it and would only surface as a CORS failure.
 */
final class EntryPoints {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    private EntryPoints() {}

    /** Requests from code rather than from a person navigating. */
    static ServerWebExchangeMatcher programmatic() {
        return new OrServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers("/api/**"),
                exchange -> isHtmx(exchange.getRequest()) || isXhr(exchange.getRequest())
                        ? ServerWebExchangeMatcher.MatchResult.match()
                        : ServerWebExchangeMatcher.MatchResult.notMatch());
    }

    static ServerAuthenticationEntryPoint authenticationEntryPoint(ServerRequestCache requestCache) {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                List.of(new DelegateEntry(programmatic(), unauthorizedProblem())));
        entryPoint.setDefaultEntryPoint(loginRedirect(requestCache));
        return entryPoint;
    }

    /** 401 problem; htmx is also told where to send the whole page so the user can sign in again. */
    static ServerAuthenticationEntryPoint unauthorizedProblem() {
        return (exchange, denied) -> {
            if (isHtmx(exchange.getRequest())) {
                exchange.getResponse().getHeaders().set("HX-Redirect", LOGIN_PATH);
            }
            Language language = Language.of(exchange.getRequest());
            return Problems.write(
                    exchange.getResponse(),
                    HttpStatus.UNAUTHORIZED,
                    language.pick("Authentification requise", "Authentication required"),
                    language.pick(
                            "Votre session est absente ou expirée. Connectez-vous pour continuer.",
                            "Your session is missing or has expired. Sign in to continue."));
        };
    }

    /**
     * Remembers the page asked for (Spring Security returns to it after login) and goes to the
     * login endpoint, carrying an explicit {@code ?lang=} along so Keycloak speaks it too.
     */
    static ServerAuthenticationEntryPoint loginRedirect(ServerRequestCache requestCache) {
        ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();
        return (exchange, denied) -> {
            UriComponentsBuilder location = UriComponentsBuilder.fromPath(LOGIN_PATH);
            String lang = exchange.getRequest().getQueryParams().getFirst("lang");
            if (lang != null) {
                location.queryParam("lang", Language.of(exchange.getRequest()).tag());
            }
            URI target = URI.create(location.build().toUriString());
            return requestCache.saveRequest(exchange).then(redirects.sendRedirect(exchange, target));
        };
    }

    /** The only refusal the gateway itself makes is a missing or wrong CSRF token. */
    static ServerAccessDeniedHandler accessDenied() {
        return (exchange, denied) -> {
            Language language = Language.of(exchange.getRequest());
            return Problems.write(
                    exchange.getResponse(),
                    HttpStatus.FORBIDDEN,
                    language.pick("Requête refusée", "Request refused"),
                    language.pick(
                            "Le jeton de sécurité (CSRF) est absent ou invalide. Rechargez la page et réessayez.",
                            "The security (CSRF) token is missing or invalid. Reload the page and try again."));
        };
    }

    static boolean isHtmx(ServerHttpRequest request) {
        return "true".equalsIgnoreCase(request.getHeaders().getFirst("HX-Request"));
    }

    private static boolean isXhr(ServerHttpRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeaders().getFirst("X-Requested-With"));
    }
}
