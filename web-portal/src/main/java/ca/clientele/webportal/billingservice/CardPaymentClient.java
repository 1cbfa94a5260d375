package ca.clientele.webportal.billingservice;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** Paying an order by card through the billing-service (Stripe PaymentIntents). */
@HttpExchange("/api/payments/card-intents")
public interface CardPaymentClient {

    @PostExchange
    CardIntentView start(@RequestBody CardIntentRequest request);

    @GetExchange("/{id}")
    CardIntentStatus status(@PathVariable String id);

    /** A saved card ({@code paymentMethodId}) or a new one, kept for next time when {@code saveCard}. */
    record CardIntentRequest(UUID orderId, String paymentMethodId, Boolean saveCard) {}
}
