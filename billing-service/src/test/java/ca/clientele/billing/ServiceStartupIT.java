package ca.clientele.billing;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.billing.v1",
                4,
                List.of(
                        "processed_event",
                        "invoice",
                        "credit_note",
                        "document_counter",
                        "card_customer",
                        "card_payment_intent"),
                List.of("/api/orders/statuses", "/api/invoices/tax-quote", "/api/invoices"));
    }
}
