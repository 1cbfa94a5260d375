package ca.clientele.ticket.ticket;

import ca.clientele.ticket.client.ClientStanding;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A suspended or banned client tried to open or reply (403). Rendered by the platform's problem handler with the
 * detail {@code problemDetail.<class name>.<status>} of this service's bundle, in the caller's language.
 */
class AccountBlockedException extends ErrorResponseException {

    private final ClientStanding standing;

    AccountBlockedException(ClientStanding standing) {
        super(HttpStatus.FORBIDDEN);
        this.standing = standing;
    }

    @Override
    public String getDetailMessageCode() {
        return super.getDetailMessageCode() + "." + standing.name();
    }
}
