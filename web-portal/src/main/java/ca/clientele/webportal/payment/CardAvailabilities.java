package ca.clientele.webportal.payment;

import ca.clientele.platform.portal.ServiceUnavailableException;
import ca.clientele.webportal.billingservice.CardAvailability;
import ca.clientele.webportal.billingservice.PaymentMethodClient;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Whether card payment is offered now: billing's answer, or "unavailable" in words when billing cannot be reached. */
@Component
class CardAvailabilities {

    private final PaymentMethodClient methods;
    private final MessageSource messages;

    CardAvailabilities(PaymentMethodClient methods, MessageSource messages) {
        this.methods = methods;
        this.messages = messages;
    }

    CardAvailability now() {
        try {
            return methods.availability();
        } catch (ServiceUnavailableException down) {
            return new CardAvailability(false, null, null, message("card.unavailable"));
        }
    }

    String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
