package ca.clientele.ticket.serviceoption;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The code is already taken (409). As an {@link ErrorResponseException} it is rendered by the
 * platform's problem handler, with its detail resolved from this service's message bundle
 * ({@code problemDetail.<class name>}) in the caller's language.
 */
class DuplicateServiceOptionCodeException extends ErrorResponseException {

    private final String code;

    DuplicateServiceOptionCodeException(String code) {
        super(HttpStatus.CONFLICT);
        this.code = code;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {code};
    }
}
