package ca.clientele.gateway.security;

import ca.clientele.gateway.web.Language;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * A failed return from Keycloak (stale or replayed callback, refused consent, wrong client secret)
 * gets a small page with a way to start again. Spring Security's default redirects to
 * {@code /login?error}, which here is a portal page behind authentication: the browser would
 * bounce straight back to Keycloak, in a loop when the failure is permanent.
 */
final class LoginFailureHandler implements ServerAuthenticationFailureHandler {

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException exception) {
        Language language = Language.of(webFilterExchange.getExchange().getRequest());
        ServerHttpResponse response = webFilterExchange.getExchange().getResponse();
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        byte[] page = page(language).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(page)));
    }

    static String page(Language language) {
        String title = language.pick("La connexion n’a pas abouti", "Sign-in did not complete");
        String text = language.pick(
                "Votre connexion n’a pas pu être confirmée. Elle a peut-être expiré.",
                "Your sign-in could not be confirmed. It may have expired.");
        String retry = language.pick("Se connecter de nouveau", "Sign in again");
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\"><title>"
                + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
                + "</p><p><a href=\"/\">" + retry + "</a></p></main></body></html>";
    }
}
