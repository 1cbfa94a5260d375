package ca.clientele.ticket.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labels of ticket statuses, so that portals never hard-code them. */
@RestController
class TicketStatusController {

    private final MessageSource messages;

    TicketStatusController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/api/tickets/statuses")
    List<StatusLabel> statuses(Locale locale) {
        return Arrays.stream(TicketStatus.values())
                .map(status -> new StatusLabel(status.name(), messages.getMessage(status.messageKey(), null, locale)))
                .toList();
    }
}
