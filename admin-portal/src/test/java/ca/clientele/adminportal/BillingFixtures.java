package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.FRANCIS_ID;

/** billing-service's answers for Francis: a balance of 25.00 $, one order waiting for the rest of its payment. */
final class BillingFixtures {

    static final String ORDER_ID = "a0000000-0000-4000-8000-000000001514";

    static final String CREDIT = """
            {"clientId": "%s", "balance": "25.00", "entries": [
              {"id": "e0000000-0000-4000-8000-000000000001", "amount": "25.00", "balanceAfter": "25.00",
               "kind": "ADJUSTMENT", "orderId": null, "reason": "Geste commercial", "recordedBy": null,
               "recordedAt": "2026-11-20T15:00:00Z"}]}""".formatted(FRANCIS_ID);

    static final String ORDERS = """
            {"items": [{"id": "%s", "number": 1514, "kind": "APPOINTMENT", "appointmentId": null,
              "placedAt": "2026-11-20T14:00:00Z", "status": "PENDING_PAYMENT", "statusLabel": "Attente de paiement",
              "total": "40.24", "netTotal": "40.24", "amountDue": "20.24", "itemCount": 1, "mayPay": true,
              "mayCancel": true, "version": 1}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""".formatted(ORDER_ID);

    static final String ORDER = """
            {"id": "%s", "number": 1514, "kind": "APPOINTMENT", "clientId": "%s", "appointmentId": null,
             "placedAt": "2026-11-20T14:00:00Z", "status": "PENDING_PAYMENT", "statusLabel": "Attente de paiement",
             "lines": [{"description": "Taille des griffes", "quantity": 1, "unitPrice": "35.00", "discountPercent": 0,
                        "discount": "0.00", "amount": "35.00", "taxable": true}],
             "subtotal": "35.00", "discount": "0.00", "taxableSubtotal": "35.00", "gst": "1.75", "qst": "3.49",
             "total": "40.24", "amountPaid": "20.00", "amountRefunded": "0.00", "amountCancelled": "0.00",
             "netTotal": "40.24", "amountDue": "20.24", "itemCount": 1, "mayPay": true, "mayCancel": true,
             "payments": [{"id": "b0000000-0000-4000-8000-000000000001", "direction": "PAYMENT", "method": "INTERAC",
                           "amount": "20.00", "reference": "CA123", "recordedBy": null,
                           "recordedAt": "2026-11-20T15:00:00Z"}],
             "version": 2}""".formatted(ORDER_ID, FRANCIS_ID);

    static final String MOVEMENT = """
            {"id": "b0000000-0000-4000-8000-000000000002", "direction": "PAYMENT", "method": "CASH", "amount": "20.24",
             "reference": null, "recordedBy": null, "recordedAt": "2026-11-21T15:00:00Z"}""";

    private BillingFixtures() {}
}
