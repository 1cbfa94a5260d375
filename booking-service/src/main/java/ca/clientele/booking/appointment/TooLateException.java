package ca.clientele.booking.appointment;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A client tried to cancel or move an appointment closer to its start than the cancellation notice allows (403):
 * only staff may do it then. The message gives the notice in hours and says to call.
 */
class TooLateException extends ErrorResponseException {

    private final Duration notice;

    TooLateException(Duration notice) {
        super(HttpStatus.FORBIDDEN);
        this.notice = notice;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {notice.toHours()};
    }
}
