package ca.clientele.booking.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The code is taken (409), worded from this service's bundle. */
class DuplicateServiceCodeException extends ErrorResponseException {

    private final String code;

    DuplicateServiceCodeException(String code) {
        super(HttpStatus.CONFLICT);
        this.code = code;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {code};
    }
}
