package ca.clientele.booking.appointment;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The appointment is no longer to happen (already cancelled, completed, a no-show): nothing may be done to it but
 * reading (409). Worded per status from this service's bundle ({@code problemDetail.<class name>.<status>}).
 */
class AppointmentStateException extends ErrorResponseException {

    private final AppointmentStatus status;

    AppointmentStateException(AppointmentStatus status) {
        super(HttpStatus.CONFLICT);
        this.status = status;
    }

    @Override
    public String getDetailMessageCode() {
        return super.getDetailMessageCode() + "." + status.name();
    }
}
