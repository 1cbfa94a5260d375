package ca.clientele.booking.appointment;

import ca.clientele.booking.client.ClientStanding;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A suspended or banned client cannot book (403), whoever asks: worded for the client themself or for staff booking
 * for them ({@code problemDetail.<class name>.<status>[.staff]} of this service's bundle).
 */
class AccountBlockedException extends ErrorResponseException {

    private final ClientStanding standing;
    private final boolean askedByStaff;

    AccountBlockedException(ClientStanding standing, boolean askedByStaff) {
        super(HttpStatus.FORBIDDEN);
        this.standing = standing;
        this.askedByStaff = askedByStaff;
    }

    @Override
    public String getDetailMessageCode() {
        return super.getDetailMessageCode() + "." + standing.name() + (askedByStaff ? ".staff" : "");
    }
}
