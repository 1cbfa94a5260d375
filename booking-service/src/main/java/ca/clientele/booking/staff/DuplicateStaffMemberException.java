package ca.clientele.booking.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** This Keycloak account is already a staff member (409), worded from this service's bundle. */
class DuplicateStaffMemberException extends ErrorResponseException {

    DuplicateStaffMemberException() {
        super(HttpStatus.CONFLICT);
    }
}
