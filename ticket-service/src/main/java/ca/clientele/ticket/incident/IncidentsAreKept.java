package ca.clientele.ticket.incident;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A DELETE of a register entry (405, with {@code Allow: GET, PUT}). Raised by a hidden handler so that
 * the platform's problem handler words it in the caller's language: a method without any handler
 * never reaches a controller advice.
 */
class IncidentsAreKept extends ErrorResponseException {

    IncidentsAreKept() {
        super(HttpStatus.METHOD_NOT_ALLOWED);
        getHeaders().setAllow(Set.of(HttpMethod.GET, HttpMethod.PUT));
    }
}
