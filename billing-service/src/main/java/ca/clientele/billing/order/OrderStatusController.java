package ca.clientele.billing.order;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labels of order statuses, so that portals never hard-code them. */
@RestController
class OrderStatusController {

    private final MessageSource messages;

    OrderStatusController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/api/orders/statuses")
    List<StatusLabel> statuses(Locale locale) {
        return Arrays.stream(OrderStatus.values())
                .map(status -> new StatusLabel(status.name(), messages.getMessage(status.messageKey(), null, locale)))
                .toList();
    }
}
