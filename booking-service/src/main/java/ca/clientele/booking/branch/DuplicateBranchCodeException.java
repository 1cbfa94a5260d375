package ca.clientele.booking.branch;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The code is taken (409), worded from this service's bundle ({@code problemDetail.<class name>})
 * by the platform's problem handler.
 */
class DuplicateBranchCodeException extends ErrorResponseException {

    private final String code;

    DuplicateBranchCodeException(String code) {
        super(HttpStatus.CONFLICT);
        this.code = code;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {code};
    }
}
