package ca.clientele.booking.booking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labels of booking statuses, so that portals never hard-code them. */
@RestController
class BookingStatusController {

    private final MessageSource messages;

    BookingStatusController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/api/bookings/statuses")
    List<StatusLabel> statuses(Locale locale) {
        return Arrays.stream(BookingStatus.values())
                .map(status -> new StatusLabel(status.name(), messages.getMessage(status.messageKey(), null, locale)))
                .toList();
    }
}
