package ca.clientele.billing.customer;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Billing's copy of the clients: what orders read when they are placed and paid. */
@Component
public class Customers {

    private static final Logger log = LoggerFactory.getLogger(Customers.class);

    private final CustomerRepository repository;
    private final RegistryContacts registry;
    private final Clock clock;

    Customers(CustomerRepository repository, RegistryContacts registry, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.clock = clock;
    }

    /** The client as last announced; a client billing never heard of is ACTIVE, French, without discount. */
    @Transactional(readOnly = true)
    public BillingCustomer of(UUID clientId) {
        return repository.findById(clientId).map(Customer::view).orElseGet(() -> BillingCustomer.unknown(clientId));
    }

    /**
     * The client as an order and its invoice are billed to. When billing has no fresh copy of the registry's contact
     * (the registry's event has not arrived yet, or its refresh failed), the contact is read once, synchronously, in
     * the order's transaction (ADR 0029's one exception to "events, not calls"); when the registry does not answer,
     * the order is billed with what billing has (possibly no name) and a warning says so.
     */
    @Transactional
    public BillingCustomer forOrder(UUID clientId) {
        Optional<Customer> known = repository.findById(clientId);
        if (known.isPresent() && known.get().hasContact()) {
            return known.get().view();
        }
        try {
            Optional<RegistryContact> contact = registry.contactOnce(clientId);
            if (contact.isPresent()) {
                Customer customer = known.orElseGet(() -> repository.save(new Customer(clientId, clock.instant())));
                copy(customer, contact.get());
                return customer.view();
            }
            log.warn("Client {} is unknown to the registry; their order is billed without a name", clientId);
        } catch (RegistryContacts.RegistryUnavailableException unavailable) {
            log.warn(
                    "Registry unavailable while billing client {} ({}); the order is billed without its copy",
                    clientId,
                    unavailable.getCause().getClass().getSimpleName());
        }
        return known.map(Customer::view).orElseGet(() -> BillingCustomer.unknown(clientId));
    }

    /** Whether billing holds a fresh copy of the registry's contact for this client. */
    @Transactional(readOnly = true)
    boolean hasContact(UUID clientId) {
        return repository.findById(clientId).map(Customer::hasContact).orElse(false);
    }

    Customer edit(UUID clientId) {
        return repository.findById(clientId).orElseGet(() -> repository.save(new Customer(clientId, clock.instant())));
    }

    void copy(Customer customer, RegistryContact contact) {
        customer.copyContact(
                contact.printedName(), contact.printedAddress(), contact.printedLanguage(), clock.instant());
    }
}
