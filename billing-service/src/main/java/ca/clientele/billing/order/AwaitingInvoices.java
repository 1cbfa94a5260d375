package ca.clientele.billing.order;

import ca.clientele.billing.customer.BillingCustomer;
import ca.clientele.billing.customer.ClientCopyResolved;
import ca.clientele.billing.customer.Customers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoices of orders placed before billing held their client's copy (ADR 0036). An invoice prints the client's
 * name and billing address as they are the day it is issued and never changes after (ADR 0021), so it waits for the
 * copy instead of being issued without it. It is issued, in one transaction with the order taking the copy:
 *
 * <ul>
 *   <li>when the copy arrives ({@link ClientCopyResolved}: from the background read, or from the registry's event),
 *       or the registry says it does not know the client;
 *   <li>before anything that needs the invoice (a credit note: a refund, a cancellation), with what billing has;
 *   <li>when the copy has not come after {@code clientele.billing.client-copy.max-wait} (a long registry outage):
 *       without it, as ADR 0029 accepted, with a warning naming the client id only.
 * </ul>
 */
@Component
class AwaitingInvoices {

    private static final Logger log = LoggerFactory.getLogger(AwaitingInvoices.class);

    private final OrderRepository orders;
    private final Customers customers;
    private final ApplicationEventPublisher inProcess;
    private final Clock clock;
    private final Duration maxWait;

    AwaitingInvoices(
            OrderRepository orders,
            Customers customers,
            ApplicationEventPublisher inProcess,
            Clock clock,
            @Value("${clientele.billing.client-copy.max-wait:PT1H}") Duration maxWait) {
        this.orders = orders;
        this.customers = customers;
        this.inProcess = inProcess;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void copyResolved(ClientCopyResolved resolved) {
        List<UUID> waiting = orders.lockAwaitingClientCopy(resolved.clientId());
        if (!waiting.isEmpty()) {
            BillingCustomer customer = customers.of(resolved.clientId());
            waiting.forEach(id -> issue(orders.findById(id).orElseThrow(), customer));
        }
    }

    /** Before a credit note: the invoice it refers to must exist; issued now with what billing has. */
    void issueBeforeCredit(Order order) {
        if (order.awaitingClientCopy()) {
            issue(order, customers.of(order.clientId()));
        }
    }

    @Scheduled(
            fixedDelayString = "${clientele.billing.client-copy.overdue-check:PT1M}",
            initialDelayString = "${clientele.billing.client-copy.overdue-check:PT1M}")
    @Transactional
    public void issueOverdue() {
        issueOverdue(clock.instant());
    }

    /** @return how many invoices were issued without waiting longer for the client's copy */
    @Transactional
    public int issueOverdue(Instant now) {
        List<UUID> overdue = orders.lockOverdueAwaitingClientCopy(now.minus(maxWait), 100);
        for (UUID id : overdue) {
            Order order = orders.findById(id).orElseThrow();
            log.warn(
                    "No copy of client {} after {}: order {}'s invoice is issued with what billing has",
                    order.clientId(),
                    maxWait,
                    order.number());
            issue(order, customers.of(order.clientId()));
        }
        return overdue.size();
    }

    private void issue(Order order, BillingCustomer customer) {
        if (!order.awaitingClientCopy()) {
            return;
        }
        inProcess.publishEvent(
                order.invoicedWith(customer.language(), customer.name(), customer.addressLines(), clock.instant()));
        orders.saveAndFlush(order);
    }
}
