package ca.clientele.billing.payment;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.security.Caller;
import java.time.Instant;
import java.util.UUID;

/** What card payments need of orders, implemented by the order side. */
public interface OrderPayments {

    /**
     * The order as a payer sees it; 404 ({@code ResourceNotFoundException}) when it is another client's.
     */
    PayableOrder payable(UUID orderId, Caller caller);

    /**
     * Records a card payment Stripe confirmed. Idempotent on {@code paymentIntentId}: a replayed or duplicated
     * confirmation records nothing more. Runs in the caller's transaction.
     */
    void cardPaymentSucceeded(UUID orderId, Money amount, String paymentIntentId, Instant at);

    /** Whether the order exists: Stripe may name an order that is not ours (another system on the account). */
    boolean exists(UUID orderId);

    /**
     * Records a refund made outside billing (in Stripe's dashboard) of a card payment recorded on the order: the
     * refund on the order, its credit note, the order REFUNDED when nothing paid is left, {@code order-refunded}.
     * Idempotent on {@code refundId}: a refund already recorded (ours or announced twice) records nothing. At most
     * what is left to refund is recorded. Runs in the caller's transaction.
     *
     * @return true when something was recorded
     */
    boolean cardRefundedAtStripe(UUID orderId, Money amount, String paymentIntentId, String refundId, Instant at);

    /**
     * @param amountDue what remains to pay, taxes included, after payments and credit used
     * @param mayPayOnline false when the order is not payable (paid, cancelled) or its client is suspended or banned
     * @param refusal the message key saying why not, or null
     */
    record PayableOrder(
            UUID orderId, long number, UUID clientId, Money amountDue, boolean mayPayOnline, String refusal) {}
}
