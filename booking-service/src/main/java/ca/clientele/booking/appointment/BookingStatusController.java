package ca.clientele.booking.appointment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labels of appointment statuses, so that portals never hard-code them. */
@RestController
class BookingStatusController {

    private final MessageSource messages;

    BookingStatusController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/api/bookings/statuses")
    List<StatusLabel> statuses(Locale locale) {
        return Arrays.stream(AppointmentStatus.values())
                .map(status -> new StatusLabel(status.name(), messages.getMessage(status.messageKey(), null, locale)))
                .toList();
    }

    /** A status code with its label in the caller's language, for screens and filters. */
    record StatusLabel(String code, String label) {}
}
