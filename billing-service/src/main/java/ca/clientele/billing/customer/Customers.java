package ca.clientele.billing.customer;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Billing's copy of the clients: what orders read when they are placed and paid. */
@Component
public class Customers {

    private static final Logger log = LoggerFactory.getLogger(Customers.class);

    private final CustomerRepository repository;
    private final ClientCopyRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Customers(
            CustomerRepository repository, ClientCopyRequests requests, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** The client as last announced; a client billing never heard of is ACTIVE, French, without discount. */
    @Transactional(readOnly = true)
    public BillingCustomer of(UUID clientId) {
        return repository.findById(clientId).map(Customer::view).orElseGet(() -> BillingCustomer.unknown(clientId));
    }

    /**
     * The client as an order is billed to, without waiting for anyone (ADR 0036): when billing holds no fresh copy of
     * the registry's contact (the registry's event not consumed yet, a failed refresh, a client billing never heard
     * of), the answer says so ({@link BillingCustomer#copied()} false) and the copy is requested from the registry in
     * the background ({@link ClientCopyFetcher}); the order's invoice waits for it.
     */
    @Transactional
    public BillingCustomer forOrder(UUID clientId) {
        BillingCustomer customer = of(clientId);
        if (!customer.copied()) {
            requests.request(clientId, clock.instant());
        }
        return customer;
    }

    /**
     * What the registry answered for a requested copy: the copy, or nothing (404, a client it does not know: there
     * is nothing to wait for). Either way whatever waited for it goes on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void resolve(UUID clientId, Optional<RegistryContact> contact) {
        if (contact.isPresent()) {
            copy(edit(clientId), contact.get());
            return;
        }
        log.warn("Client {} is unknown to the registry; what waited for their copy goes on without it", clientId);
        requests.resolved(clientId);
        events.publishEvent(new ClientCopyResolved(clientId));
    }

    /** Whether billing holds a fresh copy of the registry's contact for this client. */
    @Transactional(readOnly = true)
    boolean hasContact(UUID clientId) {
        return repository.findById(clientId).map(Customer::hasContact).orElse(false);
    }

    Customer edit(UUID clientId) {
        return repository.findById(clientId).orElseGet(() -> repository.save(new Customer(clientId, clock.instant())));
    }

    /** Stores the registry's copy; a requested copy is no longer needed, and what waited for it goes on. */
    void copy(Customer customer, RegistryContact contact) {
        customer.copyContact(
                contact.printedName(), contact.printedAddress(), contact.printedLanguage(), clock.instant());
        requests.resolved(customer.clientId());
        events.publishEvent(new ClientCopyResolved(customer.clientId()));
    }

    /** A refresh the registry's event asked for failed: the copy is stale and read again in the background. */
    void stale(Customer customer) {
        customer.contactStale(clock.instant());
        requests.request(customer.clientId(), clock.instant());
    }
}
