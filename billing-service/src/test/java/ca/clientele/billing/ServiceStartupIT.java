package ca.clientele.billing;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.billing.v1",
                6,
                List.of(
                        "processed_event",
                        "customer",
                        "customer_order",
                        "order_line",
                        "order_payment",
                        "credit_entry",
                        "invoice",
                        "credit_note",
                        "document_counter",
                        "card_customer",
                        "card_payment_intent",
                        "product",
                        "cart_item"),
                List.of("/api/orders/statuses", "/api/invoices/tax-quote", "/api/invoices", "/api/orders"));
    }
}
