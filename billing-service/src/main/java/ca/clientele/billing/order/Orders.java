package ca.clientele.billing.order;

import ca.clientele.billing.credit.CreditKind;
import ca.clientele.billing.credit.CreditLedger;
import ca.clientele.billing.customer.BillingCustomer;
import ca.clientele.billing.customer.Customers;
import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.CardRefunds;
import ca.clientele.billing.payment.OrderPayments;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders and the money on them: placing (OrderPlacement), paying (manually, from credit, by card through
 * OrderPayments), refunding, cancelling and completing. Each change publishes its outbox event in the same transaction
 * and, when money or a debt is taken back, {@link OrderCredited} in process so that invoicing issues the credit note.
 */
@Service
class Orders implements OrderPlacement, OrderPayments {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Orders.class);

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final Customers customers;
    private final CreditLedger credit;
    private final OrderEvents events;
    private final ApplicationEventPublisher inProcess;
    private final ObjectProvider<CardRefunds> cardRefunds;
    private final CancellationPolicy policy;
    private final AwaitingInvoices awaitingInvoices;
    private final Clock clock;

    Orders(
            OrderRepository orders,
            PaymentRepository payments,
            Customers customers,
            CreditLedger credit,
            OrderEvents events,
            ApplicationEventPublisher inProcess,
            ObjectProvider<CardRefunds> cardRefunds,
            CancellationPolicy policy,
            AwaitingInvoices awaitingInvoices,
            Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.customers = customers;
        this.credit = credit;
        this.events = events;
        this.inProcess = inProcess;
        this.cardRefunds = cardRefunds;
        this.policy = policy;
        this.awaitingInvoices = awaitingInvoices;
        this.clock = clock;
    }

    // ---- placing ----

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PlacedOrder place(NewOrder request) {
        requireValid(request);
        BillingCustomer customer = customers.forOrder(request.clientId());
        if (request.placedByClient() && !customer.standing().mayBuy()) {
            throw new DomainRuleException("order.client-may-not-buy");
        }
        Instant now = clock.instant();
        Pricing pricing = Pricing.of(request.lines(), customer.discountOn(LocalDate.ofInstant(now, MONTREAL)));
        Order order = new Order(
                orders.nextNumber(),
                request,
                customer.language(),
                customer.name(),
                customer.addressLines(),
                pricing,
                now);
        if (!customer.copied()) {
            // The copy is read in the background; the invoice waits for it (AwaitingInvoices, ADR 0036).
            order.awaitClientCopy();
        }
        orders.saveAndFlush(order);
        if (customer.copied()) {
            inProcess.publishEvent(order.placed(customer.addressLines()));
        }
        events.placed(order);
        return new PlacedOrder(order.id(), order.number(), order.total());
    }

    private static void requireValid(NewOrder request) {
        if (request.clientId() == null
                || request.kind() == null
                || request.lines() == null
                || request.lines().isEmpty()
                || (request.kind() == OrderKind.APPOINTMENT) != (request.appointmentId() != null)) {
            throw new DomainRuleException("order.invalid");
        }
        for (OrderLine line : request.lines()) {
            if (line == null
                    || line.descriptionFr() == null
                    || line.descriptionFr().isBlank()
                    || line.quantity() < 1
                    || line.unitPrice() == null
                    || line.unitPrice().isNegative()) {
                throw new DomainRuleException("order.invalid");
            }
        }
    }

    // ---- reading ----

    Order visible(UUID orderId, Caller caller) {
        Order order = orders.findById(orderId).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(order.clientId());
        return order;
    }

    List<Payment> paymentsOf(Order order) {
        return payments.findByOrderIdOrderByRecordedAt(order.id());
    }

    // ---- paying ----

    @Override
    @Transactional(readOnly = true)
    public PayableOrder payable(UUID orderId, Caller caller) {
        Order order = visible(orderId, caller);
        String refusal = null;
        if (order.status() != OrderStatus.PENDING_PAYMENT || order.amountDue().isZero()) {
            refusal = "order.not-payable";
        } else if (!customers.of(order.clientId()).standing().mayBuy()) {
            refusal = "order.client-may-not-pay-online";
        }
        return new PayableOrder(
                order.id(), order.number(), order.clientId(), order.amountDue(), refusal == null, refusal);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void cardPaymentSucceeded(UUID orderId, Money amount, String paymentIntentId, Instant at) {
        if (payments.existsByPaymentIntentIdAndDirection(paymentIntentId, Payment.Direction.PAYMENT)) {
            return;
        }
        Order order = orders.findById(orderId).orElseThrow(ResourceNotFoundException::new);
        Money applied = order.amountDue().greaterThan(amount) ? amount : order.amountDue();
        Payment payment =
                payments.saveAndFlush(Payment.in(order, PaymentMethod.CARD, amount, null, paymentIntentId, null, at));
        if (applied.isPositive()) {
            apply(order, applied, at);
        }
        Money excess = amount.minus(applied);
        if (excess.isPositive()) {
            // Stripe took more than was still due (the order was paid meanwhile): the client keeps it as credit.
            credit.record(order.clientId(), excess, CreditKind.OVERPAYMENT, order.id(), null, null);
        }
        events.paymentRecorded(order, payment);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED, readOnly = true)
    public boolean exists(UUID orderId) {
        return orders.existsById(orderId);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean cardRefundedAtStripe(
            UUID orderId, Money amount, String paymentIntentId, String refundId, Instant at) {
        if (refundId == null || payments.existsByRefundId(refundId)) {
            return false;
        }
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty() || !amount.isPositive()) {
            return false;
        }
        Order order = found.get();
        Money applied = amount.greaterThan(order.refundable()) ? order.refundable() : amount;
        if (!applied.isPositive()) {
            log.info("Stripe refund {} on order {}: nothing left to refund on the order", refundId, orderId);
            return false;
        }
        payments.saveAndFlush(Payment.out(
                UUID.randomUUID(), order, PaymentMethod.CARD, applied, null, paymentIntentId, refundId, null, at));
        boolean fully = order.refund(applied, at);
        orders.saveAndFlush(order);
        credited(order, applied, "REFUNDED_TO_CARD", null);
        events.refunded(order, applied, "CARD", fully);
        return true;
    }

    /** A payment by staff (any method but CARD) or by the client from their credit balance. */
    @Transactional
    PaymentView pay(UUID orderId, ManualPayment request, Caller caller) {
        Order order = visible(orderId, caller);
        if (!caller.isStaff() && request.method() != PaymentMethod.CREDIT) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        if (request.method() == PaymentMethod.CARD) {
            throw new DomainRuleException("order.card-through-stripe");
        }
        if (!caller.isStaff() && !customers.of(order.clientId()).standing().mayBuy()) {
            throw new DomainRuleException("order.client-may-not-pay-online");
        }
        Money amount = Money.cad(request.amount());
        Instant now = clock.instant();
        if (request.method() == PaymentMethod.CREDIT) {
            if (amount.greaterThan(order.amountDue())) {
                throw new OrderStateException(
                        "order.payment-exceeds-due", order.amountDue().toString());
            }
            credit.record(
                    order.clientId(), Money.ZERO.minus(amount), CreditKind.PAYMENT, order.id(), null, caller.id());
        }
        String reference = request.reference() == null || request.reference().isBlank()
                ? null
                : request.reference().strip();
        apply(order, amount, now);
        Payment payment = payments.save(Payment.in(order, request.method(), amount, reference, null, caller.id(), now));
        orders.saveAndFlush(order);
        events.paymentRecorded(order, payment);
        return payment.view();
    }

    private void apply(Order order, Money amount, Instant at) {
        boolean paidInFull = order.pay(amount, at);
        if (paidInFull) {
            events.paid(order, at);
            if (order.status() == OrderStatus.COMPLETED) {
                events.completed(order);
            }
        }
    }

    // ---- refunding ----

    @Transactional
    PaymentView refund(UUID orderId, RefundRequest request, Caller caller) {
        Order order = visible(orderId, caller);
        Money amount = Money.cad(request.amount());
        if (amount.greaterThan(order.refundable())) {
            throw new OrderStateException(
                    "order.refund-exceeds-paid", order.refundable().toString());
        }
        String reason = blankToNull(request.reason());
        String reference = blankToNull(request.reference());
        List<Payment> out = switch (request.to()) {
            case CARD -> toCard(order, amount, caller.id(), false);
            case CREDIT -> List.of(toCredit(order, amount, reason, caller.id()));
            default ->
                List.of(payments.save(Payment.out(
                        UUID.randomUUID(),
                        order,
                        request.to(),
                        amount,
                        reference,
                        null,
                        null,
                        caller.id(),
                        clock.instant())));
        };
        if (out.isEmpty()) {
            throw new DomainRuleException("order.card-refund-unavailable");
        }
        boolean fully = order.refund(amount, clock.instant());
        orders.saveAndFlush(order);
        credited(order, amount, settlement(request.to()), reason);
        events.refunded(order, amount, request.to().name(), fully);
        return out.getFirst().view();
    }

    /**
     * Refunds up to {@code amount} to the cards the order was paid with (one refund per payment intent); returns the
     * refunds made, empty when card refunds are unavailable or {@code amount} is more than the cards can take back
     * (unless {@code partialAllowed}).
     */
    private List<Payment> toCard(Order order, Money amount, UUID by, boolean partialAllowed) {
        CardRefunds refunds = cardRefunds.getIfAvailable();
        if (refunds == null || !refunds.available()) {
            return List.of();
        }
        List<Payment> all = paymentsOf(order);
        Money onCards = Money.ZERO;
        for (Payment p : all) {
            if (p.method() == PaymentMethod.CARD && p.paymentIntentId() != null) {
                onCards = p.direction() == Payment.Direction.PAYMENT
                        ? onCards.plus(p.amount())
                        : onCards.minus(p.amount());
            }
        }
        if (amount.greaterThan(onCards) && !partialAllowed) {
            return List.of();
        }
        Money remaining = amount;
        List<Payment> made = new java.util.ArrayList<>();
        for (Payment p : all) {
            if (!remaining.isPositive()) {
                break;
            }
            if (p.method() != PaymentMethod.CARD
                    || p.direction() != Payment.Direction.PAYMENT
                    || p.paymentIntentId() == null) {
                continue;
            }
            Money left = p.amount();
            for (Payment r : all) {
                if (r.direction() == Payment.Direction.REFUND
                        && p.paymentIntentId().equals(r.paymentIntentId())) {
                    left = left.minus(r.amount());
                }
            }
            Money part = remaining.greaterThan(left) ? left : remaining;
            if (!part.isPositive()) {
                continue;
            }
            UUID refundRow = UUID.randomUUID();
            String refundId = refunds.refund(p.paymentIntentId(), part, "refund-" + refundRow);
            made.add(payments.save(Payment.out(
                    refundRow,
                    order,
                    PaymentMethod.CARD,
                    part,
                    null,
                    p.paymentIntentId(),
                    refundId,
                    by,
                    clock.instant())));
            remaining = remaining.minus(part);
        }
        return made;
    }

    private Payment toCredit(Order order, Money amount, String reason, UUID by) {
        credit.record(order.clientId(), amount, CreditKind.REFUND, order.id(), reason, by);
        return payments.save(Payment.out(
                UUID.randomUUID(), order, PaymentMethod.CREDIT, amount, null, null, null, by, clock.instant()));
    }

    private void credited(Order order, Money amount, String settlement, String reason) {
        if (amount.isPositive()) {
            awaitingInvoices.issueBeforeCredit(order);
            inProcess.publishEvent(new OrderCredited(
                    order.id(), order.number(), order.clientId(), amount, settlement, reason, clock.instant()));
        }
    }

    private static String settlement(PaymentMethod to) {
        return switch (to) {
            case CARD -> "REFUNDED_TO_CARD";
            case CREDIT -> "CREDITED_TO_BALANCE";
            default -> "REFUNDED_MANUALLY";
        };
    }

    // ---- cancelling ----

    /** "Annuler" on an order: only a shop or in-store order; an appointment's order follows its appointment. */
    @Transactional
    void cancel(UUID orderId, Caller caller) {
        Order order = visible(orderId, caller);
        if (order.kind() == OrderKind.APPOINTMENT) {
            throw new DomainRuleException("order.cancel-the-appointment");
        }
        cancelUnpaid(order, caller.id(), "UNPAID_CANCELLED");
    }

    private void cancelUnpaid(Order order, UUID by, String outcome) {
        Money paid = order.amountPaid();
        Money owed = order.cancelUnpaid(clock.instant());
        credited(order, owed, "CANCELLED", null);
        if (paid.isPositive()) {
            toCredit(order, paid, null, by);
            order.refund(paid, clock.instant());
            credited(order, paid, "CREDITED_TO_BALANCE", null);
        }
        orders.saveAndFlush(order);
        events.cancelled(order, outcome);
    }

    /** The appointment was cancelled: an unpaid order is cancelled; a paid one follows the policy. */
    @Transactional(propagation = Propagation.MANDATORY)
    void appointmentCancelled(UUID appointmentId, String byRole, UUID by, Duration notice) {
        Optional<Order> found = orders.findByAppointmentIdAndReplacedAtIsNull(appointmentId);
        if (found.isEmpty()) {
            return;
        }
        Order order = found.get();
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            cancelUnpaid(order, by, "UNPAID_CANCELLED");
            return;
        }
        if (order.status() != OrderStatus.PAID) {
            return;
        }
        Instant now = clock.instant();
        Money paid = order.refundable();
        switch (policy.outcome(byRole, notice)) {
            case FULL_REFUND -> {
                List<Payment> onCard = toCard(order, paid, by, true);
                Money toCard = onCard.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
                if (toCard.isPositive()) {
                    credited(order, toCard, "REFUNDED_TO_CARD", null);
                }
                Money rest = paid.minus(toCard);
                if (rest.isPositive()) {
                    toCredit(order, rest, null, by);
                    credited(order, rest, "CREDITED_TO_BALANCE", null);
                }
                order.refund(paid, now);
                orders.saveAndFlush(order);
                events.refunded(order, paid, toCard.equals(paid) ? "CARD" : "CREDIT", true);
                events.cancelled(order, "FULL_REFUND");
            }
            case CREDIT -> {
                toCredit(order, paid, null, by);
                order.refund(paid, now);
                credited(order, paid, "CREDITED_TO_BALANCE", null);
                orders.saveAndFlush(order);
                events.refunded(order, paid, "CREDIT", true);
                events.cancelled(order, "CREDIT");
            }
            case LATE_FEE -> {
                Money fee = policy.lateFee(order.total(), paid);
                Money back = paid.minus(fee);
                if (back.isPositive()) {
                    toCredit(order, back, null, by);
                    order.refund(back, now);
                    credited(order, back, "CREDITED_TO_BALANCE", null);
                }
                order.closeCancelled(now);
                orders.saveAndFlush(order);
                if (back.isPositive()) {
                    events.refunded(order, back, "CREDIT", false);
                }
                events.cancelled(order, "LATE_FEE");
            }
        }
    }

    // ---- changing ----

    /**
     * Staff changed the appointment's service or pets. An unpaid order charging other lines is replaced: cancelled
     * (its invoice credited, whatever was paid of it to the client's credit balance) and a new order placed for the
     * new lines, with its own number and invoice (an issued invoice never changes). A paid appointment's price
     * cannot change (booking refuses it): its order stays as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void appointmentChanged(UUID appointmentId, List<OrderLine> lines, UUID by) {
        Optional<Order> found = orders.findByAppointmentIdAndReplacedAtIsNull(appointmentId);
        if (found.isEmpty() || found.get().charges(lines)) {
            return;
        }
        Order old = found.get();
        if (old.status() != OrderStatus.PENDING_PAYMENT) {
            log.warn(
                    "Appointment {} changed but its order {} is {}: not repriced",
                    appointmentId,
                    old.id(),
                    old.status());
            return;
        }
        cancelUnpaid(old, by, "REPLACED");
        old.replaced(clock.instant());
        orders.saveAndFlush(old);
        place(new NewOrder(old.clientId(), OrderKind.APPOINTMENT, appointmentId, lines, by, false));
    }

    // ---- completing ----

    @Transactional(propagation = Propagation.MANDATORY)
    void appointmentCompleted(UUID appointmentId) {
        orders.findByAppointmentIdAndReplacedAtIsNull(appointmentId).ifPresent(order -> {
            if (order.serviceDone(clock.instant())) {
                events.completed(order);
            }
            orders.saveAndFlush(order);
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean hasOrderFor(UUID appointmentId) {
        return orders.findByAppointmentIdAndReplacedAtIsNull(appointmentId).isPresent();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
