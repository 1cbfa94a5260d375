package ca.clientele.billing.card;

import ca.clientele.billing.payment.OrderPayments;
import ca.clientele.billing.payment.OrderPayments.PayableOrder;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Paying an order by card: a PaymentIntent for what remains due, confirmed in the browser by Stripe.js (3-D Secure
 * there). Two attempts at once for the same order, amount and card send the same idempotency key, so Stripe answers
 * both with ONE PaymentIntent: the client cannot be charged twice by a double click or two tabs.
 */
@Service
class CardPayments {

    /** Stripe's smallest charge in CAD. */
    static final long MINIMUM_CENTS = 50;

    private final StripeGateway stripe;
    private final CardCustomers customers;
    private final PaymentMethods methods;
    private final ObjectProvider<OrderPayments> orders;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CardPayments(
            StripeGateway stripe,
            CardCustomers customers,
            PaymentMethods methods,
            ObjectProvider<OrderPayments> orders,
            JdbcTemplate jdbc,
            Clock clock) {
        this.stripe = stripe;
        this.customers = customers;
        this.methods = methods;
        this.orders = orders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CardIntentView start(CardIntentRequest request, Caller caller) {
        PayableOrder order = orders.getObject().payable(request.orderId(), caller);
        if (!caller.id().equals(order.clientId())) {
            // Staff record card-terminal payments by hand; an online card payment is the client's own act.
            throw new AccessDeniedException("Only the order's client pays it online");
        }
        if (!order.mayPayOnline()) {
            throw new DomainRuleException(order.refusal() != null ? order.refusal() : "card.not-payable");
        }
        if (!stripe.available()) {
            throw new StripeUnavailableException("No Stripe key", null);
        }
        long cents = order.amountDue().cents();
        if (cents < MINIMUM_CENTS) {
            throw new DomainRuleException("card.amount-too-small");
        }
        String paymentMethod = request.paymentMethodId();
        if (paymentMethod != null) {
            methods.own(caller.id(), paymentMethod);
        }
        String customer = customers.ensure(caller.id());
        boolean save = paymentMethod == null && request.keepCard();
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(cents)
                .setCurrency("cad")
                .setCustomer(customer)
                .addPaymentMethodType("card")
                .setDescription("Commande #" + order.number())
                .putMetadata("order_id", order.orderId().toString())
                .putMetadata("order_number", Long.toString(order.number()))
                .putMetadata("client_id", order.clientId().toString());
        if (paymentMethod != null) {
            params.setPaymentMethod(paymentMethod);
        }
        if (save) {
            params.setSetupFutureUsage(PaymentIntentCreateParams.SetupFutureUsage.OFF_SESSION);
        }
        String key = "pay-" + order.orderId() + "-" + cents + "-" + (paymentMethod == null ? "new" : paymentMethod)
                + (save ? "-save" : "");
        PaymentIntent intent = stripe.call(
                key, (client, options) -> client.v1().paymentIntents().create(params.build(), options));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into card_payment_intent
                    (payment_intent_id, order_id, client_id, amount_cents, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (payment_intent_id) do nothing""", intent.getId(), order.orderId(), order.clientId(), cents, intent.getStatus(), now, now);
        return new CardIntentView(
                intent.getId(),
                order.orderId(),
                intent.getClientSecret(),
                stripe.publishableKey(),
                order.amountDue().toString(),
                intent.getStatus());
    }

    CardIntentStatus status(String paymentIntentId, Caller caller) {
        return jdbc
                .query(
                        "select order_id, client_id, status, payment_recorded from card_payment_intent"
                                + " where payment_intent_id = ?",
                        (row, n) -> {
                            caller.requireOwnOrStaff(row.getObject("client_id", UUID.class));
                            return new CardIntentStatus(
                                    paymentIntentId,
                                    row.getObject("order_id", UUID.class),
                                    row.getString("status"),
                                    row.getBoolean("payment_recorded"));
                        },
                        paymentIntentId)
                .stream()
                .findFirst()
                .orElseThrow(ResourceNotFoundException::new);
    }
}
