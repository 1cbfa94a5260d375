package ca.clientele.adminportal.billing;

import ca.clientele.adminportal.web.Fallback;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The billing section of a client's page: the credit balance with its ledger, the client's latest orders, each
 * opening the order's page (payments, refunds), and their saved cards (read-only). Each degrades to a notice when billing-service fails, so the rest
 * of the client page still works.
 */
@Component
public class ClientBilling {

    static final int SIZE = 20;

    private final BillingClient billing;

    ClientBilling(BillingClient billing) {
        this.billing = billing;
    }

    /** {@code billingCredit}, {@code billingOrders}, {@code billingCards} or their {@code …Unavailable}. */
    public void fill(Model model, UUID clientId) {
        Fallback.intoModel(model, "billingCredit", () -> billing.credit(clientId));
        Fallback.intoModel(model, "billingOrders", () -> billing.orders(clientId, 0, SIZE));
        Fallback.intoModel(model, "billingCards", () -> billing.cards(clientId));
    }
}
