package ca.clientele.billing.customer;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Billing's copy of the clients: what orders read when they are placed and paid. */
@Component
public class Customers {

    private final CustomerRepository repository;
    private final Clock clock;

    Customers(CustomerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The client as last announced; a client billing never heard of is ACTIVE, French, without discount. */
    @Transactional(readOnly = true)
    public BillingCustomer of(UUID clientId) {
        return repository.findById(clientId).map(Customer::view).orElseGet(() -> BillingCustomer.unknown(clientId));
    }

    /**
     * Remembers the name a client signs in with (their token's given and family names) when billing has none yet,
     * so that their orders are billed to a name before the registry's copy arrives.
     */
    @Transactional
    public void rememberSignedInName(UUID clientId, String givenName, String familyName) {
        String name = join(givenName, familyName);
        if (name == null) {
            return;
        }
        Customer customer = repository.findById(clientId).orElseGet(() -> new Customer(clientId, clock.instant()));
        if (customer.name() == null) {
            customer.billTo(name, null, clock.instant());
            repository.save(customer);
        }
    }

    Customer edit(UUID clientId) {
        return repository.findById(clientId).orElseGet(() -> repository.save(new Customer(clientId, clock.instant())));
    }

    private static String join(String given, String family) {
        String name = ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
        return name.isEmpty() ? null : name;
    }
}
