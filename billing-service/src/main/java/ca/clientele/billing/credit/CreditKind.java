package ca.clientele.billing.credit;

/**
 * Why the credit balance moved: a refund to the balance (+), a staff adjustment with a reason (±), credit used to pay
 * an order (−), or a card payment larger than what was due (+).
 */
public enum CreditKind {
    REFUND,
    ADJUSTMENT,
    PAYMENT,
    OVERPAYMENT
}
