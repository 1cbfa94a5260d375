package ca.clientele.webportal.billingservice;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The billing-service's saved cards ("Modes de paiement"), always the signed-in client's own. */
@HttpExchange("/api/payment-methods")
public interface PaymentMethodClient {

    @GetExchange("/availability")
    CardAvailability availability();

    @GetExchange
    List<SavedCard> list();

    @PostExchange("/setup-intents")
    SetupIntentView startSetup(@RequestBody SetupRequest request);

    @DeleteExchange("/{id}")
    void remove(@PathVariable String id);

    /** {@code requestId}: one per form shown, so that a retry asks Stripe once. */
    record SetupRequest(UUID requestId) {}
}
