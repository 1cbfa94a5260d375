package ca.clientele.booking.branch;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The branch is already closed that date (409), worded from this service's bundle. */
class DuplicateClosureException extends ErrorResponseException {

    private final LocalDate date;

    DuplicateClosureException(LocalDate date) {
        super(HttpStatus.CONFLICT);
        this.date = date;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {date.toString()};
    }
}
